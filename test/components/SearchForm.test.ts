import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, expect, test, vi } from 'vitest';
import SearchForm from '../../src/components/SearchForm.astro';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

test('a plain GET form to the search page, so it works without JavaScript', async () => {
  vi.stubEnv('BASE_URL', '/');
  expect(await container.renderToString(SearchForm, { props: { id: 'home-search', placeholder: 'e.g. leakage' } })).toBe(
    '<form class="search-form" action="/search/" method="get" role="search"><label for="home-search">Search red flags</label><div class="search-row">' +
      '<input id="home-search" name="q" type="search" placeholder="e.g. leakage" autocomplete="off"><button type="submit">Search</button></div></form>',
  );
});

test('under a base path, without a placeholder', async () => {
  vi.stubEnv('BASE_URL', '/glassbox/');
  const html = await container.renderToString(SearchForm, { props: { id: 'q404' } });
  expect(html).toContain('action="/glassbox/search/"');
  expect(html).toContain('<label for="q404">');
  expect(html).toContain('<input id="q404" name="q" type="search" autocomplete="off">');
  expect(html).not.toContain('placeholder');
});
