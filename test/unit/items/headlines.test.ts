import { expect, test } from 'vitest';
import { computeItemStats } from '../../../src/lib/items/item-stats.ts';
import { headlineItemFigures } from '../../../src/lib/items/headlines.ts';
import { fictionalPaper } from './fixtures.ts';

// Four papers: code released by 1 of 4 (25%); error bars by 0 of 1, applying to one paper only;
// variance by 2 of 4 (50%); every other item by all.
const papers = [0, 1, 2, 3].map((i) =>
  fictionalPaper(`9901.0000${i}`, 2020, 'NeurIPS', i === 0 ? 'yes' : 'no', 'yes', {
    'statistical_methodology/confidence_intervals_or_error_bars': i === 0 ? 'no' : 'na',
    'statistical_methodology/variance_reported': i < 2 ? 'yes' : 'no',
  }),
);
const stats = computeItemStats(papers);

test('the items met least often come first, each with its counts, sentence and link', () => {
  expect(headlineItemFigures(stats, 2)).toEqual([
    {
      categoryKey: 'artifacts',
      itemKey: 'code_released',
      percent: '25%',
      counts: '1 of 4 papers',
      phrase: 'of the audited papers it applies to meet “Code released”',
      text: '25% of the audited papers it applies to meet “Code released”',
      path: '/items/artifacts/code_released/',
    },
    expect.objectContaining({ itemKey: 'variance_reported', percent: '50%' }),
  ]);
});

test('an item applying to fewer than half of the papers is never a headline, however low its share', () => {
  expect(headlineItemFigures(stats, 50).map((figure) => figure.itemKey)).not.toContain('confidence_intervals_or_error_bars');
  expect(headlineItemFigures(stats, 1, { minApplicableShare: 0 })[0]!.itemKey).toBe('confidence_intervals_or_error_bars');
});

test('ties keep rubric order, and n caps the list', () => {
  const figures = headlineItemFigures(stats, 5);
  expect(figures).toHaveLength(5);
  // After the two lowest, every item is at 100%: rubric order decides.
  expect(figures.slice(2).map((figure) => figure.itemKey)).toEqual(['data_released', 'environment_specified', 'reproduction_instructions']);
  expect(headlineItemFigures(stats, 0)).toEqual([]);
});

test('no papers, no headlines', () => {
  expect(headlineItemFigures(computeItemStats([]), 3)).toEqual([]);
});
