/**
 * Site-wide agreement over small sets of papers whose answers are chosen so each kappa can be
 * worked out by hand (written beside each test). Answer order in tables: yes, no, does not apply.
 */
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { paperAudits, type Answer, type PaperAudit } from '../../../src/lib/agreement/paper-agreement.ts';
import {
  LOW_AGREEMENT_KAPPA,
  MIN_PAPERS_FOR_AGREEMENT,
  agreementCsv,
  agreementCsvColumns,
  agreementCsvRows,
  agreementJson,
  lowAgreementNote,
  lowAgreementNotes,
  siteAgreement,
} from '../../../src/lib/agreement/site-agreement.ts';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import { scanAnswering } from '../../helpers/answers.ts';

const CODE = 'artifacts/code_released';
const DATA = 'artifacts/data_released';
const ENVIRONMENT = 'artifacts/environment_specified';

/** A paper whose audits answer the named items as given, one answer per audit (published first); every other item yes. */
function paper(answers: Record<string, Answer[]>): PaperAudit[] {
  const audits = Object.values(answers)[0]!.length;
  const scans = Array.from({ length: audits }, (_, a) => scanAnswering(Object.fromEntries(Object.entries(answers).map(([key, list]) => [key, list[a]!]))));
  return paperAudits(
    scans[0]!,
    scans.slice(1).map((scan, i) => ({ name: `audit-${i + 1}`, scan })),
  );
}

// Five papers with two audits each, and one audited once (left out of every figure).
const TWO_AUDITS = [
  paper({ [CODE]: ['yes', 'yes'], [DATA]: ['yes', 'yes'], [ENVIRONMENT]: ['yes', 'no'] }),
  paper({ [CODE]: ['yes', 'yes'], [DATA]: ['no', 'no'], [ENVIRONMENT]: ['no', 'yes'] }),
  paper({ [CODE]: ['yes', 'no'], [DATA]: ['yes', 'yes'], [ENVIRONMENT]: ['yes', 'no'] }),
  paper({ [CODE]: ['no', 'no'], [DATA]: ['no', 'no'], [ENVIRONMENT]: ['no', 'yes'] }),
  paper({ [CODE]: ['na', 'no'], [DATA]: ['na', 'na'], [ENVIRONMENT]: ['yes', 'yes'] }),
];
const ONCE = paper({ [CODE]: ['no'] });

const itemOf = (agreement: ReturnType<typeof siteAgreement>, key: string) => agreement.items.find((item) => item.key === key)!;

describe("exactly two audits per paper: Cohen's kappa, published audit against the other", () => {
  const agreement = siteAgreement([...TWO_AUDITS, ONCE]);

  test('counts only papers audited more than once', () => {
    expect(agreement).toMatchObject({ coefficient: 'cohen', papers: 5 });
    expect(agreement.items).toHaveLength(allItems().length);
  });

  test('code released: split answers give a fair kappa, flagged as low', () => {
    // published: yes yes yes no na; other: yes yes no no no
    //            other: yes  no  na | row
    // published yes       2   1   0 | 3
    //           no        0   1   0 | 1
    //           na        0   1   0 | 1
    //           column    2   3   0 | 5
    // p_o = (2 + 1 + 0) / 5 = 0.6
    // p_e = (3·2 + 1·3 + 1·0) / 25 = 9/25 = 0.36
    // kappa = (0.6 − 0.36) / (1 − 0.36) = 0.24 / 0.64 = 0.375 → "fair", ≤ 0.4 so flagged
    const code = itemOf(agreement, CODE);
    expect(code.table).toEqual([
      [2, 1, 0],
      [0, 1, 0],
      [0, 1, 0],
    ]);
    expect(code).toMatchObject({
      papers: 5,
      ratings: 10,
      counts: { yes: 5, no: 4, na: 1 },
      unanimousPapers: 3,
      coefficient: 'cohen',
      strength: 'fair',
      low: true,
      note: '',
    });
    expect(code.percentAgreement).toBeCloseTo(0.6, 12);
    expect(code.observed).toBeCloseTo(0.6, 12);
    expect(code.expected).toBeCloseTo(0.36, 12);
    expect(code.kappa).toBeCloseTo(0.375, 12);
  });

  test('data released: the same answer on every paper, across three categories, is a kappa of 1', () => {
    // table diagonal 2, 2, 1: p_o = 5/5 = 1; p_e = (2·2 + 2·2 + 1·1) / 25 = 9/25 = 0.36; kappa = (1 − 0.36) / (1 − 0.36) = 1
    const data = itemOf(agreement, DATA);
    expect(data.expected).toBeCloseTo(0.36, 12);
    expect(data.kappa).toBeCloseTo(1, 12);
    expect(data).toMatchObject({ strength: 'almost perfect', low: false, percentAgreement: 1 });
  });

  test('environment specified: worse than chance is negative, "poor" and flagged', () => {
    // table [[1, 2, 0], [2, 0, 0], [0, 0, 0]]: p_o = 1/5 = 0.2
    // rows yes 3, no 2; columns yes 3, no 2: p_e = (3·3 + 2·2) / 25 = 13/25 = 0.52
    // kappa = (0.2 − 0.52) / (1 − 0.52) = −0.32 / 0.48 = −2/3
    const environment = itemOf(agreement, ENVIRONMENT);
    expect(environment.kappa).toBeCloseTo(-2 / 3, 12);
    expect(environment).toMatchObject({ strength: 'poor', low: true });
  });

  test('an item every audit answers yes on every paper has an undefined kappa: empty, 100% agreement, not flagged', () => {
    // p_o = 1 and p_e = (5·5) / 25 = 1: kappa = 0/0.
    const other = itemOf(agreement, 'contamination/training_cutoff_stated');
    expect(other).toMatchObject({ kappa: null, strength: null, low: false, percentAgreement: 1, observed: 1, expected: 1 });
    expect(other.note).toBe('kappa undefined: every audit gave the same answer on every paper');
  });

  test('the flagged items are exactly those at or below the threshold', () => {
    expect(LOW_AGREEMENT_KAPPA).toBe(0.4);
    expect(agreement.lowItems.map((item) => item.key)).toEqual([CODE, ENVIRONMENT]);
  });
});

describe("any paper with three audits: Fleiss' kappa over all papers", () => {
  const third = structuredClone(TWO_AUDITS);
  third[0] = paper({ [CODE]: ['yes', 'yes', 'no'] });
  const agreement = siteAgreement(third);

  test('code released', () => {
    // Per paper, yes/no/na counts and P_i = Σ n(n − 1) / (N (N − 1)):
    //   1: 2, 1, 0 (N = 3) → (2 + 0) / 6 = 1/3
    //   2: 2, 0, 0 (N = 2) → 2 / 2 = 1
    //   3: 1, 1, 0 (N = 2) → 0
    //   4: 0, 2, 0 (N = 2) → 1
    //   5: 0, 1, 1 (N = 2) → 0
    // P̄ = (1/3 + 1 + 0 + 1 + 0) / 5 = 7/15
    // pooled: yes 5, no 5, na 1 of 11 → P̄e = (25 + 25 + 1) / 121 = 51/121
    // kappa = (7/15 − 51/121) / (1 − 51/121) = (82 / (15·121)) / (70/121) = 82/1050 = 41/525 = 0.0781
    const code = itemOf(agreement, CODE);
    expect(agreement).toMatchObject({ coefficient: 'fleiss', papers: 5 });
    expect(code).toMatchObject({ ratings: 11, counts: { yes: 5, no: 5, na: 1 }, unanimousPapers: 2, table: null, strength: 'slight', low: true });
    expect(code.percentAgreement).toBeCloseTo(0.4, 12);
    expect(code.observed).toBeCloseTo(7 / 15, 12);
    expect(code.expected).toBeCloseTo(51 / 121, 12);
    expect(code.kappa).toBeCloseTo(41 / 525, 12);
  });
});

describe('too few papers', () => {
  test(`with ${MIN_PAPERS_FOR_AGREEMENT - 1} papers audited twice, every kappa is empty and says why`, () => {
    const agreement = siteAgreement(TWO_AUDITS.slice(0, MIN_PAPERS_FOR_AGREEMENT - 1));
    const code = itemOf(agreement, CODE);
    expect(agreement.coefficient).toBe('cohen');
    expect(code).toMatchObject({ papers: 4, coefficient: null, kappa: null, low: false, percentAgreement: 0.75 });
    expect(code.note).toBe('too few papers audited more than once: 4 of the 5 needed');
    expect(agreement.lowItems).toEqual([]);
  });

  test('with no paper audited twice there is no coefficient at all', () => {
    const agreement = siteAgreement([ONCE]);
    expect(agreement).toMatchObject({ coefficient: null, papers: 0, lowItems: [] });
    expect(itemOf(agreement, CODE)).toMatchObject({ papers: 0, ratings: 0, percentAgreement: null, kappa: null });
  });
});

describe('the agreement table for /data/', () => {
  const agreement = siteAgreement(TWO_AUDITS);
  const rows = agreementCsvRows(agreement);

  test('a header of documented columns, then one row per rubric item', () => {
    expect(rows[0]).toEqual(agreementCsvColumns().map((column) => column.name));
    expect(rows).toHaveLength(allItems().length + 1);
    for (const column of agreementCsvColumns()) expect(column.description.length).toBeGreaterThan(5);
  });

  test('rows hold the counts behind each kappa, rounded to 4 decimals', () => {
    const header = rows[0]!;
    const row = (key: string) => Object.fromEntries(header.map((name, i) => [name, rows.find((r) => `${r[0]}/${r[1]}` === key)![i]]));
    expect(row(CODE)).toEqual({
      category: 'artifacts',
      item: 'code_released',
      papers: '5',
      ratings: '10',
      yes: '5',
      no: '4',
      na: '1',
      percent_agreement: '0.6',
      coefficient: 'cohen',
      observed_agreement: '0.6',
      expected_agreement: '0.36',
      kappa: '0.375',
      strength: 'fair',
      low_agreement: 'true',
      note: '',
    });
    expect(row(ENVIRONMENT)).toMatchObject({ kappa: '-0.6667', low_agreement: 'true' });
    expect(row('contamination/training_cutoff_stated')).toMatchObject({
      kappa: '',
      percent_agreement: '1',
      note: 'kappa undefined: every audit gave the same answer on every paper',
    });
  });

  test('the CSV text parses back to the same rows, a negative kappa still a number', () => {
    const text = agreementCsv(agreement);
    expect(text.split('\r\n')).toHaveLength(rows.length);
    expect(Papa.parse<string[]>(text).data).toEqual(rows);
  });

  test('the JSON states its rules and holds the same figures as the CSV, unrounded', () => {
    const json = agreementJson(agreement) as { coefficient: string; min_papers: number; low_agreement_kappa: number; items: Record<string, unknown>[] };
    expect(json).toMatchObject({
      coefficient: 'cohen',
      papers_audited_more_than_once: 5,
      min_papers: MIN_PAPERS_FOR_AGREEMENT,
      low_agreement_kappa: LOW_AGREEMENT_KAPPA,
    });
    expect(json.items).toHaveLength(allItems().length);
    // 0.6 observed, 0.36 expected (worked out above): (0.6 - 0.36) / (1 - 0.36) = 0.375.
    expect(json.items.find((item) => item.item === 'code_released')).toMatchObject({
      answers: { yes: 5, no: 4, na: 1 },
      unanimous_papers: 3,
      percent_agreement: 0.6,
      kappa: 0.375,
      low_agreement: true,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('notes where a low-agreement item is explained', () => {
  const agreement = siteAgreement(TWO_AUDITS);

  test('a flagged item names its coefficient, strength and papers', () => {
    // Code released: kappa 0.375 (worked out above), 3 of 5 papers answered alike.
    expect(lowAgreementNote(itemOf(agreement, CODE))).toBe(
      "Low agreement: independent audits of the same 5 papers often answer this item differently (Cohen's kappa 0.38, fair; 60% of the papers answered alike), so trust its answers less.",
    );
  });

  test('items not flagged get no note, and the map holds exactly the flagged ones', () => {
    expect(lowAgreementNote(itemOf(agreement, DATA))).toBeUndefined();
    expect([...lowAgreementNotes(agreement).keys()]).toEqual(agreement.lowItems.map((item) => item.key));
    expect(lowAgreementNotes(agreement).has(ENVIRONMENT)).toBe(true);
  });
});
