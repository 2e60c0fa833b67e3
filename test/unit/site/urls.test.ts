import { afterEach, describe, expect, test, vi } from 'vitest';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import { absoluteUrl, categoryPath, encodeIdPath, itemPath, paperPath, withBase } from '../../../src/lib/site/urls.ts';

describe('withBase with an explicit base', () => {
  test.each([
    ['/papers/x/', '/', '/papers/x/'],
    ['/papers/x/', '/glassbox/', '/glassbox/papers/x/'],
    ['/', '/', '/'],
    ['/', '/glassbox/', '/glassbox/'],
    // A base without its trailing slash and a path without its leading one join the same way.
    ['/papers/x/', '/glassbox', '/glassbox/papers/x/'],
    ['papers/x/', '/glassbox/', '/glassbox/papers/x/'],
    ['leaderboard/?tag=a', '/', '/leaderboard/?tag=a'],
    ['/methodology/#scoring', '/org/glassbox/', '/org/glassbox/methodology/#scoring'],
  ])('withBase(%j, %j) → %j', (sitePath, base, expected) => {
    expect(withBase(sitePath, base)).toBe(expected);
  });

  test('never produces a doubled slash, which would be a protocol-relative URL at base /', () => {
    for (const base of ['/', '/glassbox/', '/glassbox'])
      for (const sitePath of ['/', '/a/', 'a/']) expect(withBase(sitePath, base).replace(/^\/+/, '/')).toBe(withBase(sitePath, base));
  });
});

// withBase reads import.meta.env.BASE_URL (Vite's base, which Astro sets from BASE_PATH) when it
// is called; as Starlight's base tests do, stub it and import the module afresh.
describe('withBase with the base from the environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const freshUrls = async () => {
    vi.resetModules();
    return import('../../../src/lib/site/urls.ts');
  };

  test('a GitHub Pages project base', async () => {
    vi.stubEnv('BASE_URL', '/glassbox/');
    const urls = await freshUrls();
    expect(urls.withBase('/papers/x/')).toBe('/glassbox/papers/x/');
    expect(urls.withBase('/')).toBe('/glassbox/');
    expect(urls.withBase(urls.paperPath('hep-th/9901001'))).toBe('/glassbox/papers/hep-th/9901001/');
    // An explicit base still wins over the environment.
    expect(urls.withBase('/a/', '/')).toBe('/a/');
  });

  test('the root base', async () => {
    vi.stubEnv('BASE_URL', '/');
    expect((await freshUrls()).withBase('/search/')).toBe('/search/');
  });

  test('no base at all falls back to /', async () => {
    vi.stubEnv('BASE_URL', undefined);
    expect((await freshUrls()).withBase('/search/')).toBe('/search/');
  });

  test('absoluteUrl follows the environment base too', async () => {
    vi.stubEnv('BASE_URL', '/glassbox/');
    expect((await freshUrls()).absoluteUrl('/feed.xml', 'https://example-org.github.io')).toBe('https://example-org.github.io/glassbox/feed.xml');
  });
});

describe('paths of pages', () => {
  test.each([
    ['2405.05949', '2405.05949'],
    // Old-style arXiv ids nest: the slash stays a real path separator.
    ['hep-th/9901001', 'hep-th/9901001'],
    ['synthetic-slug-paper', 'synthetic-slug-paper'],
    // Hostile ids stay inside their own path segment: nothing starts a query or fragment.
    ['a b?c#d', 'a%20b%3Fc%23d'],
    ['<script>/x"y', '%3Cscript%3E/x%22y'],
    ['ünïcode', '%C3%BCn%C3%AFcode'],
  ])('encodeIdPath(%j) → %j', (id, expected) => {
    expect(encodeIdPath(id)).toBe(expected);
  });

  test('paperPath and categoryPath', () => {
    expect(paperPath('9901.00001')).toBe('/papers/9901.00001/');
    expect(paperPath('synth-th/9912001')).toBe('/papers/synth-th/9912001/');
    expect(paperPath('a?b')).toBe('/papers/a%3Fb/');
    expect(categoryPath('statistical_methodology')).toBe('/categories/statistical_methodology/');
    // A category key cannot nest: its slash is encoded, unlike an id's.
    expect(categoryPath('a/b')).toBe('/categories/a%2Fb/');
  });
});

describe('absoluteUrl', () => {
  test.each([
    ['/papers/x/', 'https://glassbox.example.org', '/', 'https://glassbox.example.org/papers/x/'],
    ['/papers/x/', 'https://example-org.github.io', '/glassbox/', 'https://example-org.github.io/glassbox/papers/x/'],
    ['/feed.xml', new URL('https://example-org.github.io'), '/glassbox/', 'https://example-org.github.io/glassbox/feed.xml'],
    // The base decides the path: a path on the site URL is replaced, not appended to.
    ['/a/', 'https://example.org/ignored/', '/glassbox/', 'https://example.org/glassbox/a/'],
    ['/a b/', 'https://example.org', '/', 'https://example.org/a%20b/'],
  ])('absoluteUrl(%j, %j, %j) → %j', (sitePath, site, base, expected) => {
    expect(absoluteUrl(sitePath, site, base)).toBe(expected);
  });

  test('rejects a site that is not an absolute URL', () => {
    expect(() => absoluteUrl('/a/', 'glassbox.example.org', '/')).toThrow(TypeError);
  });
});

describe('item and compare paths', () => {
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
