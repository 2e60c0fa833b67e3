/** `/papers/<id>/og.png`: the social preview image, built only when OG_IMAGES allows (see lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../../../build-model/index.ts';
import type { ScanRecord } from '../../../build-model/scans.ts';
import { cachedOgImage, ogImageInput, ogImagesEnabled } from '../../../lib/publishing/og-image.ts';

export const getStaticPaths = (() => {
  const { records } = buildModel();
  return ogImagesEnabled(records.length) ? records.map((record) => ({ params: { id: record.id }, props: { record } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ScanRecord }> = async ({ props }) => {
  const { scan, scores } = props.record;
  const png = await cachedOgImage(ogImageInput(scan.paper, scores.overall, scores.categories));
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
