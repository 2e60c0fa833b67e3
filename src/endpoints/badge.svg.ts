/** `/papers/<id>/badge.svg` in `astro dev` (the build writes the files instead, see integrations/audit-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';
import type { ScanRecord } from '../build-model/scans.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';

export const getStaticPaths = (() => buildModel().records.map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ScanRecord }> = ({ props }) =>
  new Response(badgeSvg(props.record.scores.overall), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
