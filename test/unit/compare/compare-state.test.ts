import { describe, expect, test } from 'vitest';
import { MAX_COMPARED, comparePath, normaliseId, parseCompareState, problemMessage, serialiseCompareState } from '../../../src/lib/compare/compare-state.ts';

describe('parsing the URL', () => {
  test('two ids, in order', () => {
    expect(parseCompareState('?papers=9901.00002,9901.00001')).toEqual({ ids: ['9901.00002', '9901.00001'], problems: [] });
  });

  test('old-style ids keep their slash, escaped or not', () => {
    expect(parseCompareState('?papers=hep-th/9901001,math.GT%2F0309136').ids).toEqual(['hep-th/9901001', 'math.GT/0309136']);
  });

  test('slugs, versions and an arXiv: prefix are accepted as the id the audit is filed under', () => {
    expect(parseCompareState('?papers=arXiv:2405.05949v2, my-paper-title ').ids).toEqual(['2405.05949', 'my-paper-title']);
  });

  test('no parameter, an empty one, or stray commas: nothing to compare and nothing wrong', () => {
    for (const search of ['', '?', '?papers=', '?papers=,,', '?other=1']) expect(parseCompareState(search)).toEqual({ ids: [], problems: [] });
  });

  test('malformed ids are set aside with a message; the rest are compared', () => {
    const state = parseCompareState('?papers=9901.00001,<script>alert(1)</script>,../../etc/passwd,9901.1,Upper-Case,9901.00002');
    expect(state.ids).toEqual(['9901.00001', '9901.00002']);
    expect(state.problems).toEqual([
      { kind: 'malformed', id: '<script>alert(1)</script>' },
      { kind: 'malformed', id: '../../etc/passwd' },
      { kind: 'malformed', id: '9901.1' },
      { kind: 'malformed', id: 'Upper-Case' },
    ]);
  });

  test('a repeated id is compared once, and the repeat is reported', () => {
    expect(parseCompareState('?papers=9901.00001,9901.00002,9901.00001v3')).toEqual({
      ids: ['9901.00001', '9901.00002'],
      problems: [{ kind: 'duplicate', id: '9901.00001' }],
    });
  });

  test('past four, the rest are left out and named in one message', () => {
    const state = parseCompareState('?papers=9901.00001,9901.00002,9901.00003,9901.00004,9901.00005,9901.00006');
    expect(state.ids).toHaveLength(MAX_COMPARED);
    expect(state.problems).toEqual([{ kind: 'too-many', dropped: ['9901.00005', '9901.00006'] }]);
    expect(problemMessage(state.problems[0]!)).toBe('At most 4 papers can be compared at once; left out: “9901.00005”, “9901.00006”.');
  });

  test('repeated papers parameters are read in order', () => {
    expect(
      parseCompareState(
        new URLSearchParams([
          ['papers', '9901.00003'],
          ['papers', '9901.00001,9901.00002'],
        ]),
      ).ids,
    ).toEqual(['9901.00003', '9901.00001', '9901.00002']);
  });

  test.each([
    ['2405.05949', '2405.05949'],
    ['0704.0001', '0704.0001'],
    ['hep-th/9901001v1', 'hep-th/9901001'],
    ['synthetic-slug-paper', 'synthetic-slug-paper'],
    ['2405.5949', null],
    ['', null],
    ['a b', null],
    ['javascript:alert(1)', null],
  ])('normaliseId(%j) is %j', (raw, expected) => {
    expect(normaliseId(raw)).toBe(expected);
  });
});

describe('writing the URL', () => {
  test('round trip: the URL of a state parses back to the same ids', () => {
    const ids = ['9901.00002', 'hep-th/9901001', 'synthetic-slug-paper'];
    expect(serialiseCompareState(ids)).toBe('?papers=9901.00002,hep-th/9901001,synthetic-slug-paper');
    expect(parseCompareState(serialiseCompareState(ids))).toEqual({ ids, problems: [] });
    expect(comparePath(ids)).toBe('/compare/?papers=9901.00002,hep-th/9901001,synthetic-slug-paper');
  });
});

test('every problem has a message naming the id', () => {
  expect(problemMessage({ kind: 'not-found', id: '9901.99999' })).toBe('No audit with id “9901.99999” is published on this site.');
  expect(problemMessage({ kind: 'unavailable', id: '9901.00001', reason: 'HTTP 500' })).toContain('“9901.00001” could not be loaded (HTTP 500)');
  expect(problemMessage({ kind: 'duplicate', id: 'x' })).toContain('“x”');
  expect(problemMessage({ kind: 'malformed', id: '<b>' })).toContain('“<b>” is not a paper id');
});
