/** `/papers/<id>/scan.json`: the committed scan file, byte for byte (not re-serialised). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllScans, type ScanRecord } from '../../../data/scans.ts';

export const getStaticPaths = (async () => (await getAllScans()).map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ScanRecord }> = ({ props }) =>
  new Response(readFileSync(props.record.sourcePath), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
