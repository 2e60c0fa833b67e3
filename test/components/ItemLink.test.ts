import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, expect, test, vi } from 'vitest';
import ItemLink from '../../src/components/ItemLink.astro';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

test('links to the item on the methodology page, labelled from the rubric', async () => {
  vi.stubEnv('BASE_URL', '/');
  expect(await container.renderToString(ItemLink, { props: { item: 'artifacts/code_released' } })).toBe(
    '<a href="/methodology/#artifacts-code_released" class="item-link">Code released</a>',
  );
});

test('under a base path, with its own words from the slot', async () => {
  vi.stubEnv('BASE_URL', '/glassbox/');
  expect(
    await container.renderToString(ItemLink, {
      props: { item: 'contamination/benchmark_contamination_addressed' },
      slots: { default: 'checked for contamination' },
    }),
  ).toBe('<a href="/glassbox/methodology/#contamination-benchmark_contamination_addressed" class="item-link">checked for contamination</a>');
});

test('an unknown item fails the render, naming the valid ones', async () => {
  await expect(container.renderToString(ItemLink, { props: { item: 'artifacts/code_release' } })).rejects.toThrow(
    /category "artifacts" has no item "code_release" \(items: code_released,/,
  );
});
