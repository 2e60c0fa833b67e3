/** `/feed.json`: the same entries as `/feed.xml`, as a JSON Feed. */
import type { APIRoute } from 'astro';
import { feedContent } from '../build-model/feeds.ts';
import { jsonFeed } from '../lib/publishing/feed.ts';

export const GET: APIRoute = async () => {
  const { meta, entries } = await feedContent();
  return new Response(jsonFeed(meta, entries), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
