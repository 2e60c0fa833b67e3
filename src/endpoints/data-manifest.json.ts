/** `/data/manifest.json` in `astro dev`: the staged manifest, byte for byte as the build writes it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { MANIFEST_FILE } from '../build-model/data-downloads.ts';

export const GET: APIRoute = async () =>
  new Response(readFileSync(path.join((await buildModel().dataDownloads()).stagedDir, MANIFEST_FILE)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
