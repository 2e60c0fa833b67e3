/**
 * Headline numbers for the home page: how many papers, their median score, the red flags
 * that recur most, the checklist items failed most often and the newest audits (the top of the ranking comes from `ranking.ts`, shared with the leaderboard).
 * Every list has a stated tie-break so the page is the same on every build.
 */
import { allItems, type RubricCategory, type RubricItem } from '../scan-format/rubric.ts';
import type { ListedScan } from '../scan-format/listed-scan.ts';
import type { ScanScores } from './scoring.ts';
import { compareId } from './ranking.ts';

/** What the statistics need of one scan. */
export interface StatsInput {
  id: string;
  scan: Pick<ListedScan, 'paper' | 'checklist' | 'red_flags'>;
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
  for (const record of [...records].sort((a, b) => compareId(a.id, b.id))) {
    for (const { flag } of record.scan.red_flags) {
      const key = flagKey(flag);
      const group = groups.get(key) ?? { flag: flag.trim(), papers: new Set<string>() };
      group.papers.add(record.id);
      groups.set(key, group);
    }
  }
  return [...groups.entries()]
    .map(([key, group]) => ({ key, flag: group.flag, papers: group.papers.size }))
    .sort((a, b) => b.papers - a.papers || compareId(a.key, b.key))
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

/** An audit with the date its scan was added, when known. */
export interface DatedAudit<T> {
  record: T;
  /** ISO 8601 date of the commit that added the scan; undefined outside git. */
  added?: string;
}

/**
 * The most recently added audits: newest commit date first (ties by id). Audits without a date
 * (not committed, or built without git history) follow, latest publication year first, then the
 * higher id, because arXiv ids grow with submission date.
 */
export function newestAudits<T extends StatsInput>(records: readonly T[], limit: number, addedOn: (record: T) => string | undefined): DatedAudit<T>[] {
  const dated = records.map((record) => ({ record, added: addedOn(record) }));
  const time = (audit: DatedAudit<T>) => (audit.added === undefined ? Number.NaN : Date.parse(audit.added));
  return dated
    .sort((a, b) => {
      const [ta, tb] = [time(a), time(b)];
      if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
      if (!Number.isNaN(ta)) return tb - ta || compareId(a.record.id, b.record.id);
      return b.record.scan.paper.year - a.record.scan.paper.year || compareId(b.record.id, a.record.id);
    })
    .slice(0, limit);
}
