/**
 * Ranking with ties. Equal scores share a rank (standard competition ranking: 1, 2, 2, 4), and
 * within a shared rank papers are ordered by the stated tie rule, so the order is total and the
 * same input always gives the same page.
 *
 * Type-only imports keep this module free of zod and d3, so client scripts can use it too.
 */
import { countOf, formatCount } from '../site/format-count.ts';
import type { Score } from './scoring.ts';

/** The tie rule in words, printed next to every ranking so readers know how ties are ordered. */
export const TIE_RULE =
  'Papers with equal scores share a rank. Within a shared rank, the paper whose score rests on more applicable items comes first, then papers in order of id. Papers where nothing applies are listed last as n/a, without a rank.';

/** The counts a score rests on; `value` is derived, so comparisons never trust a rounded float. */
export type Counts = Pick<Score, 'yes' | 'applicable'>;

/** Compare two scores by value only, higher first; n/a (nothing applicable) after everything. */
export function compareValue(a: Counts, b: Counts): number {
  if (a.applicable === 0 || b.applicable === 0) return Number(a.applicable === 0) - Number(b.applicable === 0);
  // Cross-multiplying compares yes/applicable exactly: 1/3 and 2/6 are equal, as they should be.
  return b.yes * a.applicable - a.yes * b.applicable;
}

/** Compare by value, then by the tie rule's first step (more applicable items first). */
export function compareScore(a: Counts, b: Counts): number {
  return compareValue(a, b) || b.applicable - a.applicable;
}

/** Compare two ids (or any strings) in UTF-16 code-unit order, the same on every machine and locale. */
export function compareId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One ranked entry: rank is null when the score is n/a. */
export interface Ranked<T> {
  item: T;
  rank: number | null;
}

/** Rank items by a score, best first, with shared ranks for equal values and the tie rule for order. */
export function rankBy<T>(items: readonly T[], scoreOf: (item: T) => Counts, idOf: (item: T) => string): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => compareScore(scoreOf(a), scoreOf(b)) || compareId(idOf(a), idOf(b)));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const score = scoreOf(item);
    const previous = ranked[index - 1];
    const tiedWithPrevious = previous !== undefined && compareValue(scoreOf(previous.item), score) === 0;
    const rank = score.applicable === 0 ? null : tiedWithPrevious ? previous.rank : index + 1;
    ranked.push({ item, rank });
  });
  return ranked;
}

/** A rank for display: "1", "=2" for a shared rank, "n/a" for none. */
export function formatRank(rank: number | null, shared: boolean): string {
  if (rank === null) return 'n/a';
  return shared ? `=${rank}` : String(rank);
}

/** Which ranks are held by more than one item, for marking shared ranks with "=". */
export function sharedRanks(ranked: readonly { rank: number | null }[]): Set<number> {
  const seen = new Map<number, number>();
  for (const { rank } of ranked) if (rank !== null) seen.set(rank, (seen.get(rank) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([rank]) => rank));
}

/**
 * How many papers a category ranks, in words: papers where none of its items apply are listed as
 * n/a, not scored 0, and readers should see why some rows have no rank.
 */
export function rankedShareText(ranked: number, total: number): string {
  if (ranked === total) return total === 1 ? 'The paper is ranked.' : `All ${formatCount(total)} papers are ranked.`;
  if (ranked === 0)
    return total === 1
      ? 'None of these items apply to the paper, so it is listed as n/a rather than scored 0.'
      : `None of these items apply to any of the ${formatCount(total)} papers, so they are listed as n/a rather than scored 0.`;
  const unranked = total - ranked;
  return `${formatCount(ranked)} of ${countOf(total, 'paper')} ${ranked === 1 ? 'is' : 'are'} ranked; in the other ${countOf(unranked, 'paper')} none of these items apply, so ${unranked === 1 ? 'it is' : 'they are'} listed last as n/a rather than scored 0.`;
}
