/**
 * `/papers/<id>/audits/<name>.json` and `/papers/<id>/replies/<name>.json` in `astro dev` (the
 * build copies the files instead, see integrations/audit-files.ts): the committed file, byte for
 * byte. Injected for both folders; the request's path says which file is asked for.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { companionFiles } from '../build-model/scans.ts';

export const getStaticPaths = (() =>
  buildModel().records.flatMap((record) =>
    companionFiles(record).map(({ sitePath }) => ({
      params: { id: record.id, name: sitePath.slice(sitePath.lastIndexOf('/') + 1, -'.json'.length) },
      props: { id: record.id },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props, url }) => {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const file = companionFiles(buildModel().record(props.id)).find(({ sitePath }) => base + sitePath === url.pathname);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(readFileSync(file.sourcePath), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
