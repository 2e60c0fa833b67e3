import { describe, expect, test } from 'vitest';
import {
  DEFAULT_VIEW,
  isDefaultView,
  naturalDirection,
  parseViewState,
  serialiseViewState,
  toggleSort,
  type ViewState,
} from '../../../src/lib/scoring/view-state.ts';

/** Every filter of a parsed view unset: what `parseViewState` returns for each filter the query leaves out. */
const NO_FILTERS = { venue: undefined, year: undefined, tag: undefined, made: undefined, rubric: undefined, disputed: undefined, q: undefined };

const KEYS = ['rank', 'title', 'overall', 'artifacts', 'flags', 'year', 'venue'];

describe('parseViewState', () => {
  test.each<[string, string, Partial<ViewState>]>([
    ['empty query is the default view', '', {}],
    ['sort with its natural direction', '?sort=overall', { sort: 'overall', dir: 'desc' }],
    ['explicit direction', '?sort=title&dir=desc', { sort: 'title', dir: 'desc' }],
    ['every filter', '?venue=ICML&year=2024&tag=theory&q=llm%20agents&page=3', { venue: 'ICML', year: 2024, tag: 'theory', q: 'llm agents', page: 3 }],
    ['unknown sort key falls back to rank', '?sort=__proto__', {}],
    ['bad direction falls back to the natural one', '?sort=year&dir=sideways', { sort: 'year', dir: 'desc' }],
    ['non-numeric year and page are ignored', '?year=20x4&page=-2', {}],
    ['page zero is page 1', '?page=0', {}],
    ['blank text filters are ignored', '?q=%20%20&venue=', {}],
    ['how the audit was made, and an older rubric', '?made=automated&rubric=older', { made: 'automated', rubric: 'older' }],
    ['unknown ways of making and rubric ages are ignored', '?made=robot&rubric=v2', {}],
    ['how-made values are exact, not case-folded', '?made=Human&rubric=Current', {}],
    ['hostile text is kept as text', '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { q: '<script>alert(1)</script>' }],
    ['disputed audits only', '?disputed=1&made=human', { disputed: true, made: 'human' }],
    ['disputed takes 1 only: other values are ignored', '?disputed=true', {}],
  ])('%s', (_, query, expected) => {
    expect(parseViewState(query, KEYS)).toEqual({
      ...DEFAULT_VIEW,
      ...NO_FILTERS,
      ...expected,
    });
  });

  test('an overlong query is cut, not rejected', () => {
    expect(parseViewState(`?q=${'a'.repeat(500)}`, KEYS).q).toHaveLength(200);
  });
});

describe('serialiseViewState', () => {
  test.each<[string, ViewState, string]>([
    ['default view is the bare URL', DEFAULT_VIEW, ''],
    ['natural direction is left out', { ...DEFAULT_VIEW, sort: 'overall', dir: 'desc' }, '?sort=overall'],
    ['reversed direction is written', { ...DEFAULT_VIEW, sort: 'overall', dir: 'asc' }, '?sort=overall&dir=asc'],
    ['rank reversed', { ...DEFAULT_VIEW, dir: 'desc' }, '?dir=desc'],
    [
      'filters and page, URL-encoded',
      { ...DEFAULT_VIEW, venue: 'A&B', year: 2020, tag: 'x y', q: 'ü', page: 2 },
      '?venue=A%26B&year=2020&tag=x+y&q=%C3%BC&page=2',
    ],
    ['how made and rubric age', { ...DEFAULT_VIEW, made: 'human', rubric: 'older' }, '?made=human&rubric=older'],
    ['disputed', { ...DEFAULT_VIEW, rubric: 'older', disputed: true, q: 'x' }, '?rubric=older&disputed=1&q=x'],
    ['not disputed is left out', { ...DEFAULT_VIEW, disputed: false }, ''],
  ])('%s', (_, state, expected) => {
    expect(serialiseViewState(state)).toBe(expected);
  });

  test.each<ViewState>([
    DEFAULT_VIEW,
    { sort: 'artifacts', dir: 'asc', page: 4 },
    { sort: 'venue', dir: 'desc', venue: 'NeurIPS', year: 2019, tag: 'rlhf', q: 'scaling <laws> & "more"', page: 1 },
    { sort: 'flags', dir: 'desc', q: 'عربى ‮ bidi', page: 12 },
    { sort: 'rank', dir: 'asc', made: 'reviewed', rubric: 'current', page: 1 },
    { sort: 'overall', dir: 'desc', made: 'unrecorded', rubric: 'older', tag: 'theory', page: 2 },
    { sort: 'overall', dir: 'desc', disputed: true, page: 3 },
  ])('round-trips %j', (state) => {
    expect(parseViewState(serialiseViewState(state), KEYS)).toEqual({
      ...NO_FILTERS,
      ...state,
    });
  });
});

describe('sorting interactions', () => {
  test.each([
    ['rank', 'asc'],
    ['title', 'asc'],
    ['venue', 'asc'],
    ['overall', 'desc'],
    ['artifacts', 'desc'],
    ['year', 'desc'],
    ['flags', 'desc'],
  ])('%s first sorts %s', (key, dir) => {
    expect(naturalDirection(key)).toBe(dir);
  });

  test('choosing the same column flips it; a new column starts natural; both go back to page 1', () => {
    const byYear = toggleSort({ ...DEFAULT_VIEW, page: 5 }, 'year');
    expect(byYear).toEqual({ ...DEFAULT_VIEW, sort: 'year', dir: 'desc', page: 1 });
    expect(toggleSort(byYear, 'year').dir).toBe('asc');
    expect(toggleSort(byYear, 'title').dir).toBe('asc');
  });

  test('isDefaultView', () => {
    expect(isDefaultView(DEFAULT_VIEW)).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW, page: 2 })).toBe(false);
  });
});
