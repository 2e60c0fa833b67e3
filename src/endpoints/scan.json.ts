/** `/papers/<id>/scan.json` in `astro dev` (the build copies the files instead, see integrations/audit-files.ts): the committed file, byte for byte. */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';
import type { ScanRecord } from '../build-model/scans.ts';

export const getStaticPaths = (() => buildModel().records.map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ScanRecord }> = ({ props }) =>
  new Response(readFileSync(props.record.sourcePath), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
