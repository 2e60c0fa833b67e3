/** `/leaderboard/rows.json`: every leaderboard row as compact columns, fetched by the leaderboard script on demand. */
import type { APIRoute } from 'astro';
import { buildModel } from '../../build-model/index.ts';
import { encodeRows } from '../../lib/scoring/leaderboard-filters.ts';
import { CATEGORY_KEYS, currentRubric } from '../../lib/scan-format/rubric.ts';

export const GET: APIRoute = () => {
  const data = encodeRows(buildModel().leaderboard().rows, CATEGORY_KEYS, currentRubric().version);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
