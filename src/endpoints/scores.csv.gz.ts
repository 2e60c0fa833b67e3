/** `/data/scores.csv.gz` in `astro dev`: the staged file, byte for byte as the build writes it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { SCORES_CSV_GZ_FILE } from '../build-model/data-downloads.ts';

export const GET: APIRoute = async () =>
  new Response(readFileSync(path.join((await buildModel().dataDownloads()).stagedDir, SCORES_CSV_GZ_FILE)), {
    headers: { 'Content-Type': 'application/gzip' },
  });
