import { describe, expect, test } from 'vitest';
import {
  applyView,
  buildRows,
  collationOrder,
  decodeRows,
  encodeRows,
  filterOptions,
  filterRows,
  normaliseText,
  percentText,
  sortRows,
  type LeaderboardRow,
  type RowSource,
} from '../../../src/lib/scoring/leaderboard-filters.ts';
import { DEFAULT_VIEW } from '../../../src/lib/scoring/view-state.ts';

const CATEGORIES = ['alpha', 'beta'];
const COLUMNS = ['overall', ...CATEGORIES];

function source(
  id: string,
  title: string,
  year: number,
  venue: string,
  tags: string[],
  alpha: [number, number],
  beta: [number, number],
  flags = 0,
  made: Pick<RowSource['scan'], 'provenance' | 'rubric_version'> = {},
): RowSource {
  const score = ([yes, applicable]: [number, number]) => ({ yes, applicable, value: applicable ? yes / applicable : null });
  return {
    id,
    scan: { paper: { title, year, venue }, methodology_tags: tags, ...made },
    scores: { overall: score([alpha[0] + beta[0], alpha[1] + beta[1]]), categories: { alpha: score(alpha), beta: score(beta) } as never, redFlagCount: flags },
  };
}

// Overall: p1 3/4, p2 3/4 (tie, fewer... same applicable → id), p3 1/4, p4 n/a, p5 2/2.
const SOURCES = [
  source('9901.00003', 'Synthetic paper 00003: probing imaginary agents', 2021, 'ICML', ['theory'], [1, 2], [0, 2], 4, { provenance: { method: 'automated' } }),
  source('9901.00001', 'Synthetic paper 00001: Über scaling', 2019, 'NeurIPS', ['benchmark-eval', 'rlhf'], [2, 2], [1, 2], 1, {
    provenance: { method: 'automated_then_reviewed' },
    rubric_version: 2,
  }),
  {
    ...source('9901.00002', 'Synthetic paper 00002: aligning <b>invented</b> encoders', 2021, 'arXiv', ['benchmark-eval'], [1, 2], [2, 2], 0, {
      provenance: { method: 'human' },
      rubric_version: 2,
    }),
    disputed: true,
  },
  source('9901.00004', 'Synthetic paper 00004: nothing applies', 2020, 'ICML', [], [0, 0], [0, 0], 2),
  source('9901.00005', 'Synthetic paper 00005: small but perfect', 2019, 'TMLR', ['theory'], [2, 2], [0, 0], 0),
];
// Version 2 is current here: scans naming no version answered version 1, an older one.
const rows = buildRows(SOURCES, CATEGORIES, 2);
const ids = (list: LeaderboardRow[]) => list.map((row) => row.id.slice(-1));

describe('buildRows', () => {
  test('rank order with shared ranks and n/a last', () => {
    expect(rows.map((row) => [row.id.slice(-1), row.rank, row.shared])).toEqual([
      ['5', 1, false],
      ['1', 2, true],
      ['2', 2, true],
      ['3', 4, false],
      ['4', null, false],
    ]);
  });

  test('scores follow the column order: overall, then categories', () => {
    expect(rows[1]!.scores).toEqual([
      { yes: 3, applicable: 4 },
      { yes: 2, applicable: 2 },
      { yes: 1, applicable: 2 },
    ]);
  });
});

describe('columnar JSON', () => {
  const data = encodeRows(rows, CATEGORIES, 2);

  test('round-trips exactly', () => {
    expect(decodeRows(JSON.parse(JSON.stringify(data)))).toEqual(rows);
  });

  test('repeated venues and tags are stored once and referenced by index', () => {
    expect(data.venues).toEqual(['ICML', 'NeurIPS', 'TMLR', 'arXiv']);
    expect(data.tags).toEqual(['benchmark-eval', 'rlhf', 'theory']);
    expect(data.columns).toEqual(COLUMNS);
  });
});

describe('filterRows', () => {
  test.each([
    ['no filter', {}, ['5', '1', '2', '3', '4']],
    ['year', { year: 2019 }, ['5', '1']],
    ['venue', { venue: 'ICML' }, ['3', '4']],
    ['tag', { tag: 'theory' }, ['5', '3']],
    ['year and venue together', { year: 2021, venue: 'ICML' }, ['3']],
    ['text in the title, any case', { q: 'PROBING' }, ['3']],
    ['text without accents matches accented titles', { q: 'uber' }, ['1']],
    ['every word must match somewhere (title, id, venue or tags)', { q: 'synthetic rlhf' }, ['1']],
    ['text matches ids', { q: '9901.00004' }, ['4']],
    ['markup is matched as plain text', { q: '<b>invented' }, ['2']],
    ['nothing matches', { q: 'zzz' }, []],
  ])('%s', (_, filter, expected) => {
    expect(ids(filterRows(rows, filter))).toEqual(expected);
  });

  test('normaliseText folds case and accents', () => {
    expect(normaliseText('Ünïcödé')).toBe('unicode');
  });
});

describe('sortRows', () => {
  test.each([
    ['rank asc is the rank order', 'rank', 'asc', ['5', '1', '2', '3', '4']],
    ['rank desc reverses, n/a still last', 'rank', 'desc', ['3', '2', '1', '5', '4']],
    ['overall desc: best first, ties in rank order, n/a last', 'overall', 'desc', ['5', '1', '2', '3', '4']],
    ['overall asc: worst first, ties still in rank order, n/a last', 'overall', 'asc', ['3', '1', '2', '5', '4']],
    ['category desc; n/a (5 has no beta) last', 'beta', 'desc', ['2', '1', '3', '5', '4']],
    ['category asc', 'beta', 'asc', ['3', '1', '2', '5', '4']],
    ['title asc', 'title', 'asc', ['1', '2', '3', '4', '5']],
    ['year desc, ties in rank order', 'year', 'desc', ['2', '3', '4', '5', '1']],
    ['year asc, ties in rank order', 'year', 'asc', ['5', '1', '4', '2', '3']],
    ['flags desc', 'flags', 'desc', ['3', '4', '1', '5', '2']],
    ['venue asc (case-aware collation)', 'venue', 'asc', ['2', '3', '4', '1', '5']],
  ] as const)('%s', (_, key, dir, expected) => {
    expect(ids(sortRows(rows, key, dir, COLUMNS))).toEqual(expected);
  });

  test('does not change its input', () => {
    const before = ids(rows);
    sortRows(rows, 'title', 'desc', COLUMNS);
    expect(ids(rows)).toEqual(before);
  });

  test('applyView filters then sorts', () => {
    expect(ids(applyView(rows, { ...DEFAULT_VIEW, sort: 'year', dir: 'asc', tag: 'theory' }, COLUMNS))).toEqual(['5', '3']);
  });
});

test.each([
  [{ yes: 3, applicable: 4 }, '75%'],
  [{ yes: 1, applicable: 3 }, '33%'],
  [{ yes: 0, applicable: 2 }, '0%'],
  [{ yes: 0, applicable: 0 }, 'n/a'],
])('percentText(%j) is %s', (counts, expected) => {
  expect(percentText(counts)).toBe(expected);
});

test('collationOrder ranks text as a reader sorts it (case and accents second), equal texts sharing a position', () => {
  expect(collationOrder(['beta', 'Alpha', 'alpha', 'beta', 'Über', 'uber'])).toEqual([2, 1, 0, 2, 4, 3]);
});

test('sorting 10,000 synthetic rows by every column agrees with a plain comparator sort', () => {
  const many = buildRows(
    Array.from({ length: 10_000 }, (_, i) =>
      source(
        `9901.${String(i).padStart(5, '0')}`,
        `Synthetic paper ${(i * 7919) % 10_000}`,
        2015 + (i % 11),
        ['ICML', 'arXiv', 'TMLR'][i % 3]!,
        [],
        [i % 3, (i * 13) % 4],
        [(i * 5) % 3, i % 4],
        i % 7,
      ),
    ),
    CATEGORIES,
    1,
  );
  const reference = (key: string, dir: 'asc' | 'desc') => {
    const sign = dir === 'asc' ? 1 : -1;
    const value = (row: LeaderboardRow): [number, number] | null => {
      const column = COLUMNS.indexOf(key);
      if (column >= 0)
        return row.scores[column]!.applicable ? [row.scores[column]!.yes / row.scores[column]!.applicable, row.scores[column]!.applicable] : null;
      if (key === 'year') return [row.year, 0];
      if (key === 'flags') return [row.flags, 0];
      return row.rank === null ? null : [row.position, 0];
    };
    return [...many].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (!va || !vb) return Number(!va) - Number(!vb);
      return sign * (va[0] - vb[0]) || sign * (va[1] - vb[1]) || a.position - b.position;
    });
  };
  for (const key of ['rank', 'overall', 'alpha', 'beta', 'year', 'flags'])
    for (const dir of ['asc', 'desc'] as const)
      expect(
        sortRows(many, key, dir, COLUMNS).map((row) => row.id),
        `${key} ${dir}`,
      ).toEqual(reference(key, dir).map((row) => row.id));
  const byTitle = sortRows(many, 'title', 'asc', COLUMNS).map((row) => row.title);
  expect(byTitle).toEqual([...byTitle].sort(new Intl.Collator('en').compare));
});

test('filterOptions: years newest first, venues and tags in reading order, each once', () => {
  expect(filterOptions(rows)).toEqual({ years: [2021, 2020, 2019], venues: ['arXiv', 'ICML', 'NeurIPS', 'TMLR'], tags: ['benchmark-eval', 'rlhf', 'theory'] });
});

describe('disputed audits', () => {
  test('a row is disputed only when its source says so', () => {
    expect(rows.filter((row) => row.disputed).map((row) => row.id)).toEqual(['9901.00002']);
  });

  test('the disputed filter keeps only them, alongside the other filters', () => {
    expect(ids(filterRows(rows, { disputed: true }))).toEqual(['2']);
    expect(ids(filterRows(rows, { disputed: true, made: 'automated' }))).toEqual([]);
    expect(ids(filterRows(rows, { disputed: undefined }))).toEqual(['5', '1', '2', '3', '4']);
  });

  test('the columnar JSON lists the positions of disputed rows only', () => {
    const data = encodeRows(rows, CATEGORIES, 2);
    expect(data.disputed).toEqual([rows.findIndex((row) => row.id === '9901.00002')]);
    expect(decodeRows({ ...data, disputed: [] }).some((row) => row.disputed)).toBe(false);
  });
});

describe('how the audit was made, and under which rubric', () => {
  test('each row knows how its audit was made and whether it answered an older rubric', () => {
    const byId = new Map(rows.map((row) => [row.id.slice(-1), row]));
    expect(['3', '1', '2', '4'].map((id) => [byId.get(id)!.origin, byId.get(id)!.rubricVersion, byId.get(id)!.olderRubric])).toEqual([
      ['automated', 1, true],
      ['reviewed', 2, false],
      ['human', 2, false],
      ['unrecorded', 1, true],
    ]);
  });

  test.each([
    [{ made: 'automated' as const }, ['3']],
    [{ made: 'reviewed' as const }, ['1']],
    [{ made: 'human' as const }, ['2']],
    [{ made: 'unrecorded' as const }, ['5', '4']],
    [{ rubric: 'older' as const }, ['5', '3', '4']],
    [{ rubric: 'current' as const }, ['1', '2']],
    [{ rubric: 'older' as const, made: 'unrecorded' as const }, ['5', '4']],
  ])('filterRows(%j)', (filter, expected) => {
    expect(ids(filterRows(rows, filter))).toEqual(expected);
  });

  test('the columnar JSON carries origin and rubric version, and decodes an unknown origin index as unrecorded', () => {
    const data = encodeRows(rows, CATEGORIES, 2);
    expect(data.origin).toEqual(rows.map((row) => ['automated', 'reviewed', 'human', 'unrecorded'].indexOf(row.origin)));
    expect(data.currentRubricVersion).toBe(2);
    expect(decodeRows({ ...data, origin: data.origin.map(() => 99) }).map((row) => row.origin)).toEqual(rows.map(() => 'unrecorded'));
  });
});
