/** `/papers/<id>/og.png`: the social preview image, built only when OG_IMAGES allows (see lib/og-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildModel } from '../../../build-model/index.ts';
import { cachedOgImage, ogImageInput } from '../../../lib/publishing/og-image.ts';

export const getStaticPaths = (() => {
  const model = buildModel();
  return model.ogImages() ? model.records.map(({ id }) => ({ params: { id }, props: { id } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props }) => {
  const { scan, scores } = buildModel().record(props.id);
  const png = await cachedOgImage(ogImageInput(scan.paper, scores.overall, scores.categories));
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
