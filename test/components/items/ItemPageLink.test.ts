import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, expect, test, vi } from 'vitest';
import ItemPageLink from '../../../src/components/items/ItemPageLink.astro';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

test('links to the item page, labelled from the rubric', async () => {
  vi.stubEnv('BASE_URL', '/');
  expect(await container.renderToString(ItemPageLink, { props: { item: 'artifacts/code_released' } })).toBe(
    '<a href="/items/artifacts/code_released/">How audited papers do on “Code released”</a>',
  );
});

test('under a base path, with its own words, escaped', async () => {
  vi.stubEnv('BASE_URL', '/glassbox/');
  expect(await container.renderToString(ItemPageLink, { props: { item: 'artifacts/code_released', text: 'across <audits>' } })).toBe(
    '<a href="/glassbox/items/artifacts/code_released/">across &lt;audits&gt;</a>',
  );
});

test('an unknown item fails the render, naming the valid ones', async () => {
  await expect(container.renderToString(ItemPageLink, { props: { item: 'artifacts/no_such_item' } })).rejects.toThrow(
    /category "artifacts" has no item "no_such_item" \(items: code_released,/,
  );
});
