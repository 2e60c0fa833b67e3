import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, expect, test, vi } from 'vitest';
import HeadlineFigures from '../../../src/components/items/HeadlineFigures.astro';
import type { HeadlineFigure } from '../../../src/lib/items/headlines.ts';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

const figure: HeadlineFigure = {
  categoryKey: 'statistics',
  itemKey: 'error_bars',
  percent: '12%',
  counts: '6 of 50 papers',
  phrase: 'of the audited papers it applies to meet “<b>Error bars</b>”',
  text: '12% of the audited papers it applies to meet “<b>Error bars</b>”',
  path: '/items/statistics/error_bars/',
};

test('prints each figure as a link to its item page, under the base, with its counts', async () => {
  vi.stubEnv('BASE_URL', '/glassbox/');
  const html = await container.renderToString(HeadlineFigures, { props: { figures: [figure] } });
  expect(html).toContain('<a href="/glassbox/items/statistics/error_bars/">');
  expect(html).toContain('<strong class="headline-percent">12%</strong>');
  expect(html).toContain('(6 of 50 papers)');
  // The phrase is text, never markup.
  expect(html).toContain('&lt;b&gt;Error bars&lt;/b&gt;');
  expect(html).not.toContain('<b>');
});

test('renders nothing without figures', async () => {
  expect((await container.renderToString(HeadlineFigures, { props: { figures: [] } })).trim()).toBe('');
});
