/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { feedContent } from '../build-model/feeds.ts';
import { atomFeed } from '../lib/publishing/feed.ts';

export const GET: APIRoute = async () => {
  const { meta, entries } = await feedContent();
  return new Response(atomFeed(meta, entries), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
