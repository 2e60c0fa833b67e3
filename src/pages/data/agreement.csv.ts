/** `/data/agreement.csv`: per checklist item, how far independent audits of the same papers agree (percent agreement and kappa). */
import type { APIRoute } from 'astro';
import { buildModel } from '../../build-model/index.ts';
import { agreementCsv } from '../../lib/agreement/site-agreement.ts';

export const GET: APIRoute = () => new Response(agreementCsv(buildModel().agreement()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
