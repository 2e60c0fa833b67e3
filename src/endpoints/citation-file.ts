/**
 * `/papers/<id>/cite.bib`, `cite.biblatex.bib`, `cite.ris` and `cite.json` in `astro dev` (the
 * build writes the files instead, see integrations/audit-files.ts). Injected once per file name;
 * the route's own path says which file is asked for.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { citationFiles } from '../lib/publishing/citation.ts';

export const getStaticPaths = (() => buildModel().records.map(({ id }) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props, url }) => {
  const model = buildModel();
  const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
  const file = citationFiles(model.version(model.record(props.id)).citation).find((candidate) => candidate.name === name);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.text, { headers: { 'Content-Type': file.contentType } });
};
