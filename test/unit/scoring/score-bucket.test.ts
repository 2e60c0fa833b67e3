import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bucketIndex, scoreBucketClass } from '../../../src/lib/scoring/score-bucket.ts';
import { scoreColour, scoreScaleCss, textColourOn } from '../../../src/lib/charts/colour-scale.ts';

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

test('every bucket class is defined in the committed stylesheet, generated from the one scale', () => {
  const css = readFileSync('src/styles/score-scale.css', 'utf8');
  expect(css, 'run `node scripts/score-scale-css.ts` to regenerate').toBe(scoreScaleCss());
  for (let index = 0; index <= 10; index++) expect(css).toContain(`.scale-${index} {\n  background: ${scoreColour(index / 10)};`);
  expect(css).toContain(`.scale-na {\n  background: ${scoreColour(null)};`);
});

test.each(Array.from({ length: 11 }, (_, i) => i / 10))('text on the colour of %s has at least 4.5:1 contrast', (value) => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const fill = scoreColour(value);
  const [hi, lo] = [luminance(fill), luminance(textColourOn(fill))].sort((a, b) => b - a);
  expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(4.5);
  expect(bucketIndex(value)).toBe(Math.round(value * 10));
});

test('the answer symbols the category tables draw with CSS are the rubric answer symbols', async () => {
  const { ANSWER_TEXT } = await import('../../../src/lib/charts/heatmap-layout.ts');
  const css = readFileSync('src/styles/leaderboard.css', 'utf8');
  for (const [answer, shown] of Object.entries(ANSWER_TEXT)) expect(css).toContain(`td.a-${answer}::before {\n  content: '${shown.symbol} ' / '';`);
});
