/** `/data/scans.json` in `astro dev` (the build streams the file instead, see integrations/audit-files.ts). */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { scansJson } from '../lib/publishing/open-data.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(scansJson(buildModel().dataRecords(), absoluteUrl('/schema/scan.schema.json', site!, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
