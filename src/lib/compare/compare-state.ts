/**
 * The compare page's state is its URL: `/compare/?papers=<id>,<id>[,…]`, two to four scan ids in
 * the order the reader chose. Parsing never throws: malformed ids, repeats and ids past the
 * fourth are set aside with a problem the page prints, so a hand-edited or truncated link still
 * shows what it can. Whether a well-formed id has an audit is known only when its scan.json loads.
 */
import { ARXIV_ID_PATTERN, SLUG_PATTERN } from '../scan-format/vocabulary.ts';
import { arxivIdWithoutVersion } from '../scan-format/scan-id.ts';
import { MAX_COMPARED, PAPERS_PARAM } from './compare-link.ts';

// Links, limits and the add/remove steps live in compare-link.ts, so the pages that only link here
// (leaderboard, audit pages) ship none of the parsing; they are re-exported for the compare page.
export { COMPARE_PATH, MAX_COMPARED, MIN_COMPARED, PAPERS_PARAM, addId, comparePath, removeId, serialiseCompareState } from './compare-link.ts';

/** Something in the URL the page could not use, and why. */
export type CompareProblem =
  | { kind: 'malformed'; id: string }
  | { kind: 'duplicate'; id: string }
  | { kind: 'too-many'; dropped: string[] }
  | { kind: 'not-found'; id: string }
  | { kind: 'unavailable'; id: string; reason: string };

/** Ids to compare, in order, and what was set aside. */
export interface CompareState {
  ids: string[];
  problems: CompareProblem[];
}

/** A scan id as readers may paste it (`arXiv:2405.05949v2`), reduced to the id its audit is filed under; null when it cannot be one. */
export function normaliseId(raw: string): string | null {
  const id = raw.trim().replace(/^arxiv:/i, '');
  if (ARXIV_ID_PATTERN.test(id)) return arxivIdWithoutVersion(id);
  return SLUG_PATTERN.test(id) ? id : null;
}

/** Read the state from a query string (`?papers=a,b`); repeated `papers` parameters are read in order. */
export function parseCompareState(search: string | URLSearchParams): CompareState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params
    .getAll(PAPERS_PARAM)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  const ids: string[] = [];
  const problems: CompareProblem[] = [];
  const dropped: string[] = [];
  for (const value of raw) {
    const id = normaliseId(value);
    if (id === null) problems.push({ kind: 'malformed', id: value });
    else if (ids.includes(id)) problems.push({ kind: 'duplicate', id });
    else if (ids.length >= MAX_COMPARED) dropped.push(id);
    else ids.push(id);
  }
  if (dropped.length > 0) problems.push({ kind: 'too-many', dropped });
  return { ids, problems };
}

const quote = (text: string) => `“${text}”`;

/** A problem in one sentence, for the page's message list. */
export function problemMessage(problem: CompareProblem): string {
  switch (problem.kind) {
    case 'malformed':
      return `${quote(problem.id)} is not a paper id: ids are arXiv ids such as 2405.05949 or hep-th/9901001, or lowercase slugs such as my-paper-title.`;
    case 'duplicate':
      return `${quote(problem.id)} is listed more than once; it is compared once.`;
    case 'too-many':
      return `At most ${MAX_COMPARED} papers can be compared at once; left out: ${problem.dropped.map(quote).join(', ')}.`;
    case 'not-found':
      return `No audit with id ${quote(problem.id)} is published on this site.`;
    case 'unavailable':
      return `The audit ${quote(problem.id)} could not be loaded (${problem.reason}).`;
  }
}
