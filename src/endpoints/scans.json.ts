/**
 * `/data/scans.json` in `astro dev`, as the build publishes it: the staged file (each scan as
 * committed), and a 404 when it is over the size limit and the build would not publish it either.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { SCANS_JSON_FILE } from '../build-model/data-downloads.ts';

export const GET: APIRoute = async () => {
  const downloads = await buildModel().dataDownloads();
  if (!downloads.whole.published) return new Response('scans.json is not published at this size: see /data/manifest.json', { status: 404 });
  return new Response(readFileSync(path.join(downloads.stagedDir, SCANS_JSON_FILE)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
