/**
 * How the audits of one paper agree: the published scan and any independent audits filed
 * beside it (`scans/<id>/audits/`). Per checklist item, how the audits answered ("3 of 3 say
 * yes", "split 2–1"), which items they disagree on, the range of overall scores, and a one-line
 * summary. "Does not apply" is an answer of its own: two audits that disagree on whether an item
 * applies disagree on it.
 */
import { RUBRIC, type CategoryKey } from '../scan-format/rubric.ts';
import { itemAnswer } from '../scan-format/answers.ts';
import type { ListedScan } from '../scan-format/listed-scan.ts';
import { formatPercent, scoreScan, type Score } from '../scoring/scoring.ts';
import { countOf } from '../site/format-count.ts';

/** An answer to one item: yes, no, or "na" (does not apply), as in the open data's CSV. */
export const ANSWERS = ['yes', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

/** How each answer reads in a sentence. */
export const ANSWER_WORDS: Record<Answer, string> = { yes: 'yes', no: 'no', na: 'does not apply' };

/** One audit of a paper: the published scan or an independent one. */
export interface PaperAudit {
  /** `published` for the scan that decides the rank, otherwise the audit's file name (`jane-doe`). */
  name: string;
  published: boolean;
  scan: ListedScan;
}

/** The name the published audit goes by in agreement data. */
export const PUBLISHED_AUDIT = 'published';

/** The audits of a paper in a fixed order: the published scan first, then the others by name. */
export function paperAudits(published: ListedScan, others: readonly { name: string; scan: ListedScan }[]): PaperAudit[] {
  const sorted = [...others].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [{ name: PUBLISHED_AUDIT, published: true, scan: published }, ...sorted.map(({ name, scan }) => ({ name, published: false, scan }))];
}

/** How the audits of one paper answered one checklist item. */
export interface ItemAnswers {
  category: CategoryKey;
  item: string;
  /** `category/item`, as replies and case studies refer to items. */
  key: string;
  /** Each audit's answer, in the order of the audits given. */
  answers: { audit: string; published: boolean; answer: Answer }[];
  /** Number of audits giving each answer. */
  counts: Record<Answer, number>;
  unanimous: boolean;
  /** "3 of 3 say yes" or "split 2–1: 2 yes, 1 no". */
  label: string;
}

/** Count answers per category. */
export function countAnswers(answers: readonly Answer[]): Record<Answer, number> {
  const counts: Record<Answer, number> = { yes: 0, no: 0, na: 0 };
  for (const answer of answers) counts[answer]++;
  return counts;
}

/** "3 of 3 say yes", or "split 2–1: 2 yes, 1 no" (largest group first, then yes, no, does not apply). */
export function answersLabel(counts: Record<Answer, number>): string {
  const total = ANSWERS.reduce((sum, answer) => sum + counts[answer], 0);
  const groups = ANSWERS.filter((answer) => counts[answer] > 0).sort((a, b) => counts[b] - counts[a]);
  if (groups.length === 1) return `${total} of ${total} say ${ANSWER_WORDS[groups[0]!]}`;
  return `split ${groups.map((answer) => counts[answer]).join('–')}: ${groups.map((answer) => `${counts[answer]} ${ANSWER_WORDS[answer]}`).join(', ')}`;
}

/** Every rubric item with how each audit answered it, in rubric order. */
export function itemAnswers(audits: readonly PaperAudit[]): ItemAnswers[] {
  return RUBRIC.flatMap((category) =>
    category.items.map((rubricItem) => {
      const answers = audits.map((audit) => ({
        audit: audit.name,
        published: audit.published,
        answer: itemAnswer(audit.scan.checklist[category.key]![rubricItem.key]!),
      }));
      const counts = countAnswers(answers.map((entry) => entry.answer));
      return {
        category: category.key,
        item: rubricItem.key,
        key: `${category.key}/${rubricItem.key}`,
        answers,
        counts,
        unanimous: ANSWERS.filter((answer) => counts[answer] > 0).length === 1,
        label: answersLabel(counts),
      };
    }),
  );
}

/** The overall score of each audit, and the lowest and highest of them. */
export interface ScoreRange {
  byAudit: { audit: string; published: boolean; overall: Score }[];
  /** Lowest and highest overall score among audits where anything applies; null when nothing applies in any. */
  lowest: Score | null;
  highest: Score | null;
}

/** Overall scores across the audits of a paper, computed exactly as the leaderboard does. */
export function scoreRange(audits: readonly PaperAudit[]): ScoreRange {
  const byAudit = audits.map((audit) => ({ audit: audit.name, published: audit.published, overall: scoreScan(audit.scan).overall }));
  const scored = byAudit.map((entry) => entry.overall).filter((score) => score.value !== null);
  const pick = (better: (a: number, b: number) => boolean) =>
    scored.reduce<Score | null>((best, score) => (best === null || better(score.value!, best.value!) ? score : best), null);
  return { byAudit, lowest: pick((a, b) => a < b), highest: pick((a, b) => a > b) };
}

/** Everything the audit page needs to show how a paper's audits agree. */
export interface PaperAgreement {
  /** Number of audits, the published one included. */
  audits: number;
  items: ItemAnswers[];
  /** Items the audits do not all answer the same way, in rubric order. */
  disagreements: ItemAnswers[];
  scores: ScoreRange;
  /** One line, e.g. "3 audits agree on 36 of 39 items and split on 3; overall scores range from 54% to 62%." */
  summary: string;
}

/** Agreement among the audits of one paper (the published one first, see `paperAudits`). */
export function paperAgreement(audits: readonly PaperAudit[]): PaperAgreement {
  if (audits.length === 0) throw new RangeError('a paper has at least its published audit');
  const items = itemAnswers(audits);
  const disagreements = items.filter((item) => !item.unanimous);
  const scores = scoreRange(audits);
  return { audits: audits.length, items, disagreements, scores, summary: agreementSummary(audits.length, items.length, disagreements.length, scores) };
}

function agreementSummary(audits: number, items: number, split: number, scores: ScoreRange): string {
  if (audits === 1) return 'One audit: no independent audit to compare with yet.';
  const agreement =
    split === 0
      ? `${audits} audits agree on all ${countOf(items, 'item')}`
      : `${audits} audits agree on ${items - split} of ${countOf(items, 'item')} and split on ${split}`;
  const { lowest, highest } = scores;
  if (!lowest || !highest) return `${agreement}; no item applies in any of them.`;
  const range =
    formatPercent(lowest) === formatPercent(highest)
      ? `every audit gives an overall score of ${formatPercent(lowest)}`
      : `overall scores range from ${formatPercent(lowest)} to ${formatPercent(highest)}`;
  return `${agreement}; ${range}.`;
}
