import { expect, test } from 'vitest';
import { categoryRanking, leaderboard } from '../../../src/build-model/rankings.ts';
import { CATEGORY_KEYS } from '../../../src/lib/scan-format/rubric.ts';
import { rankBy } from '../../../src/lib/scoring/ranking.ts';
import { syntheticRecords } from '../../helpers/build-model.ts';

const records = syntheticRecords(120);

test('the leaderboard ranks every paper by overall score, with the tie rule', () => {
  const { rows, options } = leaderboard(records);
  const expected = rankBy(
    records,
    (record) => record.scores.overall,
    (record) => record.id,
  );
  expect(rows.map((row) => [row.id, row.rank])).toEqual(expected.map(({ item, rank }) => [item.id, rank]));
  expect(rows.every((row) => row.scores.length === CATEGORY_KEYS.length + 1)).toBe(true);
  expect(options.venues).toEqual([...new Set(records.map((record) => record.scan.paper.venue))].sort(new Intl.Collator('en').compare));
  expect(options.years).toEqual([...new Set(records.map((record) => record.scan.paper.year))].sort((a, b) => b - a));
});

test('a shared rank is marked on every row that holds it', () => {
  const { rows } = leaderboard(records);
  const counts = new Map<number, number>();
  for (const row of rows) if (row.rank !== null) counts.set(row.rank, (counts.get(row.rank) ?? 0) + 1);
  for (const row of rows) expect(row.shared).toBe(row.rank !== null && counts.get(row.rank)! > 1);
  expect(rows.some((row) => row.shared)).toBe(true);
});

test.each(['human_studies', 'artifacts'] as const)('the %s ranking ranks papers where it applies and lists the rest last, unranked', (category) => {
  const ranking = categoryRanking(records, category);
  const applicable = records.filter((record) => record.scores.categories[category].applicable > 0).length;
  expect(ranking.entries).toHaveLength(records.length);
  expect(ranking.rankedCount).toBe(applicable);
  expect(ranking.entries.slice(applicable).every((entry) => entry.rank === null)).toBe(true);
  expect([...ranking.shared].every((rank) => ranking.entries.filter((entry) => entry.rank === rank).length > 1)).toBe(true);
});
