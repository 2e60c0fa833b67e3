/**
 * A dev-server route for one file of the staged `/data/` downloads: the file as staged, byte for
 * byte as the build copies it into `dist/data/` (see build-model/data-downloads.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';

/** The `GET` of a staged file, served with `contentType`. */
export function stagedFile(name: string, contentType: string): APIRoute {
  return async () => new Response(readFileSync(path.join((await buildModel().dataDownloads()).stagedDir, name)), { headers: { 'Content-Type': contentType } });
}
