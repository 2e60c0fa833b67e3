/**
 * Each item of the current rubric as one scan stands on it: answered yes or no, not applicable,
 * or not assessed, because the item was added after the rubric version the scan answered.
 *
 * "Not assessed" is never "no": the audit could not have answered a question that did not yet
 * exist, so such items count neither for nor against the score. Items that a newer version
 * dropped are not listed; they no longer count either.
 */
import {
  RUBRIC_VERSIONS,
  allItems,
  currentRubric,
  scanRubricVersion,
  type RubricCategory,
  type RubricItem,
  type RubricVersions,
} from '../scan-format/rubric.ts';
import type { ListedAnswer, ListedScan } from '../scan-format/listed-scan.ts';

/** Where one scan stands on one item of the current rubric; `answer` has the text when the scan passed in has it. */
export type ItemState<Answer extends ListedAnswer = ListedAnswer> =
  | { state: 'yes' | 'no' | 'not_applicable'; answer: Answer }
  /** Added after `rubricVersion`, the version the scan answered. */
  | { state: 'not_assessed'; rubricVersion: number };

/** An item of the current rubric with its category and the scan's state on it. */
export type ItemWithState<Answer extends ListedAnswer = ListedAnswer> = { category: RubricCategory; item: RubricItem } & ItemState<Answer>;

/** Every item of the current rubric, in display order, with the scan's state on it. */
export function itemStates<Answer extends ListedAnswer>(
  scan: Pick<ListedScan, 'rubric_version'> & { checklist: Record<string, Record<string, Answer>> },
  versions: RubricVersions = RUBRIC_VERSIONS,
): ItemWithState<Answer>[] {
  const rubricVersion = scanRubricVersion(scan, versions);
  return allItems(currentRubric(versions).categories).map(({ category, item }) => {
    const answer = scan.checklist[category.key]?.[item.key];
    if (!answer) return { category, item, state: 'not_assessed', rubricVersion };
    return { category, item, state: !answer.applies ? 'not_applicable' : answer.answer ? 'yes' : 'no', answer };
  });
}

/** How a not-assessed item is described: "not assessed under rubric v1". */
export function notAssessedLabel(rubricVersion: number): string {
  return `not assessed under rubric v${rubricVersion}`;
}
