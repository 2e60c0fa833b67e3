/**
 * Item states and scores under a changed rubric, with the test-only version 2
 * (test/helpers/test-rubric.ts): it adds `artifacts/licence_stated` and a category
 * `synthetic_category`, and drops `evaluation_design/negative_results_reported`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';
import { itemStates, notAssessedLabel } from '../../../src/lib/scoring/item-states.ts';
import { categoryScore, scoreScan, scoreScanUnder } from '../../../src/lib/scoring/scoring.ts';
import { testRubricVersions } from '../../helpers/test-rubric.ts';

const VERSIONS = testRubricVersions();
const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));

describe('itemStates', () => {
  test('under the published rubric every item of the seed is answered: 21 yes, 18 no, 11 not applicable', () => {
    const states = itemStates(seed);
    expect(states).toHaveLength(50);
    const count = (state: string) => states.filter((entry) => entry.state === state).length;
    expect([count('yes'), count('no'), count('not_applicable'), count('not_assessed')]).toEqual([21, 18, 11, 0]);
  });

  test('each state carries the answer it comes from', () => {
    const [first] = itemStates(seed);
    expect(first).toMatchObject({
      category: { key: 'artifacts' },
      item: { key: 'code_released' },
      state: 'yes',
      answer: seed.checklist.artifacts!.code_released,
    });
  });

  describe('a version-1 scan once version 2 is current', () => {
    const states = itemStates(seed, VERSIONS);
    const refs = (state: string) => states.filter((entry) => entry.state === state).map((entry) => `${entry.category.key}/${entry.item.key}`);

    test('lists the current items only: the dropped item is gone, the added ones are there', () => {
      expect(states).toHaveLength(51);
      expect(states.some((entry) => entry.item.key === 'negative_results_reported')).toBe(false);
    });

    test('items added since are "not assessed under rubric v1", never "no"', () => {
      expect(refs('not_assessed')).toEqual(['artifacts/licence_stated', 'synthetic_category/synthetic_item']);
      expect(
        states.filter((entry) => entry.state === 'not_assessed').map((entry) => 'rubricVersion' in entry && notAssessedLabel(entry.rubricVersion)),
      ).toEqual(['not assessed under rubric v1', 'not assessed under rubric v1']);
    });

    test('an item kept (even reworded) keeps its answer', () => {
      expect(states.find((entry) => entry.item.key === 'code_released')).toMatchObject({
        state: 'yes',
        item: { question: expect.stringContaining('Synthetic rewording') },
      });
    });
  });
});

describe('scores under a changed rubric', () => {
  test('the seed, worked by hand: 21/39 under version 1; 20/38 once version 2 drops an item it met', () => {
    // evaluation_design is 8/8 in the seed; version 2 drops negative_results_reported (a yes),
    // so it becomes 7/7 and the overall score loses one yes and one applicable item.
    expect(scoreScan(seed).overall).toEqual({ yes: 21, applicable: 39, value: 21 / 39 });
    const scores = scoreScanUnder(seed, VERSIONS);
    expect(scores.overall).toEqual({ yes: 20, applicable: 38, value: 20 / 38 });
    expect(scores.categories.evaluation_design).toEqual({ yes: 7, applicable: 7, value: 1 });
  });

  test('added items count neither for nor against: artifacts stays 2/4, the new category is 0/0 (no score)', () => {
    const scores = scoreScanUnder(seed, VERSIONS);
    expect(scores.categories.artifacts).toEqual({ yes: 2, applicable: 4, value: 0.5 });
    expect((scores.categories as Record<string, unknown>).synthetic_category).toEqual({ yes: 0, applicable: 0, value: null });
    expect(categoryScore(seed, 'artifacts', VERSIONS)).toEqual({ yes: 2, applicable: 4, value: 0.5 });
  });

  test('a version-2 scan is scored on all of version 2, its new answers included', () => {
    const scan = structuredClone(seed) as Scan;
    scan.rubric_version = 2;
    scan.checklist.artifacts!.licence_stated = { applies: true, answer: false, justification: 'Synthetic.' };
    scan.checklist.synthetic_category = { synthetic_item: { applies: true, answer: true, justification: 'Synthetic.' } };
    delete scan.checklist.evaluation_design!.negative_results_reported;
    const scores = scoreScanUnder(scan, VERSIONS);
    expect(scores.categories.artifacts).toEqual({ yes: 2, applicable: 5, value: 0.4 });
    expect(scores.overall).toEqual({ yes: 21, applicable: 40, value: 21 / 40 });
  });
});
