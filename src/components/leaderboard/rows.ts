/**
 * Rankings computed once per build and shared by every leaderboard and category page (a
 * 10,000-paper build renders 100 pages of each; ranking once keeps that linear).
 */
import { getAllScans, type ScanRecord } from '../../data/scans.ts';
import { CATEGORY_KEYS, type CategoryKey } from '../../lib/rubric.ts';
import { buildRows, type LeaderboardRow } from '../../lib/leaderboard-filters.ts';
import { rankBy, type Ranked } from '../../lib/ranking.ts';

let leaderboard: Promise<LeaderboardRow[]> | undefined;
const byCategory = new Map<CategoryKey, Promise<Ranked<ScanRecord>[]>>();

/** Every paper as a leaderboard row, in rank order. */
export function getLeaderboardRows(): Promise<LeaderboardRow[]> {
  leaderboard ??= getAllScans().then((records) => buildRows(records, CATEGORY_KEYS));
  return leaderboard;
}

/** Every paper ranked by one category's score; papers where it does not apply come last, unranked. */
export function getCategoryRanking(category: CategoryKey): Promise<Ranked<ScanRecord>[]> {
  let ranking = byCategory.get(category);
  if (!ranking) {
    ranking = getAllScans().then((records) =>
      rankBy(
        records,
        (record) => record.scores.categories[category],
        (record) => record.id,
      ),
    );
    byCategory.set(category, ranking);
  }
  return ranking;
}
