/** `/data/scans-<first id>.jsonl.gz` in `astro dev`: the staged shard, byte for byte as the build writes it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';

const SUFFIX = '.jsonl.gz';

export const getStaticPaths = (async () =>
  (await buildModel().dataDownloads()).manifest.shards.map((shard) => ({ params: { shard: shard.path.slice(0, -SUFFIX.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<never, { shard: string }> = async ({ params }) => {
  const downloads = await buildModel().dataDownloads();
  const name = params.shard + SUFFIX;
  if (!downloads.manifest.shards.some((shard) => shard.path === name)) return new Response('No such shard: the scans changed; reload /data/', { status: 404 });
  return new Response(readFileSync(path.join(downloads.stagedDir, name)), { headers: { 'Content-Type': 'application/gzip' } });
};
