/** `/papers/<id>/badge.svg` in `astro dev` (the build writes the files instead, see integrations/audit-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';

export const getStaticPaths = (() => buildModel().records.map(({ id }) => ({ params: { id }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = ({ props }) =>
  new Response(badgeSvg(buildModel().record(props.id).scores.overall), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
