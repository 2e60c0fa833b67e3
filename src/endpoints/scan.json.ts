/** `/papers/<id>/scan.json` in `astro dev` (the build copies the files instead, see integrations/audit-files.ts): the committed file, byte for byte. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';

export const getStaticPaths = (() => buildModel().records.map(({ id }) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props }) =>
  new Response(readFileSync(buildModel().record(props.id).sourcePath), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
