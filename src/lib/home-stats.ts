/**
 * Headline numbers for the home page: how many papers, their median score, the red flags
 * that recur most, the checklist items failed most often, the top of the ranking and the
 * newest papers. Every list has a stated tie-break so the page is the same on every build.
 */
import { allItems, type RubricCategory, type RubricItem } from './rubric.ts';
import type { Scan } from './schema.ts';
import type { ScanScores } from './scoring.ts';

/** What the statistics need of one scan. */
export interface StatsInput {
  id: string;
  scan: Pick<Scan, 'paper' | 'checklist' | 'red_flags'>;
  scores: Pick<ScanScores, 'overall'>;
}

/** A red flag wording and the number of papers that raise it. */
export interface FlagCount {
  flag: string;
  papers: number;
}

/** A checklist item and how often it is failed where it applies. */
export interface ItemFailure {
  category: RubricCategory;
  item: RubricItem;
  failed: number;
  applicable: number;
}

/** Median of the overall scores that exist (papers where something applies); null when none. */
export function medianOverall(records: readonly StatsInput[]): number | null {
  const values = records.map((record) => record.scores.overall.value).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  values.sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

/** The flag wording used for grouping: case, spacing and final full stop do not make a new flag. */
export function flagKey(flag: string): string {
  return flag.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/**
 * The most common red flags by number of papers raising them (a paper repeating a flag counts
 * once), ties broken alphabetically. Each group is shown in the wording of its first paper by id.
 */
export function mostCommonFlags(records: readonly StatsInput[], limit: number): FlagCount[] {
  const groups = new Map<string, { flag: string; papers: Set<string> }>();
  for (const record of [...records].sort((a, b) => compareText(a.id, b.id))) {
    for (const { flag } of record.scan.red_flags) {
      const key = flagKey(flag);
      const group = groups.get(key) ?? { flag: flag.trim(), papers: new Set<string>() };
      group.papers.add(record.id);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => ({ key, flag: group.flag, papers: group.papers.size }))
    .sort((a, b) => b.papers - a.papers || compareText(a.key, b.key))
    .slice(0, limit)
    .map(({ flag, papers }) => ({ flag, papers }));
}

/**
 * The items most often answered "no" where they apply, by count of failures, ties in rubric
 * order. Items never failed are left out.
 */
export function mostFailedItems(records: readonly StatsInput[], limit: number): ItemFailure[] {
  const tallies = allItems().map(({ category, item }, order) => {
    let failed = 0;
    let applicable = 0;
    for (const record of records) {
      const answer = record.scan.checklist[category.key]?.[item.key];
      if (!answer?.applies) continue;
      applicable += 1;
      if (!answer.answer) failed += 1;
    }
    return { category, item, failed, applicable, order };
  });
  return tallies
    .filter((tally) => tally.failed > 0)
    .sort((a, b) => b.failed - a.failed || a.order - b.order)
    .slice(0, limit)
    .map(({ category, item, failed, applicable }) => ({ category, item, failed, applicable }));
}

/**
 * The best papers by overall score; papers with equal scores share a rank ("competition"
 * ranking: 1, 2, 2, 4) and are listed by id. Papers where nothing applies come last.
 */
export function topByOverall<T extends StatsInput>(records: readonly T[], limit: number): { rank: number; record: T }[] {
  const sorted = [...records].sort((a, b) => compareScores(a.scores.overall.value, b.scores.overall.value) || compareText(a.id, b.id));
  const ranked: { rank: number; record: T }[] = [];
  sorted.slice(0, limit).forEach((record, index) => {
    const previous = ranked[index - 1];
    const tied = previous && previous.record.scores.overall.value === record.scores.overall.value;
    ranked.push({ rank: tied ? previous.rank : index + 1, record });
  });
  return ranked;
}

/**
 * The most recently published papers: latest year first, then the higher id, because arXiv
 * ids grow with submission date. Scans carry no audit date, so publication is the honest order.
 */
export function newestPapers<T extends StatsInput>(records: readonly T[], limit: number): T[] {
  return [...records].sort((a, b) => b.scan.paper.year - a.scan.paper.year || compareText(b.id, a.id)).slice(0, limit);
}

function compareScores(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
