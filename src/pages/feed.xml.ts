/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { getAllScans } from '../build-model/scans.ts';
import { auditVersion } from '../build-model/versions.ts';
import { atomFeed, feedEntries } from '../lib/publishing/feed.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sources = (await getAllScans()).map((record) => {
    const version = auditVersion(record);
    return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
  });
  const meta = { title: 'Glassbox: new and changed audits', feedUrl: absoluteUrl('/feed.xml', site!, base), siteUrl: absoluteUrl('/', site!, base) };
  return new Response(atomFeed(meta, feedEntries(sources)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
