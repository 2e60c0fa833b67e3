/** `/data/scores.csv`: one row per paper with its scores and every checklist answer. */
import type { APIRoute } from 'astro';
import { buildModel } from '../../build-model/index.ts';
import { scoresCsv } from '../../lib/publishing/open-data.ts';

export const GET: APIRoute = () => new Response(scoresCsv(buildModel().dataRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
