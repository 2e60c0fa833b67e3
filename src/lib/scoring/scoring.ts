/**
 * Scores of a scan, as documented on the methodology page.
 *
 * A category's score is the share of its applicable items answered yes; a category where no
 * item applies is "not applicable" (null), never 0, so a paper is not punished for lacking
 * human studies it never ran. The overall score is the share of all applicable items answered
 * yes, so every item weighs the same whatever its category's size. Every score carries the
 * counts it rests on (e.g. 3/4), because 1/1 and 40/40 are not equally informative.
 */
import { RUBRIC, type CategoryKey } from '../scan-format/rubric.ts';
import { SUPPORT_LEVELS, type Scan, type SupportLevel } from '../scan-format/schema.ts';

/** A share of applicable items answered yes. */
export interface Score {
  /** Items answered yes among the applicable ones. */
  yes: number;
  /** Items that apply. */
  applicable: number;
  /** yes / applicable in [0, 1], or null when nothing applies ("not applicable"). */
  value: number | null;
}

/** Everything computed from one scan. */
export interface ScanScores {
  overall: Score;
  categories: Record<CategoryKey, Score>;
  redFlagCount: number;
  claimsBySupport: Record<SupportLevel, number>;
}

/** Build a score from counts; null value when nothing applies. */
export function scoreOf(yes: number, applicable: number): Score {
  return { yes, applicable, value: applicable === 0 ? null : yes / applicable };
}

/** Score one category of a checklist. */
export function categoryScore(scan: Pick<Scan, 'checklist'>, category: CategoryKey): Score {
  const answers = Object.values(scan.checklist[category] ?? {});
  const applicable = answers.filter((item) => item.applies);
  return scoreOf(applicable.filter((item) => item.answer).length, applicable.length);
}

/** Compute every score of a scan. */
export function scoreScan(scan: Scan): ScanScores {
  const categories = Object.fromEntries(RUBRIC.map((category) => [category.key, categoryScore(scan, category.key)])) as Record<CategoryKey, Score>;
  const totals = Object.values(categories).reduce((sum, score) => ({ yes: sum.yes + score.yes, applicable: sum.applicable + score.applicable }), {
    yes: 0,
    applicable: 0,
  });
  const claimsBySupport = Object.fromEntries(SUPPORT_LEVELS.map((level) => [level, scan.claims.filter((claim) => claim.supported === level).length])) as Record<
    SupportLevel,
    number
  >;
  return { overall: scoreOf(totals.yes, totals.applicable), categories, redFlagCount: scan.red_flags.length, claimsBySupport };
}

/** A score as a whole percentage ("54%"), or "n/a" when nothing applies. */
export function formatPercent(score: Score): string {
  return score.value === null ? 'n/a' : `${Math.round(score.value * 100)}%`;
}

/** The counts a score rests on ("21/39"), or "0/0" when nothing applies. */
export function formatCounts(score: Score): string {
  return `${score.yes}/${score.applicable}`;
}
