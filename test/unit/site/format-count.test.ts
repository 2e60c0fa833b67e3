import { expect, test } from 'vitest';
import { countOf, formatBytes, formatCount } from '../../../src/lib/site/format-count.ts';

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [10000, '10,000'],
  [1234567, '1,234,567'],
])('%d is written %s', (n, written) => expect(formatCount(n)).toBe(written));

test.each([
  [0, 'papers'],
  [1, 'paper'],
  [2, 'papers'],
  [10000, 'papers'],
])('%d takes the noun %s', (n, noun) => expect(countOf(n, 'paper')).toBe(`${formatCount(n)} ${noun}`));

test('an irregular plural can be given', () => expect(countOf(3, 'analysis', 'analyses')).toBe('3 analyses'));

test('file sizes read in binary units, bytes below 1 KB', () => {
  expect([0, 1, 1023, 1024, 1536, 10_000_000, 3 * 1024 ** 3, 5000 * 1024 ** 3].map(formatBytes)).toEqual([
    '0 bytes',
    '1 byte',
    '1,023 bytes',
    '1.0 KB',
    '1.5 KB',
    '9.5 MB',
    '3.0 GB',
    '5000.0 GB',
  ]);
});
