import { describe, expect, test } from 'vitest';
import { absoluteUrl, categoryPath, itemPath, paperPath, withBase } from '../../../src/lib/site/urls.ts';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';

describe('withBase', () => {
  test.each([
    ['/papers/x/', '/', '/papers/x/'],
    ['/papers/x/', '/glassbox/', '/glassbox/papers/x/'],
    ['papers/x/', '/glassbox', '/glassbox/papers/x/'],
  ])('%s under %s is %s', (sitePath, base, expected) => {
    expect(withBase(sitePath, base)).toBe(expected);
  });
});

describe('site paths', () => {
  test('an old-style paper id keeps its slash as a path separator', () => {
    expect(paperPath('hep-th/9901001')).toBe('/papers/hep-th/9901001/');
  });

  test('a category path', () => {
    expect(categoryPath('artifacts')).toBe('/categories/artifacts/');
  });

  test('an item path names its category and item', () => {
    expect(itemPath('statistical_methodology', 'confidence_intervals_or_error_bars')).toBe(
      '/items/statistical_methodology/confidence_intervals_or_error_bars/',
    );
  });

  test('every rubric item has a distinct path that needs no escaping', () => {
    const paths = allItems().map(({ category, item }) => itemPath(category.key, item.key));
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/items\/[a-z_]+\/[a-z_]+\/$/);
  });

  test('an item path escapes what is not a plain path segment', () => {
    expect(itemPath('a/b', 'c d')).toBe('/items/a%2Fb/c%20d/');
  });

  test('an absolute URL under a base path', () => {
    expect(absoluteUrl(itemPath('artifacts', 'code_released'), 'https://example-org.github.io', '/glassbox/')).toBe(
      'https://example-org.github.io/glassbox/items/artifacts/code_released/',
    );
  });
});
