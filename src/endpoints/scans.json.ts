/** `/data/scans.json` in `astro dev` (the build streams the file instead, see integrations/audit-files.ts), with each scan as committed, as the build writes it. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';
import { committedScan } from '../build-model/scans.ts';
import { scansJson } from '../lib/publishing/open-data.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const model = buildModel();
  const data = model.dataRecords().map((record, index) => ({ ...record, scan: committedScan(readFileSync(model.records[index]!.sourcePath)) }));
  return new Response(scansJson(data, absoluteUrl('/schema/scan.schema.json', site!, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
