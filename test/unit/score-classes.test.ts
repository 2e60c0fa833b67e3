import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scoreColour, textColourOn } from '../../src/lib/colour-scale.ts';
import { scoreBucket, scoreClass, scoreClassesCss } from '../../src/lib/score-classes.ts';

describe('scoreClass buckets a score to the nearest tenth', () => {
  test.each([
    [0, 'score-0'],
    [0.04, 'score-0'],
    [0.05, 'score-1'],
    [21 / 39, 'score-5'],
    [0.56, 'score-6'],
    [0.96, 'score-10'],
    [1, 'score-10'],
    [-0.2, 'score-0'],
    [1.3, 'score-10'],
    [null, 'score-na'],
  ] as const)('%s → %s', (value, expected) => {
    expect(scoreClass(value)).toBe(expected);
  });

  test('not applicable has no bucket', () => {
    expect(scoreBucket(null)).toBeNull();
  });
});

describe('the generated stylesheet', () => {
  const css = scoreClassesCss();

  test.each(Array.from({ length: 11 }, (_, bucket) => bucket))('score-%i takes its colours from the scale', (bucket) => {
    const fill = scoreColour(bucket / 10);
    expect(css).toContain(`.score-${bucket} { background-color: ${fill}; color: ${textColourOn(fill)}; }`);
  });

  test('not applicable is the scale’s neutral grey', () => {
    expect(css).toContain(`.score-na { background-color: ${scoreColour(null)};`);
  });

  test('the committed src/styles/score-scale.css is up to date (run `npm run score-css` if not)', () => {
    expect(readFileSync('src/styles/score-scale.css', 'utf8')).toBe(css);
  });
});
