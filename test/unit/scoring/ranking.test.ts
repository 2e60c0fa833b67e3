import { describe, expect, test } from 'vitest';
import { compareScore, compareValue, formatRank, rankBy, rankedShareText, sharedRanks, type Counts } from '../../../src/lib/scoring/ranking.ts';

interface Paper {
  id: string;
  score: Counts;
}
const paper = (id: string, yes: number, applicable: number): Paper => ({ id, score: { yes, applicable } });
const rank = (papers: Paper[]) =>
  rankBy(
    papers,
    (p) => p.score,
    (p) => p.id,
  ).map(({ item, rank }) => [item.id, rank]);

describe('compareValue', () => {
  test.each([
    ['1/3 equals 2/6 exactly (no float rounding)', { yes: 1, applicable: 3 }, { yes: 2, applicable: 6 }, 0],
    ['higher value first', { yes: 3, applicable: 4 }, { yes: 1, applicable: 2 }, -1],
    ['lower value after', { yes: 0, applicable: 5 }, { yes: 1, applicable: 5 }, 1],
    ['n/a after a zero score', { yes: 0, applicable: 0 }, { yes: 0, applicable: 3 }, 1],
    ['two n/a are equal', { yes: 0, applicable: 0 }, { yes: 0, applicable: 0 }, 0],
  ])('%s', (_, a, b, sign) => {
    expect(Math.sign(compareValue(a, b))).toBe(sign);
  });

  test('compareScore breaks an equal value by more applicable items', () => {
    expect(compareScore({ yes: 2, applicable: 4 }, { yes: 1, applicable: 2 })).toBeLessThan(0);
    expect(compareScore({ yes: 1, applicable: 2 }, { yes: 2, applicable: 4 })).toBeGreaterThan(0);
  });
});

describe('rankBy: competition ranking with the stated tie rule', () => {
  test.each([
    [
      'no ties',
      [paper('a', 1, 2), paper('b', 3, 4), paper('c', 0, 4)],
      [
        ['b', 1],
        ['a', 2],
        ['c', 3],
      ],
    ],
    [
      'equal values share a rank; the next rank skips',
      [paper('a', 1, 2), paper('b', 3, 4), paper('c', 2, 4), paper('d', 0, 1)],
      [
        ['b', 1],
        ['c', 2],
        ['a', 2],
        ['d', 4],
      ],
    ],
    [
      'within a tie, more applicable items first, then id',
      [paper('z', 1, 2), paper('y', 2, 4), paper('x', 1, 2)],
      [
        ['y', 1],
        ['x', 1],
        ['z', 1],
      ],
    ],
    [
      'n/a is listed last without a rank, not as zero',
      [paper('a', 0, 0), paper('b', 0, 3)],
      [
        ['b', 1],
        ['a', null],
      ],
    ],
    ['empty input', [], []],
  ] as const)('%s', (_, papers, expected) => {
    expect(rank([...papers])).toEqual(expected);
  });

  test('the result does not depend on input order', () => {
    const papers = [paper('a', 1, 2), paper('b', 2, 4), paper('c', 1, 3), paper('d', 0, 0), paper('e', 3, 3)];
    expect(rank([...papers].reverse())).toEqual(rank(papers));
  });

  test('sharedRanks and formatRank mark shared ranks with "="', () => {
    const ranked = rankBy(
      [paper('a', 1, 2), paper('b', 2, 4), paper('c', 1, 4), paper('d', 0, 0)],
      (p) => p.score,
      (p) => p.id,
    );
    const shared = sharedRanks(ranked);
    expect([...shared]).toEqual([1]);
    expect(ranked.map(({ rank }) => formatRank(rank, rank !== null && shared.has(rank)))).toEqual(['=1', '=1', '3', 'n/a']);
  });
});

describe('rankedShareText', () => {
  test.each([
    [1, 1, 'The paper is ranked.'],
    [14, 14, 'All 14 papers are ranked.'],
    [0, 1, 'None of these items apply to the paper, so it is listed as n/a rather than scored 0.'],
    [0, 10000, 'None of these items apply to any of the 10,000 papers, so they are listed as n/a rather than scored 0.'],
    [1, 2, '1 of 2 papers is ranked; in the other 1 paper none of these items apply, so it is listed last as n/a rather than scored 0.'],
    [
      7000,
      10000,
      '7,000 of 10,000 papers are ranked; in the other 3,000 papers none of these items apply, so they are listed last as n/a rather than scored 0.',
    ],
  ])('%d ranked of %d', (ranked, total, text) => expect(rankedShareText(ranked, total)).toBe(text));
});
