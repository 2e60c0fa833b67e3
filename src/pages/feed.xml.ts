/** `/feed.xml`: Atom feed of new and changed audits, with the checklist answers that changed. */
import type { APIRoute } from 'astro';
import { buildModel } from '../build-model/index.ts';

export const GET: APIRoute = () => new Response(buildModel().feed(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
