import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Score from '../../src/components/Score.astro';
import { scoreOf } from '../../src/lib/scoring/scoring.ts';

const container = await AstroContainer.create();

test.each([
  [scoreOf(3, 4), 'scale-8', '75%'],
  [scoreOf(2, 3), 'scale-7', '67%'],
  [scoreOf(0, 5), 'scale-0', '0%'],
  [scoreOf(9, 9), 'scale-10', '100%'],
  [scoreOf(0, 0), 'scale-na', 'n/a'],
])('%j is a chip of class %s printing %s', async (score, bucket, text) => {
  expect(await container.renderToString(Score, { props: { score } })).toBe(`<span class="chip ${bucket}">${text}</span>`);
});

test('large, and followed by the counts it rests on', async () => {
  expect(await container.renderToString(Score, { props: { score: scoreOf(21, 39), size: 'large', counts: true } })).toBe(
    '<span class="chip scale-5 chip-large">54%</span><span class="score-counts"> · 21/39</span>',
  );
});

test('n/a still prints its counts, 0/0', async () => {
  expect(await container.renderToString(Score, { props: { score: scoreOf(0, 0), counts: true } })).toBe(
    '<span class="chip scale-na">n/a</span><span class="score-counts"> · 0/0</span>',
  );
});
