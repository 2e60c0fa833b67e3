import { expect, test } from 'vitest';
import { benchQueries, misspell } from '../../../bench/lib/queries.ts';
import { seededRandom } from '../../../scripts/lib/synthetic-scans.ts';

test('the query set is deterministic, a hundred long, and marks its typos', () => {
  const queries = benchQueries();
  expect(queries).toHaveLength(100);
  expect(benchQueries()).toEqual(queries);
  const typos = queries.filter((query) => query.typo);
  expect(typos.length).toBeGreaterThanOrEqual(15);
  expect(typos.length).toBeLessThanOrEqual(20);
  expect(queries.some((query) => query.text.startsWith('Synthetic paper '))).toBe(true);
});

test.each(['contamination', 'variance', 'baselines', 'undisclosed'])('misspell(%s) changes one inner letter and keeps the ends', (word) => {
  const random = seededRandom(3);
  for (let round = 0; round < 20; round++) {
    const typo = misspell(word, random);
    expect(typo).not.toBe(word);
    expect(typo[0]).toBe(word[0]);
    expect(typo.at(-1)).toBe(word.at(-1));
    expect(Math.abs(typo.length - word.length)).toBeLessThanOrEqual(1);
  }
});

test('short words are left alone', () => {
  expect(misspell('seed', seededRandom(1))).toBe('seed');
});
