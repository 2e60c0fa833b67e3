/**
 * Rankings computed once per build and shared by every leaderboard and category page. A
 * 10,000-paper build renders 100 pages of each listing; anything a page needs from *all* papers
 * (the ranking, the filter lists, which ranks are shared) is computed here once, so the build
 * stays linear in the number of papers rather than pages × papers.
 */
import { CATEGORY_KEYS, currentRubric, type CategoryKey } from '../lib/scan-format/rubric.ts';
import { buildRows, filterOptions, type FilterOptions, type LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { rankBy, sharedRanks, type Ranked } from '../lib/scoring/ranking.ts';
import type { ScanRecord } from './scans.ts';

/** The overall ranking and the lists its filters offer. */
export interface Leaderboard {
  /** Every paper, in rank order. */
  rows: LeaderboardRow[];
  options: FilterOptions;
}

/** One category's ranking. */
export interface CategoryRanking {
  /** Every paper ranked by the category; papers where it does not apply come last, unranked. */
  entries: Ranked<ScanRecord>[];
  /** Ranks held by more than one paper. */
  shared: Set<number>;
  /** How many papers are ranked (the category applies to them). */
  rankedCount: number;
}

/** The overall ranking of every paper. */
export function leaderboard(records: readonly ScanRecord[]): Leaderboard {
  const rows = buildRows(records, CATEGORY_KEYS, currentRubric().version);
  return { rows, options: filterOptions(rows) };
}

/** The ranking of every paper by one category. */
export function categoryRanking(records: readonly ScanRecord[], category: CategoryKey): CategoryRanking {
  const entries = rankBy(
    records,
    (record) => record.scores.categories[category],
    (record) => record.id,
  );
  return { entries, shared: sharedRanks(entries), rankedCount: entries.filter((entry) => entry.rank !== null).length };
}
