/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { atomFeed, feedEntries } from '../lib/publishing/feed.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const model = buildModel();
  const sources = model.records.map((record) => {
    const version = model.version(record);
    return { id: record.id, title: record.scan.paper.title, pageUrl: version.pageUrl, revisions: version.history.revisions };
  });
  const meta = { title: 'Glassbox: new and changed audits', feedUrl: absoluteUrl('/feed.xml', site!, base), siteUrl: absoluteUrl('/', site!, base) };
  return new Response(atomFeed(meta, feedEntries(sources)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
