/** `/schema/scan.schema.json`: the JSON Schema (draft 2020-12) of a scan file, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { scanJsonSchema } from '../../lib/scan-format/schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(scanJsonSchema(), null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
