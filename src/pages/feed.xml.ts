/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { atomFeed } from '../lib/publishing/feed.ts';

export const GET: APIRoute = () => {
  const { meta, entries } = buildModel().feed();
  return new Response(atomFeed(meta, entries), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
