import { expect, test } from 'vitest';
import { formatCount } from '../../src/lib/format-count.ts';

test.each([
  [0, '0'],
  [999, '999'],
  [1000, '1,000'],
  [10000, '10,000'],
  [1234567, '1,234,567'],
])('%d is written %s', (n, written) => expect(formatCount(n)).toBe(written));
