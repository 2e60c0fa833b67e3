import { describe, expect, test } from 'vitest';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import {
  OTHER_VENUES_KEY,
  computeItemStats,
  findItemStats,
  formatShare,
  share,
  shareSentence,
  venueOrder,
  yearRange,
  type ItemStatsPaper,
} from '../../../src/lib/items/item-stats.ts';
import { fictionalPaper } from './fixtures.ts';

const paper = fictionalPaper;

const papers = [
  paper('9901.00001', 2020, 'NeurIPS', 'yes'),
  paper('9901.00002', 2020, 'NeurIPS', 'no'),
  paper('9901.00003', 2022, 'ICML', 'no'),
  paper('9901.00004', 2022, 'NeurIPS', 'na'),
  paper('9901.00005', 2023, 'ICML', 'yes'),
];
const stats = computeItemStats(papers);
const code = findItemStats(stats, 'artifacts', 'code_released')!;

describe('one item over all papers', () => {
  test('counts yes, no and not applicable; the share is over the papers it applies to', () => {
    expect(code.overall).toEqual({ yes: 2, no: 2, notApplicable: 1 });
    expect(share(code.overall)).toBe(0.5);
    expect(formatShare(code.overall)).toBe('50%');
    expect(shareSentence(code.overall)).toBe('50%: 2 of 4 papers where it applies meet it; it does not apply to 1 paper.');
  });

  test('the failing papers are those answering no, in input order', () => {
    expect(code.failing.map((position) => papers[position]!.id)).toEqual(['9901.00002', '9901.00003']);
  });

  test('every rubric item gets statistics, in rubric order', () => {
    expect(stats.map((entry) => `${entry.category.key}/${entry.item.key}`)).toEqual(allItems().map(({ category, item }) => `${category.key}/${item.key}`));
    const other = findItemStats(stats, 'statistical_methodology', 'variance_reported')!;
    expect(other.overall).toEqual({ yes: 5, no: 0, notApplicable: 0 });
    expect(other.failing).toEqual([]);
    expect(shareSentence(other.overall)).toBe('100%: 5 of 5 papers where it applies meet it; it applies to every audited paper.');
  });

  test('an item that applies to no paper has no share, and says so', () => {
    const none = computeItemStats([paper('9901.00001', 2020, 'X', 'na')]);
    const entry = findItemStats(none, 'artifacts', 'code_released')!;
    expect(share(entry.overall)).toBeNull();
    expect(formatShare(entry.overall)).toBe('n/a');
    expect(shareSentence(entry.overall)).toBe('It applies to none of the audited papers (1 paper).');
  });

  test('no papers: no years, no venues, no shares', () => {
    const empty = computeItemStats([]);
    expect(empty).toHaveLength(allItems().length);
    expect(empty[0]!.byYear).toEqual([]);
    expect(empty[0]!.byVenue).toEqual([]);
    expect(share(empty[0]!.overall)).toBeNull();
  });
});

describe('trend by year', () => {
  test('every year from first to last, a year without papers included with an empty tally', () => {
    expect(code.byYear.map((group) => [group.key, group.tally])).toEqual([
      ['2020', { yes: 1, no: 1, notApplicable: 0 }],
      ['2021', { yes: 0, no: 0, notApplicable: 0 }],
      ['2022', { yes: 0, no: 1, notApplicable: 1 }],
      ['2023', { yes: 1, no: 0, notApplicable: 0 }],
    ]);
  });

  test('yearRange spans the papers, in any order', () => {
    expect(yearRange([{ year: 2019 }, { year: 2016 }, { year: 2017 }])).toEqual([2016, 2017, 2018, 2019]);
    expect(yearRange([])).toEqual([]);
  });

  test('the year tallies add up to the overall tally', () => {
    for (const entry of stats) {
      const sum = entry.byYear.reduce((total, group) => total + group.tally.yes + group.tally.no + group.tally.notApplicable, 0);
      expect(sum).toBe(papers.length);
    }
  });
});

describe('breakdown by venue', () => {
  test('venues by number of papers, then by name', () => {
    expect(venueOrder(papers)).toEqual(['NeurIPS', 'ICML']);
    expect(venueOrder([{ venue: 'b' }, { venue: 'a' }, { venue: 'c' }, { venue: 'c' }])).toEqual(['c', 'a', 'b']);
    expect(code.byVenue.map((group) => [group.label, group.tally])).toEqual([
      ['NeurIPS', { yes: 1, no: 1, notApplicable: 1 }],
      ['ICML', { yes: 1, no: 1, notApplicable: 0 }],
    ]);
  });

  test('past the limit, the smaller venues merge into one group that says how many it holds', () => {
    const many = ['A', 'A', 'A', 'B', 'B', 'C', 'D', 'E'].map((venue, i) => paper(`9901.0000${i}`, 2020, venue, i % 2 === 0 ? 'yes' : 'no'));
    const entry = findItemStats(computeItemStats(many, { maxVenues: 2 }), 'artifacts', 'code_released')!;
    expect(entry.byVenue.map((group) => [group.key, group.label, group.tally.yes + group.tally.no])).toEqual([
      ['A', 'A', 3],
      ['B', 'B', 2],
      [OTHER_VENUES_KEY, 'Other venues (3)', 3],
    ]);
  });

  test('one venue over the limit is shown rather than merged alone', () => {
    const three = ['A', 'B', 'C'].map((venue, i) => paper(`9901.0000${i}`, 2020, venue, 'yes'));
    const entry = computeItemStats(three, { maxVenues: 2 })[0]!;
    expect(entry.byVenue.map((group) => group.label)).toEqual(['A', 'B', 'C']);
  });

  test('a venue named like the merged group is still its own venue', () => {
    const tricky = [paper('9901.00001', 2020, OTHER_VENUES_KEY, 'yes'), paper('9901.00002', 2020, 'A', 'no')];
    const entry = findItemStats(computeItemStats(tricky), 'artifacts', 'code_released')!;
    expect(entry.byVenue.map((group) => [group.label, group.tally.yes])).toEqual([
      [OTHER_VENUES_KEY, 1],
      ['A', 0],
    ]);
  });
});

test('one pass: each paper’s answers are read once per item, whatever the number of papers', () => {
  let reads = 0;
  const counted = (source: ItemStatsPaper): ItemStatsPaper => ({
    ...source,
    checklist: new Proxy(source.checklist, {
      get(target, key) {
        reads += 1;
        return target[key as string];
      },
    }),
  });
  const many = Array.from({ length: 300 }, (_, i) =>
    counted(paper(`9901.${String(i).padStart(5, '0')}`, 2010 + (i % 15), `V${i % 30}`, i % 3 === 0 ? 'no' : 'yes')),
  );
  const result = computeItemStats(many);
  expect(reads).toBe(many.length * allItems().length);
  expect(findItemStats(result, 'artifacts', 'code_released')!.failing).toHaveLength(100);
});
