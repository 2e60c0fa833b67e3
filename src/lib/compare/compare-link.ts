/**
 * Links to the compare page and the steps that change its set of papers: what every page that
 * sends readers there needs (the leaderboard's row selection, "compare with…" on audit pages),
 * kept apart from the URL parsing in compare-state.ts so those pages stay light.
 */

/** The most papers compared at once: four columns of justifications still fit a wide screen. */
export const MAX_COMPARED = 4;
/** The fewest papers that make a comparison. */
export const MIN_COMPARED = 2;
/** Query parameter holding the ids. */
export const PAPERS_PARAM = 'papers';
/** Site path of the compare page. */
export const COMPARE_PATH = '/compare/';

/** The query string of a set of ids: `?papers=a,b`, slashes of old-style ids kept readable; empty for none. */
export function serialiseCompareState(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  return `?${PAPERS_PARAM}=${ids.map((id) => encodeURIComponent(id).replace(/%2F/gi, '/')).join(',')}`;
}

/** Site path of the compare page for some ids (without base). */
export function comparePath(ids: readonly string[]): string {
  return COMPARE_PATH + serialiseCompareState(ids);
}

/** Add an id at the end, unless it is already there or the comparison is full; says which when refused. */
export function addId(ids: readonly string[], id: string): { ids: string[]; refused?: 'duplicate' | 'full' } {
  if (ids.includes(id)) return { ids: [...ids], refused: 'duplicate' };
  if (ids.length >= MAX_COMPARED) return { ids: [...ids], refused: 'full' };
  return { ids: [...ids, id] };
}

/** Remove an id, keeping the order of the others. */
export function removeId(ids: readonly string[], id: string): string[] {
  return ids.filter((candidate) => candidate !== id);
}
