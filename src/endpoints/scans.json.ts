/**
 * `/data/scans.json` in `astro dev`, as the build publishes it: the staged file (each scan as
 * committed), and a 404 when it is over the size limit and the build would not publish it either.
 */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { SCANS_JSON_FILE } from '../build-model/data-downloads.ts';
import { stagedFile } from './staged-file.ts';

const staged = stagedFile(SCANS_JSON_FILE, 'application/json; charset=utf-8');

export const GET: APIRoute = async (context) => {
  if (!(await buildModel().dataDownloads()).whole.published)
    return new Response('scans.json is not published at this size: see /data/manifest.json', { status: 404 });
  return staged(context);
};
