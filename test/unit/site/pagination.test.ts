import { expect, test } from 'vitest';
import { pageCount, pagePath, pagerItems, pageSlice } from '../../../src/lib/site/pagination.ts';

test.each([
  [0, 1],
  [1, 1],
  [100, 1],
  [101, 2],
  [10_000, 100],
])('%i rows make %i pages of 100', (rows, pages) => {
  expect(pageCount(rows)).toBe(pages);
});

test('pageSlice takes the 1-based page', () => {
  const items = Array.from({ length: 250 }, (_, i) => i);
  expect(pageSlice(items, 1)).toHaveLength(100);
  expect(pageSlice(items, 3)).toEqual(items.slice(200));
  expect(pageSlice(items, 4)).toEqual([]);
});

test.each([
  [1, '/leaderboard/'],
  [2, '/leaderboard/2/'],
  [100, '/leaderboard/100/'],
])('page %i of /leaderboard/ is %s', (page, path) => {
  expect(pagePath('/leaderboard/', page)).toBe(path);
});

test.each([
  [1, 1, [1]],
  [1, 5, [1, 2, 3, 4, 5]],
  [1, 100, [1, 2, 3, 'gap', 100]],
  [50, 100, [1, 'gap', 48, 49, 50, 51, 52, 'gap', 100]],
  [4, 100, [1, 2, 3, 4, 5, 6, 'gap', 100]],
  [5, 100, [1, 2, 3, 4, 5, 6, 7, 'gap', 100]],
  [6, 100, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 100]],
  [100, 100, [1, 'gap', 98, 99, 100]],
])('pager around page %i of %i', (current, total, expected) => {
  expect(pagerItems(current, total)).toEqual(expected);
});
