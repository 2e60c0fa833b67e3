import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import ScoreCell from '../../../src/components/leaderboard/ScoreCell.astro';

const container = await AstroContainer.create();

test.each([
  [{ yes: 3, applicable: 4 }, 'scale-8', '75%'],
  [{ yes: 1, applicable: 3 }, 'scale-3', '33%'],
  [{ yes: 0, applicable: 0 }, 'scale-na', 'n/a'],
])('%j is a cell of class %s printing %s', async (counts, bucket, text) => {
  expect(await container.renderToString(ScoreCell, { props: { counts } })).toBe(`<td class="score ${bucket}">${text}</td>`);
});

test('with showCounts it also prints yes/applicable', async () => {
  expect(await container.renderToString(ScoreCell, { props: { counts: { yes: 21, applicable: 39 }, showCounts: true } })).toBe(
    '<td class="score scale-5">54%<span class="counts"> 21/39</span></td>',
  );
});
