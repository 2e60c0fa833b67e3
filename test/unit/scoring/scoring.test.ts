import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanSchema } from '../../../src/lib/scan-format/schema.ts';
import { formatCounts, formatPercent, scoreOf, scoreScan } from '../../../src/lib/scoring/scoring.ts';

const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));

describe('scoring the seed scan (CuMo, 2405.05949), worked out by hand', () => {
  const scores = scoreScan(seed);

  // Counted from the file: yes answers among items with applies=true, per category.
  test.each([
    ['artifacts', 2, 4],
    ['statistical_methodology', 1, 5],
    ['evaluation_design', 8, 8],
    ['claims_and_evidence', 3, 4],
    ['setup_transparency', 3, 3],
    ['limitations_and_scope', 0, 3],
    ['data_integrity', 3, 3],
    ['conflicts_of_interest', 1, 4],
    ['contamination', 0, 3],
    ['cost_and_practicality', 0, 2],
  ] as const)('%s is %i/%i', (category, yes, applicable) => {
    expect(scores.categories[category]).toEqual({ yes, applicable, value: yes / applicable });
  });

  test('human_studies, where no item applies, is not applicable rather than 0', () => {
    expect(scores.categories.human_studies).toEqual({ yes: 0, applicable: 0, value: null });
    expect(formatPercent(scores.categories.human_studies)).toBe('n/a');
  });

  test('overall is 21 of 39 applicable items, each weighing the same', () => {
    expect(scores.overall).toEqual({ yes: 21, applicable: 39, value: 21 / 39 });
    expect(formatPercent(scores.overall)).toBe('54%');
    expect(formatCounts(scores.overall)).toBe('21/39');
  });

  test('red flags and claims by support level', () => {
    expect(scores.redFlagCount).toBe(4);
    expect(scores.claimsBySupport).toEqual({ strong: 2, moderate: 2, weak: 0, unsupported: 0 });
  });
});

describe('scoreOf', () => {
  test.each([
    [0, 0, null],
    [0, 3, 0],
    [3, 3, 1],
    [1, 4, 0.25],
  ])('%i/%i → %s', (yes, applicable, value) => {
    expect(scoreOf(yes, applicable).value).toBe(value);
  });
});
