/** `/data/agreement.json`: the agreement table of `/data/agreement.csv` with the rules it follows, for programs. */
import type { APIRoute } from 'astro';
import { buildModel } from '../../build-model/index.ts';
import { agreementJson } from '../../lib/agreement/site-agreement.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(agreementJson(buildModel().agreement())), { headers: { 'Content-Type': 'application/json' } });
