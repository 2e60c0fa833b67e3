import { expect, test } from 'vitest';
import { countOf, formatCount } from '../../../src/lib/site/format-count.ts';

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
