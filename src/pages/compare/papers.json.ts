/** `/compare/papers.json`: every audited paper's id, title and year, for the compare page's "add a paper" search (see `lib/compare/paper-list.ts`). */
import type { APIRoute } from 'astro';
import { buildModel } from '../../build-model/index.ts';
import { encodePaperList } from '../../lib/compare/paper-list.ts';

export const GET: APIRoute = () => {
  const papers = buildModel().records.map((record) => ({ id: record.id, title: record.scan.paper.title, year: record.scan.paper.year }));
  return new Response(JSON.stringify(encodePaperList(papers)), { headers: { 'Content-Type': 'application/json' } });
};
