import { describe, expect, test } from 'vitest';
import { RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../../src/lib/scan-format/schema.ts';
import { scoreOf } from '../../../src/lib/scoring/scoring.ts';
import { flagKey, medianOverall, mostCommonFlags, mostFailedItems, newestAudits, type StatsInput } from '../../../src/lib/scoring/home-stats.ts';

/** A fictional record; every rubric item passes unless listed in `failed` or `notApplicable`. */
function record(id: string, options: { value?: number | null; year?: number; flags?: string[]; failed?: string[]; notApplicable?: string[] } = {}): StatsInput {
  const checklist = Object.fromEntries(
    RUBRIC.map((category) => [
      category.key,
      Object.fromEntries(
        category.items.map((item) => {
          const key = `${category.key}.${item.key}`;
          const applies = !options.notApplicable?.includes(key);
          return [item.key, { applies, answer: applies && !options.failed?.includes(key), justification: 'Synthetic.' }];
        }),
      ),
    ]),
  ) as Scan['checklist'];
  const value = options.value === undefined ? 0.5 : options.value;
  return {
    id,
    scan: {
      paper: { title: `Synthetic paper ${id}`, authors: ['A. Author'], year: options.year ?? 2020, venue: 'arXiv' },
      checklist,
      red_flags: (options.flags ?? []).map((flag) => ({ flag, detail: 'Synthetic.' })),
    },
    scores: { overall: value === null ? scoreOf(0, 0) : { yes: value * 10, applicable: 10, value } },
  };
}

describe('medianOverall', () => {
  test.each([
    ['no papers', [], null],
    ['only not-applicable papers', [null], null],
    ['odd count', [0.2, 0.9, 0.5], 0.5],
    ['even count averages the middle two', [0.2, 0.4, 0.6, 0.9], 0.5],
    ['not-applicable papers are left out', [0.3, null, 0.7], 0.5],
  ] as const)('%s', (_name, values, expected) => {
    expect(medianOverall(values.map((value, index) => record(`9901.0000${index}`, { value })))).toBe(expected);
  });
});

describe('mostCommonFlags', () => {
  const records = [
    record('9901.00002', { flags: ['no error bars', 'Test set reused'] }),
    record('9901.00001', { flags: ['No error bars.', 'No error bars'] }),
    record('9901.00003', { flags: ['Test set reused', 'Code missing'] }),
    record('9901.00004', { flags: ['Code missing'] }),
  ];

  test('counts papers per normalised flag, ties alphabetical, wording of the first paper by id', () => {
    expect(mostCommonFlags(records, 10)).toEqual([
      { flag: 'Code missing', papers: 2 },
      { flag: 'No error bars.', papers: 2 },
      { flag: 'Test set reused', papers: 2 },
    ]);
  });

  test('limit cuts the list', () => {
    expect(mostCommonFlags(records, 1)).toHaveLength(1);
  });

  test.each([
    ['  No   error bars. ', 'no error bars'],
    ['Code missing', 'code missing'],
  ])('flagKey(%j) → %j', (flag, key) => {
    expect(flagKey(flag)).toBe(key);
  });
});

describe('mostFailedItems', () => {
  test('counts failures among applicable answers; ties in rubric order; never-failed items left out', () => {
    const records = [
      record('9901.00001', { failed: ['contamination.training_cutoff_stated', 'artifacts.data_released'] }),
      record('9901.00002', { failed: ['contamination.training_cutoff_stated', 'artifacts.code_released'] }),
      record('9901.00003', { notApplicable: ['contamination.training_cutoff_stated'] }),
    ];
    const result = mostFailedItems(records, 10).map(({ category, item, failed, applicable }) => [`${category.key}.${item.key}`, failed, applicable]);
    expect(result).toEqual([
      ['contamination.training_cutoff_stated', 2, 2],
      ['artifacts.code_released', 1, 3],
      ['artifacts.data_released', 1, 3],
    ]);
  });
});

describe('newestAudits', () => {
  const records = [
    record('9901.00001', { year: 2020 }),
    record('9901.00002', { year: 2020 }),
    record('9901.00003', { year: 2019 }),
    record('9901.00004', { year: 2018 }),
    record('9901.00005', { year: 2018 }),
  ];
  const added: Record<string, string> = {
    '9901.00004': '2026-01-02T10:00:00+00:00',
    '9901.00005': '2026-01-02T11:00:00+02:00',
    '9901.00003': '2025-12-31T23:00:00-05:00',
  };

  test('newest commit first (time zones respected), ties by id, undated after by year then higher id', () => {
    const result = newestAudits(records, 10, (r) => added[r.id]).map((audit) => [audit.record.id, audit.added]);
    expect(result).toEqual([
      ['9901.00004', '2026-01-02T10:00:00+00:00'],
      ['9901.00005', '2026-01-02T11:00:00+02:00'],
      ['9901.00003', '2025-12-31T23:00:00-05:00'],
      ['9901.00002', undefined],
      ['9901.00001', undefined],
    ]);
  });

  test('equal instants are ordered by id', () => {
    const same = newestAudits(records.slice(3), 10, (r) => (r.id === '9901.00004' ? '2026-01-02T10:00:00Z' : '2026-01-02T12:00:00+02:00'));
    expect(same.map((audit) => audit.record.id)).toEqual(['9901.00004', '9901.00005']);
  });

  test('limit cuts the list', () => {
    expect(newestAudits(records, 2, () => undefined)).toHaveLength(2);
  });
});
