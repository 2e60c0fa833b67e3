import { expect, test } from 'vitest';
import { ITEM_CHARTS, failingPagePath, itemCsvPath, itemEmbedPath, itemSvgPath } from '../../../src/lib/items/item-paths.ts';

test('every file of an item hangs under its page', () => {
  expect(itemCsvPath('artifacts', 'code_released')).toBe('/items/artifacts/code_released/data.csv');
  expect(ITEM_CHARTS.map((chart) => itemSvgPath('artifacts', 'code_released', chart))).toEqual([
    '/items/artifacts/code_released/by-year.svg',
    '/items/artifacts/code_released/by-venue.svg',
  ]);
  expect(ITEM_CHARTS.map((chart) => itemEmbedPath('artifacts', 'code_released', chart))).toEqual([
    '/items/artifacts/code_released/embed/',
    '/items/artifacts/code_released/embed/by-venue/',
  ]);
});

test('page 1 of the failing papers is the item page; later pages are numbered folders', () => {
  expect(failingPagePath('artifacts', 'code_released', 1)).toBe('/items/artifacts/code_released/');
  expect(failingPagePath('artifacts', 'code_released', 3)).toBe('/items/artifacts/code_released/3/');
});
