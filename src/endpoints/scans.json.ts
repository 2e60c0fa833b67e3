/** `/data/scans.json` in `astro dev` (the build streams the file instead, see integrations/audit-files.ts). */
import type { APIRoute } from 'astro';
import { dataRecords } from '../build-model/versions.ts';
import { scansJson } from '../lib/publishing/open-data.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(scansJson(await dataRecords(), absoluteUrl('/schema/scan.schema.json', site!, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
