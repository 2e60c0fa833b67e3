/**
 * The leaderboard's view in the URL (`?sort=year&dir=asc&venue=ICML&year=2024&tag=theory&made=automated&rubric=older&disputed=1&q=llm&page=2`),
 * so a sorted, filtered view can be shared and is restored on load. Defaults are left out of the
 * query, so the plain leaderboard URL stays plain, and anything malformed falls back to the default.
 */

import { AUDIT_ORIGINS, type AuditOrigin } from '../scan-format/audit-origin.ts';

/** Sort direction. */
export type Direction = 'asc' | 'desc';

/** Everything that decides which rows the leaderboard shows, in which order. */
export interface ViewState {
  /** Column key: `rank`, `title`, `overall`, a category key, `flags`, `year` or `venue`. */
  sort: string;
  dir: Direction;
  venue?: string;
  year?: number;
  tag?: string;
  /** How the audit was made: automated and unchecked, reviewed, by a person, or not recorded. */
  made?: AuditOrigin;
  /** Only audits answered under the current rubric version, or only those under an older one. */
  rubric?: RubricAge;
  /** Only audits a reply disputes (some statement still open): `disputed=1`. */
  disputed?: boolean;
  /** Free text matched against title, id, venue and tags. */
  q?: string;
  /** 1-based page of the filtered, sorted rows. */
  page: number;
}

/** Whether an audit answered the current rubric version or an older one. */
export type RubricAge = 'current' | 'older';
const RUBRIC_AGES: readonly RubricAge[] = ['current', 'older'];

/** The server-rendered order: by rank, best first. */
export const DEFAULT_VIEW: ViewState = { sort: 'rank', dir: 'asc', page: 1 };

/** Longest free-text query kept from a URL; longer ones are cut rather than rejected. */
export const MAX_QUERY_LENGTH = 200;

// Text-like columns read naturally A→Z (and rank 1 first); numbers and scores read best/most first.
const ASCENDING_FIRST = new Set(['rank', 'title', 'venue']);

/** The direction a column sorts in when first chosen. */
export function naturalDirection(sort: string): Direction {
  return ASCENDING_FIRST.has(sort) ? 'asc' : 'desc';
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, MAX_QUERY_LENGTH) : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function positiveInteger(value: string | null): number | undefined {
  return value !== null && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

/** Read a view from a query string; unknown sort keys and malformed values fall back to defaults. */
export function parseViewState(search: string | URLSearchParams, sortKeys: readonly string[]): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const requested = params.get('sort');
  const sort = requested !== null && sortKeys.includes(requested) ? requested : DEFAULT_VIEW.sort;
  const dir = params.get('dir');
  const year = positiveInteger(params.get('year'));
  return {
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : naturalDirection(sort),
    venue: text(params.get('venue')),
    year: year !== undefined && year >= 1000 && year <= 9999 ? year : undefined,
    tag: text(params.get('tag')),
    made: oneOf(params.get('made'), AUDIT_ORIGINS),
    rubric: oneOf(params.get('rubric'), RUBRIC_AGES),
    disputed: params.get('disputed') === '1' || undefined,
    q: text(params.get('q')),
    page: positiveInteger(params.get('page')) ?? 1,
  };
}

/** Write a view as a query string (`?sort=…`), or "" for the default view. */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.sort !== DEFAULT_VIEW.sort) params.set('sort', state.sort);
  if (state.dir !== naturalDirection(state.sort)) params.set('dir', state.dir);
  if (state.venue) params.set('venue', state.venue);
  if (state.year !== undefined) params.set('year', String(state.year));
  if (state.tag) params.set('tag', state.tag);
  if (state.made) params.set('made', state.made);
  if (state.rubric) params.set('rubric', state.rubric);
  if (state.disputed) params.set('disputed', '1');
  if (state.q) params.set('q', state.q);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The view after the user picks a column: the same column flips direction, a new one starts natural. */
export function toggleSort(state: ViewState, sort: string): ViewState {
  const dir = state.sort === sort ? (state.dir === 'asc' ? 'desc' : 'asc') : naturalDirection(sort);
  return { ...state, sort, dir, page: 1 };
}

/** Whether a view differs from the server-rendered default (so the client must take over). */
export function isDefaultView(state: ViewState): boolean {
  return serialiseViewState(state) === '';
}
