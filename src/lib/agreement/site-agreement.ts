/**
 * Site-wide agreement between independent audits, per checklist item, over every paper audited
 * more than once. Choices, also stated on the data page through the column documentation:
 *
 * - Answers fall in three categories, yes / no / does not apply: whether an item applies is part
 *   of the audit, so audits that differ on it disagree.
 * - When every such paper has exactly two audits, the coefficient is Cohen's kappa, with the
 *   published audit as rater A and the independent one as rater B. When any paper has more, it is
 *   Fleiss' kappa over all papers (each paper with its own number of audits, see `fleissKappa`).
 * - Percent agreement is the share of papers on which all audits give the same answer.
 * - An item needs MIN_PAPERS_FOR_AGREEMENT papers for a coefficient; with fewer, it is left empty.
 * - When every audit of every paper gives the same one answer, kappa is 0/0: it is reported empty,
 *   with percent agreement 100% and a note, and the item is not flagged.
 * - An item whose kappa is at or below LOW_AGREEMENT_KAPPA is flagged as low agreement.
 */
import Papa from 'papaparse';
import type { ColumnDoc } from '../publishing/open-data.ts';
import { RUBRIC, type CategoryKey } from '../scan-format/rubric.ts';
import { cohenKappa, fleissKappa, kappaStrength } from './kappa.ts';
import { itemAnswer } from '../scan-format/answers.ts';
import { ANSWERS, countAnswers, type Answer, type PaperAudit } from './paper-agreement.ts';

/** Papers audited more than once that an item needs before its agreement is computed. */
export const MIN_PAPERS_FOR_AGREEMENT = 5;
/**
 * Kappa at or below this is flagged as low agreement: Landis & Koch (1977) call 0.21–0.40 "fair"
 * and anything lower "slight" or "poor"; from 0.41 on it is "moderate" or better.
 */
export const LOW_AGREEMENT_KAPPA = 0.4;

/** Which kappa the figures are. */
export type Coefficient = 'cohen' | 'fleiss';
/** How each coefficient is named in prose. */
export const COEFFICIENT_NAMES: Record<Coefficient, string> = { cohen: "Cohen's kappa", fleiss: "Fleiss' kappa" };

/** Agreement on one checklist item across the papers audited more than once. */
export interface ItemAgreementStats {
  category: CategoryKey;
  item: string;
  /** `category/item`. */
  key: string;
  /** Papers audited more than once (all of them answer every item). */
  papers: number;
  /** Answers counted: the number of audits over those papers. */
  ratings: number;
  /** Answers per category over all those audits. */
  counts: Record<Answer, number>;
  /** Papers on which every audit gives the same answer. */
  unanimousPapers: number;
  /** unanimousPapers / papers, 0 to 1; null without papers. */
  percentAgreement: number | null;
  /** The kappa computed, or null when the item has too few papers. */
  coefficient: Coefficient | null;
  observed: number | null;
  expected: number | null;
  /** null with too few papers, or when undefined (every answer the same). */
  kappa: number | null;
  /** Landis & Koch's word for the kappa, or null with no kappa. */
  strength: string | null;
  /** Kappa at or below LOW_AGREEMENT_KAPPA. */
  low: boolean;
  /** For Cohen's kappa: `table[a][b]` counts papers the published audit answered ANSWERS[a] and the other ANSWERS[b]. */
  table: number[][] | null;
  /** Why the kappa is empty, when it is; otherwise "". */
  note: string;
}

/** Agreement on every rubric item, and what it rests on. */
export interface SiteAgreement {
  /** The coefficient used for every item, or null when no paper is audited more than once. */
  coefficient: Coefficient | null;
  /** Papers audited more than once. */
  papers: number;
  items: ItemAgreementStats[];
  /** Items flagged for low agreement, in rubric order. */
  lowItems: ItemAgreementStats[];
}

/** Agreement per rubric item over the given papers, each as its audits with the published one first (`paperAudits`). */
export function siteAgreement(papers: readonly (readonly PaperAudit[])[]): SiteAgreement {
  const multiple = papers.filter((audits) => audits.length >= 2);
  const coefficient: Coefficient | null = multiple.length === 0 ? null : multiple.every((audits) => audits.length === 2) ? 'cohen' : 'fleiss';
  const items = RUBRIC.flatMap((category) => category.items.map((item) => itemStats(category.key, item.key, multiple, coefficient)));
  return { coefficient, papers: multiple.length, items, lowItems: items.filter((item) => item.low) };
}

function itemStats(category: CategoryKey, item: string, papers: readonly (readonly PaperAudit[])[], coefficient: Coefficient | null): ItemAgreementStats {
  const answers = papers.map((audits) => audits.map((audit) => itemAnswer(audit.scan.checklist[category]![item]!)));
  const perPaper = answers.map(countAnswers);
  const counts = countAnswers(answers.flat());
  const unanimousPapers = perPaper.filter((paper) => ANSWERS.filter((answer) => paper[answer] > 0).length === 1).length;
  const base = {
    category,
    item,
    key: `${category}/${item}`,
    papers: papers.length,
    ratings: answers.flat().length,
    counts,
    unanimousPapers,
    percentAgreement: papers.length ? unanimousPapers / papers.length : null,
  };
  if (!coefficient || papers.length < MIN_PAPERS_FOR_AGREEMENT) {
    const note = `too few papers audited more than once: ${papers.length} of the ${MIN_PAPERS_FOR_AGREEMENT} needed`;
    return { ...base, coefficient: null, observed: null, expected: null, kappa: null, strength: null, low: false, table: null, note };
  }
  const table = coefficient === 'cohen' ? contingencyTable(answers) : null;
  const { observed, expected, kappa } = table ? cohenKappa(table) : fleissKappa(perPaper.map((paper) => ANSWERS.map((answer) => paper[answer])));
  const note = kappa === null ? 'kappa undefined: every audit gave the same answer on every paper' : '';
  return {
    ...base,
    coefficient,
    observed,
    expected,
    kappa,
    strength: kappa === null ? null : kappaStrength(kappa),
    low: kappa !== null && kappa <= LOW_AGREEMENT_KAPPA,
    table,
    note,
  };
}

/** Published audit's answer (rows) against the independent audit's (columns), in ANSWERS order. */
function contingencyTable(answers: readonly (readonly Answer[])[]): number[][] {
  const table = ANSWERS.map(() => ANSWERS.map(() => 0));
  for (const [a, b] of answers) table[ANSWERS.indexOf(a!)]![ANSWERS.indexOf(b!)]!++;
  return table;
}

/** Every column of the agreement table (`/data/agreement.csv`), with what it holds. */
export function agreementCsvColumns(): ColumnDoc[] {
  return [
    { name: 'category', description: 'Rubric category key' },
    { name: 'item', description: 'Rubric item key' },
    { name: 'papers', description: 'Papers audited more than once; each answers every item' },
    { name: 'ratings', description: 'Answers counted: the audits of those papers' },
    { name: 'yes', description: 'Answers "yes" among them' },
    { name: 'no', description: 'Answers "no" among them' },
    { name: 'na', description: 'Answers "does not apply" among them (a category of its own)' },
    { name: 'percent_agreement', description: 'Share of papers on which all audits give the same answer, 0 to 1 (4 decimals)' },
    {
      name: 'coefficient',
      description: `cohen (Cohen's kappa, published audit against the other) when every paper has exactly two audits, fleiss (Fleiss' kappa) when any has more; empty with fewer than ${MIN_PAPERS_FOR_AGREEMENT} papers`,
    },
    { name: 'observed_agreement', description: 'Observed agreement the kappa uses, 0 to 1 (Fleiss: mean share of agreeing pairs of audits per paper)' },
    { name: 'expected_agreement', description: 'Agreement expected by chance from how often each answer is given, 0 to 1' },
    { name: 'kappa', description: '(observed − expected) / (1 − expected), 4 decimals; empty when there are too few papers or every answer is the same' },
    { name: 'strength', description: 'Landis & Koch (1977): poor, slight, fair, moderate, substantial or almost perfect' },
    { name: 'low_agreement', description: `true when kappa is ${LOW_AGREEMENT_KAPPA} or lower ("fair" or worse)` },
    { name: 'note', description: 'Why kappa is empty, when it is' },
  ];
}

const decimals = (value: number | null) => (value === null ? '' : String(Math.round(value * 10_000) / 10_000));

/** The agreement table as CSV rows, header first: one row per rubric item. */
export function agreementCsvRows(agreement: SiteAgreement): string[][] {
  const rows = agreement.items.map((item) => [
    item.category,
    item.item,
    String(item.papers),
    String(item.ratings),
    ...ANSWERS.map((answer) => String(item.counts[answer])),
    decimals(item.percentAgreement),
    item.coefficient ?? '',
    decimals(item.observed),
    decimals(item.expected),
    decimals(item.kappa),
    item.strength ?? '',
    String(item.low),
    item.note,
  ]);
  return [agreementCsvColumns().map((column) => column.name), ...rows];
}

/**
 * `agreement.csv` (RFC 4180, CRLF line ends). Every cell comes from the rubric or a number, never
 * from scan text, so no cell needs the formula guard of `scores.csv` (which would mangle a
 * negative kappa into text).
 */
export function agreementCsv(agreement: SiteAgreement): string {
  const [fields, ...data] = agreementCsvRows(agreement);
  return Papa.unparse({ fields: fields!, data }, { newline: '\r\n', quotes: false });
}

/** `agreement.json`: the rules (coefficient, thresholds) and every item's figures, as the CSV has them. */
export function agreementJson(agreement: SiteAgreement): Record<string, unknown> {
  return {
    coefficient: agreement.coefficient,
    papers_audited_more_than_once: agreement.papers,
    min_papers: MIN_PAPERS_FOR_AGREEMENT,
    low_agreement_kappa: LOW_AGREEMENT_KAPPA,
    items: agreement.items.map(
      ({ category, item, papers, ratings, counts, unanimousPapers, percentAgreement, coefficient, observed, expected, kappa, strength, low, note }) => ({
        category,
        item,
        papers,
        ratings,
        answers: counts,
        unanimous_papers: unanimousPapers,
        percent_agreement: percentAgreement,
        coefficient,
        observed_agreement: observed,
        expected_agreement: expected,
        kappa,
        strength,
        low_agreement: low,
        note,
      }),
    ),
  };
}

/**
 * What readers are told where a low-agreement item is explained (its item page, the methodology
 * list): the coefficient, its strength and the papers it rests on. Undefined unless flagged.
 */
export function lowAgreementNote(item: ItemAgreementStats): string | undefined {
  if (!item.low || item.kappa === null || item.coefficient === null || item.percentAgreement === null) return undefined;
  const kappa = `${COEFFICIENT_NAMES[item.coefficient]} ${item.kappa.toFixed(2)}, ${item.strength}`;
  return `Low agreement: independent audits of the same ${item.papers} papers often answer this item differently (${kappa}; ${Math.round(item.percentAgreement * 100)}% of the papers answered alike), so trust its answers less.`;
}

/** The notes of every flagged item, by `category/item`. */
export function lowAgreementNotes(agreement: SiteAgreement): Map<string, string> {
  return new Map(agreement.lowItems.map((item) => [item.key, lowAgreementNote(item)!]));
}
