/** The Atom feed of new and changed audits (`/feed.xml`), from every audit's revisions. */
import { atomFeed, feedEntries } from '../lib/publishing/feed.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import type { ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';
import type { AuditVersion } from './versions.ts';

/** Title of the feed, also named by the audit pages' `<link rel="alternate">`. */
export const FEED_TITLE = 'Glassbox: new and changed audits';

/** The feed document. */
export function feedXml(records: readonly ScanRecord[], versionOf: (record: ScanRecord) => AuditVersion, config: SiteConfig): string {
  const sources = records.map((record) => {
    const version = versionOf(record);
    return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
  });
  const meta = { title: FEED_TITLE, feedUrl: absoluteUrl('/feed.xml', config.site, config.base), siteUrl: absoluteUrl('/', config.site, config.base) };
  return atomFeed(meta, feedEntries(sources));
}
