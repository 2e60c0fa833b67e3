import { expect, test } from 'vitest';
import { BUCKET_COUNT, bucketIndex, scoreBucketClass } from '../../../src/lib/scoring/score-bucket.ts';

test.each([
  [0, 'scale-0'],
  [0.04, 'scale-0'],
  [0.05, 'scale-1'],
  [0.54, 'scale-5'],
  [0.96, 'scale-10'],
  [1, 'scale-10'],
  [1.5, 'scale-10'],
  [-1, 'scale-0'],
  [null, 'scale-na'],
])('score %s gets class %s', (value, expected) => {
  expect(scoreBucketClass(value)).toBe(expected);
});

test('eleven buckets, one per tenth: each tenth is the centre of its own bucket', () => {
  expect(BUCKET_COUNT).toBe(11);
  for (let tenth = 0; tenth <= 10; tenth++) expect(bucketIndex(tenth / 10)).toBe(tenth);
  expect(bucketIndex(null)).toBeNull();
});
