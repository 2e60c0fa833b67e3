/**
 * Kappa against examples small enough to work out by hand; the arithmetic is written out beside
 * each, so a reader can check the expected numbers without trusting the code under test.
 * Category order in every table: yes, no, does not apply.
 */
import { describe, expect, test } from 'vitest';
import { cohenKappa, fleissKappa, kappaStrength } from '../../../src/lib/agreement/kappa.ts';

describe("Cohen's kappa (two raters, contingency table rows = rater A, columns = rater B)", () => {
  test('three categories, ten papers', () => {
    //          B: yes  no  na   | row total
    // A: yes       4    1   0   | 5
    //    no        1    2   0   | 3
    //    na        0    1   1   | 2
    //   column     5    4   1   | 10
    // observed p_o = (4 + 2 + 1) / 10 = 0.7
    // expected p_e = (5·5 + 3·4 + 2·1) / 10² = (25 + 12 + 2) / 100 = 0.39
    // kappa = (0.7 − 0.39) / (1 − 0.39) = 0.31 / 0.61 = 0.5082 (to 4 places)
    const result = cohenKappa([
      [4, 1, 0],
      [1, 2, 0],
      [0, 1, 1],
    ]);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.39, 12);
    expect(result.kappa).toBeCloseTo(0.31 / 0.61, 12);
    expect(result.kappa).toBeCloseTo(0.5082, 4);
  });

  test('two categories, fifty papers: kappa 0.4 exactly', () => {
    //          B: yes  no  | row
    // A: yes      20    5  | 25
    //    no       10   15  | 25
    //   column    30   20  | 50
    // p_o = (20 + 15) / 50 = 0.7
    // p_e = (25·30 + 25·20) / 50² = (750 + 500) / 2500 = 0.5
    // kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4
    const result = cohenKappa([
      [20, 5],
      [10, 15],
    ]);
    expect(result).toEqual({ observed: 0.7, expected: 0.5, kappa: expect.closeTo(0.4, 12) });
  });

  test('perfect agreement over two categories is 1', () => {
    // p_o = (3 + 2) / 5 = 1; p_e = (3·3 + 2·2) / 25 = 13/25 = 0.52; kappa = (1 − 0.52) / (1 − 0.52) = 1
    const result = cohenKappa([
      [3, 0],
      [0, 2],
    ]);
    expect(result.expected).toBeCloseTo(0.52, 12);
    expect(result.kappa).toBeCloseTo(1, 12);
  });

  test('systematic disagreement is negative', () => {
    // A: yes 3, no 2; B: yes 2, no 3; they never agree.
    // p_o = 0; p_e = (3·2 + 2·3) / 25 = 12/25 = 0.48; kappa = (0 − 0.48) / (1 − 0.48) = −0.48 / 0.52 = −0.9231
    const result = cohenKappa([
      [0, 3],
      [2, 0],
    ]);
    expect(result.observed).toBe(0);
    expect(result.expected).toBeCloseTo(0.48, 12);
    expect(result.kappa).toBeCloseTo(-0.48 / 0.52, 12);
  });

  test('degenerate: both raters always answer yes, so chance predicts perfect agreement and kappa is undefined (null)', () => {
    // p_o = 6/6 = 1; p_e = (6·6) / 6² = 1; kappa = (1 − 1) / (1 − 1) = 0/0
    expect(
      cohenKappa([
        [6, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toEqual({ observed: 1, expected: 1, kappa: null });
  });

  test('each rater uses one category, a different one: kappa is 0, not undefined', () => {
    // A always yes, B always no: p_o = 0; p_e = 4·0 + 0·4 + 0·0 = 0; kappa = (0 − 0) / (1 − 0) = 0
    expect(
      cohenKappa([
        [0, 4, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toEqual({ observed: 0, expected: 0, kappa: 0 });
  });

  test.each([
    [[]],
    [[[1, 2]]],
    [
      [
        [0, 0],
        [0, 0],
      ],
    ],
  ])('rejects a table that is not square or is empty: %j', (table) => {
    expect(() => cohenKappa(table)).toThrow(RangeError);
  });
});

describe("Fleiss' kappa (rows = papers, columns = how many audits gave each answer)", () => {
  test('three audits per paper, four papers', () => {
    // Per paper, P_i = Σ n_ij (n_ij − 1) / (n (n − 1)) with n = 3, so n (n − 1) = 6:
    //   paper 1: yes 3          → (3·2) / 6       = 1
    //   paper 2: yes 2, no 1    → (2·1 + 1·0) / 6 = 1/3
    //   paper 3: no 3           → (3·2) / 6       = 1
    //   paper 4: yes 1, no 1, na 1 → 0 / 6       = 0
    // observed P̄ = (1 + 1/3 + 1 + 0) / 4 = 7/12 = 0.5833
    // answers: yes 6, no 5, na 1 of 12 → shares 1/2, 5/12, 1/12
    // expected P̄e = (1/2)² + (5/12)² + (1/12)² = 36/144 + 25/144 + 1/144 = 62/144 = 0.4306
    // kappa = (84/144 − 62/144) / (1 − 62/144) = 22/82 = 11/41 = 0.2683
    const result = fleissKappa([
      [3, 0, 0],
      [2, 1, 0],
      [0, 3, 0],
      [1, 1, 1],
    ]);
    expect(result.observed).toBeCloseTo(7 / 12, 12);
    expect(result.expected).toBeCloseTo(62 / 144, 12);
    expect(result.kappa).toBeCloseTo(11 / 41, 12);
  });

  test('papers with different numbers of audits: each paper uses its own n', () => {
    // paper A: 2 audits, yes 2           → P = (2·1) / (2·1)       = 1
    // paper B: 3 audits, yes 1, no 2     → P = (1·0 + 2·1) / (3·2) = 1/3
    // observed P̄ = (1 + 1/3) / 2 = 2/3
    // answers pooled: yes 3, no 2 of 5 → shares 0.6, 0.4; expected = 0.36 + 0.16 = 0.52 = 13/25
    // kappa = (2/3 − 13/25) / (1 − 13/25) = (11/75) / (12/25) = 11/36 = 0.3056
    const result = fleissKappa([
      [2, 0, 0],
      [1, 2, 0],
    ]);
    expect(result.observed).toBeCloseTo(2 / 3, 12);
    expect(result.expected).toBeCloseTo(0.52, 12);
    expect(result.kappa).toBeCloseTo(11 / 36, 12);
  });

  test("Fleiss' own published example (14 raters, 10 subjects, 5 categories) gives 0.210", () => {
    // The table in Fleiss (1971), as reproduced in most textbooks: P̄ = 0.378, P̄e = 0.213, kappa = 0.210.
    const result = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ]);
    expect(result.observed).toBeCloseTo(0.378, 3);
    expect(result.expected).toBeCloseTo(0.213, 3);
    expect(result.kappa).toBeCloseTo(0.21, 3);
  });

  test('degenerate: every audit of every paper says "does not apply", so kappa is undefined (null)', () => {
    // P_i = 1 for each paper, P̄ = 1; shares 0, 0, 1 → P̄e = 1; kappa = 0/0
    expect(
      fleissKappa([
        [0, 0, 3],
        [0, 0, 2],
      ]),
    ).toEqual({ observed: 1, expected: 1, kappa: null });
  });

  test.each([
    [[]],
    [[[1, 0, 0]]],
    [
      [
        [2, 0],
        [1, 1, 0],
      ],
    ],
  ])('rejects no papers, a paper with one audit, or uneven categories: %j', (counts) => {
    expect(() => fleissKappa(counts)).toThrow(RangeError);
  });
});

test.each([
  [-0.1, 'poor'],
  [0, 'slight'],
  [0.2, 'slight'],
  [0.21, 'fair'],
  [0.4, 'fair'],
  [0.41, 'moderate'],
  [0.6, 'moderate'],
  [0.8, 'substantial'],
  [0.81, 'almost perfect'],
  [1, 'almost perfect'],
])("Landis & Koch's word for kappa %d is %s", (kappa, word) => {
  expect(kappaStrength(kappa)).toBe(word);
});
