/** `/data/scans.json` in `astro dev` (the build streams the file instead, see integrations/audit-files.ts). */
import type { APIRoute } from 'astro';
import { dataRecords } from '../data/versions.ts';
import { scansJson } from '../lib/open-data.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(scansJson(await dataRecords(), absoluteUrl('/schema/scan.schema.json', site!, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
