import { expect, test } from 'vitest';
import { HOME_LIST_SIZES, homeFigures } from '../../../src/build-model/home.ts';
import { leaderboard } from '../../../src/build-model/rankings.ts';
import { formatRank, rankBy, sharedRanks } from '../../../src/lib/scoring/ranking.ts';
import { medianOverall } from '../../../src/lib/scoring/home-stats.ts';
import { syntheticRecords } from '../../helpers/build-model.ts';

const records = syntheticRecords(80);
const { rows } = leaderboard(records);
const figures = homeFigures({ records, rows, addedOn: () => undefined, base: '/glassbox/' });

test('the top ten is the leaderboard ranking: same papers, ranks and shared marks as ranking the scans', () => {
  const ranked = rankBy(
    records,
    (record) => record.scores.overall,
    (record) => record.id,
  );
  const shared = sharedRanks(ranked);
  expect(figures.top.map((paper) => [paper.href, paper.rank, paper.score, paper.flags])).toEqual(
    ranked
      .slice(0, HOME_LIST_SIZES.top)
      .map(({ item, rank }) => [
        `/glassbox/papers/${item.id}/`,
        formatRank(rank, rank !== null && shared.has(rank)),
        item.scores.overall,
        item.scores.redFlagCount,
      ]),
  );
});

test('headline numbers', () => {
  expect(figures.paperCount).toBe(80);
  expect(figures.flagCount).toBe(records.reduce((sum, record) => sum + record.scan.red_flags.length, 0));
  expect(figures.median).toBe(`${Math.round(medianOverall(records)! * 100)}%`);
  expect(homeFigures({ records: [], rows: [], addedOn: () => undefined, base: '/' })).toMatchObject({
    paperCount: 0,
    median: 'n/a',
    flagCount: 0,
    top: [],
    newest: [],
  });
});

test('failed items link to the methodology under the base path', () => {
  expect(figures.failedItems.length).toBeGreaterThan(0);
  expect(figures.failedItems.length).toBeLessThanOrEqual(HOME_LIST_SIZES.failedItems);
  for (const item of figures.failedItems) {
    expect(item.href).toMatch(/^\/glassbox\/methodology\/#[a-z_]+-[a-z_]+$/);
    expect(item.failed).toBeLessThanOrEqual(item.applicable);
  }
});

test('the newest audits are those added last', () => {
  const added = new Map(records.map((record, i) => [record.id, `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`]));
  const { newest } = homeFigures({ records, rows, addedOn: (record) => added.get(record.id), base: '/' });
  expect(newest).toHaveLength(HOME_LIST_SIZES.newest);
  expect(newest.map((audit) => audit.added)).toEqual([...added.values()].sort().reverse().slice(0, HOME_LIST_SIZES.newest));
  const first = records.find((record) => `/papers/${record.id}/` === newest[0]!.href)!;
  expect(newest[0]).toMatchObject({ title: first.scan.paper.title, firstAuthor: first.scan.paper.authors[0], etAl: first.scan.paper.authors.length > 1 });
});
