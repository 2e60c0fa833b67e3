import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, expect, test, vi } from 'vitest';
import CompareWith from '../../../src/components/compare/CompareWith.astro';
import { parseCompareState } from '../../../src/lib/compare/compare-state.ts';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

test('a GET form to the compare page that carries this paper, so an id works without JavaScript', async () => {
  vi.stubEnv('BASE_URL', '/glassbox/');
  const html = await container.renderToString(CompareWith, { props: { id: 'synth-th/9912001' } });
  expect(html).toMatch(/<form method="get" action="\/glassbox\/compare\/"/);
  expect(html).toContain('<input type="hidden" name="papers" value="synth-th/9912001">');
  expect(html).toMatch(/<input id="compare-with-q" name="papers" type="search"/);
  // The list loads on first use, from the base-aware path the script reads.
  expect(html).toContain('data-list="/glassbox/compare/papers.json"');
  // What the browser submits for "9901.00002", read the way the compare page reads it.
  const submitted = new URLSearchParams([
    ['papers', 'synth-th/9912001'],
    ['papers', '9901.00002'],
  ]);
  expect(parseCompareState(submitted.toString()).ids).toEqual(['synth-th/9912001', '9901.00002']);
});
