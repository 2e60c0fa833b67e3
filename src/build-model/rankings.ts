/**
 * Rankings computed once per build and shared by every leaderboard and category page. A
 * 10,000-paper build renders 100 pages of each listing; anything a page needs from *all* papers
 * (the ranking, the filter lists, which ranks are shared) is computed here once, so the build
 * stays linear in the number of papers rather than pages × papers.
 */
import { buildModel } from './index.ts';
import type { ScanRecord } from './scans.ts';
import { CATEGORY_KEYS, type CategoryKey } from '../lib/scan-format/rubric.ts';
import { buildRows, filterOptions, type FilterOptions, type LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { rankBy, sharedRanks, type Ranked } from '../lib/scoring/ranking.ts';

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

let leaderboard: Promise<Leaderboard> | undefined;
const byCategory = new Map<CategoryKey, Promise<CategoryRanking>>();

/** The overall ranking, computed once per build. */
export function getLeaderboard(): Promise<Leaderboard> {
  leaderboard ??= Promise.resolve(buildModel().records).then((records) => {
    const rows = buildRows(records, CATEGORY_KEYS);
    return { rows, options: filterOptions(rows) };
  });
  return leaderboard;
}

/** One category's ranking, computed once per build. */
export function getCategoryRanking(category: CategoryKey): Promise<CategoryRanking> {
  let ranking = byCategory.get(category);
  if (!ranking) {
    ranking = Promise.resolve(buildModel().records).then((records) => {
      const entries = rankBy(
        records,
        (record) => record.scores.categories[category],
        (record) => record.id,
      );
      return { entries, shared: sharedRanks(entries), rankedCount: entries.filter((entry) => entry.rank !== null).length };
    });
    byCategory.set(category, ranking);
  }
  return ranking;
}
