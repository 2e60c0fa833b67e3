/** `/feed.json`: the same entries as `/feed.xml`, as a JSON Feed. */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { jsonFeed } from '../lib/publishing/feed.ts';

export const GET: APIRoute = () => {
  const { meta, entries } = buildModel().feed();
  return new Response(jsonFeed(meta, entries), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
