/**
 * Scores of a scan, as documented on the methodology page.
 *
 * A category's score is the share of its applicable items answered yes; a category where no
 * item applies is "not applicable" (null), never 0, so a paper is not punished for lacking
 * human studies it never ran. The overall score is the share of all applicable items answered
 * yes, so every item weighs the same whatever its category's size. Every score carries the
 * counts it rests on (e.g. 3/4), because 1/1 and 40/40 are not equally informative.
 *
 * Scores always cover the items of the current rubric. A scan answered under an older version
 * has not assessed the items added since: they count neither for nor against it, exactly like
 * items that do not apply, and the items a newer version dropped no longer count.
 */
import { RUBRIC_VERSIONS, currentRubric, type CategoryKey, type RubricVersions } from '../scan-format/rubric.ts';
import type { Scan } from '../scan-format/schema.ts';
import type { ListedScan } from '../scan-format/listed-scan.ts';
import { SUPPORT_LEVELS, type SupportLevel } from '../scan-format/vocabulary.ts';
import { itemStates, type ItemWithState } from './item-states.ts';

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

/** Score a set of item states: yes among those answered yes or no. */
function scoreStates(states: readonly ItemWithState[]): Score {
  const answered = states.filter((state) => state.state === 'yes' || state.state === 'no');
  return scoreOf(answered.filter((state) => state.state === 'yes').length, answered.length);
}

/** Score one category of the current rubric for a scan. */
export function categoryScore(scan: Pick<Scan, 'checklist' | 'rubric_version'>, category: CategoryKey, versions: RubricVersions = RUBRIC_VERSIONS): Score {
  return scoreStates(itemStates(scan, versions).filter((state) => state.category.key === category));
}

/** Compute every score of a scan, over the current rubric's items. */
export function scoreScan(scan: ListedScan): ScanScores {
  return scoreScanUnder(scan, RUBRIC_VERSIONS);
}

/** Compute every score of a scan against a given list of rubric versions (tests pass their own). */
export function scoreScanUnder(scan: ListedScan, versions: RubricVersions): ScanScores {
  const states = itemStates(scan, versions);
  const categories = Object.fromEntries(
    currentRubric(versions).categories.map((category) => [category.key, scoreStates(states.filter((state) => state.category.key === category.key))]),
  ) as Record<CategoryKey, Score>;
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
