/** The feeds of new and changed audits (`/feed.xml`, `/feed.json`), from every audit's revisions, and of new replies to audits. */
import { feedEntries, type FeedEntry, type FeedMeta } from '../lib/publishing/feed.ts';
import { replyFeedEntries } from '../lib/replies/reply-feed.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import type { ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';
import type { AuditVersion } from './versions.ts';

/** Title of the feeds, also named by every page's `<link rel="alternate">` (layouts/Base.astro). */
export const FEED_TITLE = 'Glassbox: new and changed audits';

/** What both feeds publish: their self-description and the newest entries. */
export interface FeedContent {
  meta: FeedMeta;
  entries: FeedEntry[];
}

/** The feeds' content, computed once for both formats. */
export function feedContent(records: readonly ScanRecord[], versionOf: (record: ScanRecord) => AuditVersion, config: SiteConfig): FeedContent {
  const sources = records.map((record) => {
    const version = versionOf(record);
    return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
  });
  const meta = {
    title: FEED_TITLE,
    feedUrl: absoluteUrl('/feed.xml', config.site, config.base),
    jsonFeedUrl: absoluteUrl('/feed.json', config.site, config.base),
    siteUrl: absoluteUrl('/', config.site, config.base),
  };
  const replies = replyFeedEntries(sources.map(({ id, title, pageUrl }, index) => ({ id, title, pageUrl, replies: records[index]!.replies })));
  return { meta, entries: newestFirst([...feedEntries(sources), ...replies]).slice(0, FEED_LIMIT) };
}

/** Entries the feeds carry: the newest revisions and replies together. */
export const FEED_LIMIT = 50;

/** Entries newest first; the sort is stable, so entries of the same moment keep their order (revisions before replies). */
function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return entries.sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
}
