/** `/data/scores.csv`: one row per paper with its scores and every checklist answer. */
import type { APIRoute } from 'astro';
import { dataRecords } from '../../build-model/versions.ts';
import { scoresCsv } from '../../lib/publishing/open-data.ts';

export const GET: APIRoute = async () => new Response(scoresCsv(await dataRecords()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
