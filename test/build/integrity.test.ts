/**
 * Integrity of the built site: no broken internal link or anchor at `/` or under a base path,
 * the same input builds the same bytes, and the Content-Security-Policy allows no inline script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pagePolicy } from '../helpers/csp.ts';
import { diffTrees, hashTree, htmlPagePaths, listFiles } from '../helpers/dist-files.ts';
import { fixtureSite, fixtureSiteOptions, type FixtureSiteName } from '../helpers/fixture-sites.ts';
import { serveSite, type StaticSite } from '../helpers/fixture-server.ts';
import { buildSiteOrThrow } from '../helpers/site.ts';

describe.each(['main', 'hostile'] as const)('links on the %s site', (siteName: FixtureSiteName) => {
  let server: StaticSite;
  beforeAll(async () => {
    const { outDir, base } = fixtureSite(siteName);
    server = await serveSite(outDir, base);
  });
  afterAll(() => server?.close());

  test('every internal link, asset and #anchor resolves', async () => {
    const { outDir } = fixtureSite(siteName);
    const origin = new URL(server.url).origin;
    // Start from every page, not only the home page, so pages nothing links to are checked too.
    const starts = htmlPagePaths(outDir).map((sitePath) => server.page(sitePath));
    const result = await check({
      path: starts,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 8,
      timeout: 10_000,
      // No network in tests; and external links are the data's business, not the site's.
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      // A page that loads (200) yet counts as broken lacks the #anchor the link points at.
      .map((link) => `${link.status === 200 ? 'missing anchor' : (link.status ?? 'error')} ${link.url} (linked from ${link.parent ?? 'start'})`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    expect(checked).toBeGreaterThan(starts.length);
  });

  test('every root-path URL in the HTML stays on the site, under its base path', () => {
    const { outDir, base } = fixtureSite(siteName);
    const rootPaths = htmlPagePaths(outDir).flatMap((sitePath) => {
      const html = readFileSync(path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
      // Every attribute, not only href/src/action: scripts turn data-href/data-page into links.
      return [...html.matchAll(/\s([\w:-]+)="(\/[^"]*)"/g)].map((match) => ({ where: `${sitePath} ${match[1]}`, url: match[2]! }));
    });
    // Under /glassbox/ a path that forgets the base 404s on GitHub Pages. At / every path starts
    // with the base, but a careless join gives "//papers/…", a protocol-relative URL to another
    // host, or "/papers//x/", which static hosts do not fold into one slash.
    const offenders = rootPaths.filter(({ url }) => !url.startsWith(base) || url.split(/[?#]/)[0]!.includes('//')).map(({ where, url }) => `${where}="${url}"`);
    expect(offenders).toEqual([]);
    expect(rootPaths.length, 'root-path URLs found (the check has something to check)').toBeGreaterThan(htmlPagePaths(outDir).length);
  });
});

describe('Content-Security-Policy', () => {
  test.each(['main', 'hostile'] as const)('every page of the %s site sets a CSP whose script-src has no unsafe-inline', (siteName) => {
    const { outDir } = fixtureSite(siteName);
    const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((file) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const directives = pagePolicy(html);
      if (!directives) return [`${file}: no CSP meta tag`];
      const scriptSources = directives.get('script-src') ?? directives.get('default-src');
      if (!scriptSources) return [`${file}: CSP has neither script-src nor default-src`];
      return scriptSources.some((source) => /^'unsafe-(inline|eval)'$/.test(source)) ? [`${file}: script-src allows ${scriptSources.join(' ')}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('reproducible build', () => {
  test('a second build of the same input produces byte-identical output', async () => {
    const { outDir: first, run } = fixtureSite('main');
    // A different name means a different output and a cold content cache: nothing is reused.
    const options = fixtureSiteOptions('main', run);
    const second = await buildSiteOrThrow({ ...options, name: `${options.name}-rebuild` });
    const firstHashes = hashTree(first);
    const differences = diffTrees(firstHashes, hashTree(second));
    const details = differences.slice(0, 5).map((difference) => {
      const file = difference.replace(/^differs: /, '');
      if (file === difference) return difference;
      return `${difference}\n  first:  ${firstDifference(path.join(first, file), path.join(second, file))}`;
    });
    expect(details).toEqual([]);
    expect(Object.keys(firstHashes).length).toBeGreaterThan(0);
    // The main site's data comes in several gzip shards, compared like every other file.
    expect(Object.keys(firstHashes).filter((file) => /^data\/scans-.*\.jsonl\.gz$/.test(file)).length).toBeGreaterThan(1);
  });
});

/** The first differing stretch of two text files, to show what leaked (a timestamp, a random id …). */
function firstDifference(a: string, b: string): string {
  const left = readFileSync(a, 'utf8');
  const right = readFileSync(b, 'utf8');
  let index = 0;
  while (index < left.length && left[index] === right[index]) index += 1;
  return `${JSON.stringify(left.slice(Math.max(0, index - 40), index + 60))}\n  second: ${JSON.stringify(right.slice(Math.max(0, index - 40), index + 60))}`;
}
