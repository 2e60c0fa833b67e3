import { expect, test } from 'vitest';
import { HEATMAP_EXTREMES, categoryItemMatrix, heatmapFigures } from '../../../src/build-model/heatmaps.ts';
import { categoryRanking, leaderboard } from '../../../src/build-model/rankings.ts';
import { aggregateMatrix } from '../../../src/lib/charts/heatmap-layout.ts';
import { RUBRIC, getCategory } from '../../../src/lib/scan-format/rubric.ts';
import { syntheticRecords } from '../../helpers/build-model.ts';

test('aggregates are summed in id order whatever the rank order, so means are the same on every build', () => {
  const records = syntheticRecords(90);
  const board = leaderboard(records);
  const figures = heatmapFigures(board, '/');
  const columns = figures.byVenue.columns.map((column, i) => ({ key: i === 0 ? 'overall' : RUBRIC[i - 1]!.key, label: column.label, href: column.href }));
  const byId = new Map(board.rows.map((row) => [row.id, row]));
  // The page's former way: records in id order, each joined to its row.
  const expected = aggregateMatrix(
    records.map((record) => ({
      group: record.scan.paper.venue,
      scores: Object.fromEntries(columns.map((column, i) => [column.key, byId.get(record.id)!.scores[i]!])),
    })),
    columns,
    board.options.venues,
    'Venue',
  );
  expect(figures.byVenue).toEqual(expected);
  expect(figures.byYear.rows.map((row) => row.label.split(' ')[0])).toEqual([...board.options.years].reverse().map(String));
});

test('beyond twice the extremes, the top and bottom of the ranking are shown apart', () => {
  const board = leaderboard(syntheticRecords(HEATMAP_EXTREMES * 2 + 10));
  const figures = heatmapFigures(board, '/glassbox/');
  const ranked = board.rows.filter((row) => row.rank !== null);
  expect(figures.showAll).toBe(false);
  expect(figures.rankedCount).toBe(ranked.length);
  expect(figures.top.rows.map((row) => row.href)).toEqual(ranked.slice(0, HEATMAP_EXTREMES).map((row) => `/glassbox/papers/${row.id}/`));
  expect(figures.bottom!.rows).toHaveLength(HEATMAP_EXTREMES);
  expect(figures.byVenue.columns[0]!.href).toBe('/glassbox/leaderboard/');
});

test('up to twice the extremes, every ranked paper is shown once', () => {
  const board = leaderboard(syntheticRecords(HEATMAP_EXTREMES));
  const figures = heatmapFigures(board, '/');
  expect(figures.showAll).toBe(true);
  expect(figures.bottom).toBeUndefined();
  expect(figures.top.rows).toHaveLength(figures.rankedCount);
});

test("a category's matrix has a row per paper and a column per item, linking into the audit", () => {
  const records = syntheticRecords(12);
  const category = getCategory('artifacts');
  const entries = categoryRanking(records, 'artifacts').entries.slice(0, 5);
  const matrix = categoryItemMatrix(category, entries, '/glassbox/');
  expect(matrix.rows.map((row) => row.href)).toEqual(entries.map(({ item }) => `/glassbox/papers/${item.id}/#artifacts`));
  expect(matrix.columns.map((column) => column.label)).toEqual(category.items.map((item) => item.label));
  expect(matrix.cells).toHaveLength(entries.length * category.items.length);
});
