/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { getAllScans } from '../data/scans.ts';
import { auditVersion } from '../data/versions.ts';
import { atomFeed, feedEntries } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sources = (await getAllScans()).map((record) => {
    const version = auditVersion(record);
    return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
  });
  const meta = { title: 'Glassbox: new and changed audits', feedUrl: absoluteUrl('/feed.xml', site!, base), siteUrl: absoluteUrl('/', site!, base) };
  return new Response(atomFeed(meta, feedEntries(sources)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
