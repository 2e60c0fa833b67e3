/** The entries and self-description of the Atom and JSON feeds, computed once per build for both. */
import { feedEntries, type FeedEntry, type FeedMeta } from '../lib/publishing/feed.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { getAllScans } from './scans.ts';
import { auditVersion, siteUrl } from './versions.ts';

let cached: Promise<{ meta: FeedMeta; entries: FeedEntry[] }> | undefined;

/** What `/feed.xml` and `/feed.json` publish. */
export function feedContent(): Promise<{ meta: FeedMeta; entries: FeedEntry[] }> {
  cached ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const sources = (await getAllScans()).map((record) => {
      const version = auditVersion(record);
      return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
    });
    const meta = {
      title: 'Glassbox: new and changed audits',
      feedUrl: absoluteUrl('/feed.xml', siteUrl(), base),
      jsonFeedUrl: absoluteUrl('/feed.json', siteUrl(), base),
      siteUrl: absoluteUrl('/', siteUrl(), base),
    };
    return { meta, entries: feedEntries(sources) };
  })();
  return cached;
}
