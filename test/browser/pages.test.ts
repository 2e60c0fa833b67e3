/**
 * Every page type loads cleanly in Chromium, at `/` and under a GitHub Pages base path, and
 * still shows its content with JavaScript turned off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { fixtureSite, type FixtureSiteName } from '../helpers/fixture-sites.ts';
import { AUDIT_ID, pageTypes } from '../helpers/page-types.ts';
import { serveSite, type StaticSite } from '../helpers/fixture-server.ts';
import type { Scan } from '../../src/lib/scan-format/schema.ts';

let browser: Browser;
const servers = new Map<FixtureSiteName, StaticSite>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const name of ['main', 'hostile'] as const) {
    const { outDir, base } = fixtureSite(name);
    servers.set(name, await serveSite(outDir, base));
  }
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...servers.values()].map((server) => server.close()));
});

/**
 * The 404 page answers its own document with 404 on purpose (and Chromium logs that as a console
 * error); drop exactly those two lines, so any other 404 on that page still fails.
 */
function withoutExpected404(problems: string[], url: string, status: number): string[] {
  if (status !== 404) return problems;
  const documentLine = problems.indexOf(`HTTP 404: ${url}`);
  const consoleLine = problems.findIndex((problem) => problem.startsWith('console error: Failed to load resource') && problem.includes('404'));
  return problems.filter((_problem, index) => index !== documentLine && index !== consoleLine);
}

/**
 * One page per describe block, loading its URLs in turn (a fresh context and page per URL cost
 * more than the checks); each test starts with an empty problem list.
 */
function useSharedPage(options: Parameters<typeof openWatchedPage>[1] = {}): () => WatchedPage {
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    watched = await openWatchedPage(browser, options);
  });
  afterAll(() => watched?.close());
  return () => {
    watched!.problems.length = 0;
    return watched!;
  };
}

describe.each(['main', 'hostile'] as const)('every page type loads on the %s site', (siteName) => {
  const sharedPage = useSharedPage();
  test.each(pageTypes(fixtureSite(siteName).outDir))('$type ($path) with no console error or failed request', async ({ path: sitePath, status }) => {
    const server = servers.get(siteName)!;
    const url = server.page(sitePath);
    const watched = sharedPage();
    const response = await watched.page.goto(url);
    await settle(watched.page);
    expect(response?.status(), `status of ${url}`).toBe(status);
    expect(withoutExpected404(watched.problems, url, status), `problems on ${url}`).toEqual([]);
    await expect.poll(() => watched.page.locator('main h1').first().isVisible(), { timeout: 5_000 }).toBe(true);
  });
});

/** What must be visible without scripts, per page type: the content, not a loading placeholder. */
const CONTENT_WITHOUT_JS: Record<string, string> = {
  leaderboard: 'main table tbody tr',
  'category page': 'main table tbody tr',
  // Without scripts the heatmap is a drawn SVG (its links live in the table beside it).
  heatmap: 'main svg rect',
  'audit page': 'main [id^="flag-"]',
  // Item charts are SVG drawn at build time; without scripts the compare page explains itself.
  'item page': 'main svg.share-chart',
  'item embed': 'main svg.share-chart',
  compare: 'main .compare-noscript a',
};

describe('with JavaScript disabled every page still shows its content', () => {
  const { outDir } = fixtureSite('main');
  const sharedPage = useSharedPage({ javaScriptEnabled: false });

  test.each(pageTypes(outDir))('$type ($path)', async ({ type, path: sitePath, status }) => {
    const url = servers.get('main')!.page(sitePath);
    const watched = sharedPage();
    const response = await watched.page.goto(url);
    expect(response?.status(), `status of ${url}`).toBe(status);
    await expect(watched.page.locator('main h1').first().isVisible(), `h1 on ${url}`).resolves.toBe(true);
    const mainText = (await watched.page.locator('main').innerText()).trim();
    expect(mainText.length, `text in main on ${url}`).toBeGreaterThan(40);
    const selector = CONTENT_WITHOUT_JS[type];
    if (selector) {
      const content = watched.page.locator(selector);
      expect(await content.count(), `${selector} on ${url}`).toBeGreaterThan(0);
      await expect(content.first().isVisible(), `${selector} visible on ${url}`).resolves.toBe(true);
    }
    // Controls that need scripts must not sit there dead: they are hidden or disabled until JS runs.
    const deadButtons = await watched.page.locator('main button:visible:not([disabled]):not([type="submit"])').count();
    expect(deadButtons, `enabled script-only buttons on ${url}`).toBe(0);
  });

  test('the audit page lists every red flag of the paper, each with its anchor', async () => {
    const scan = JSON.parse(readFileSync(path.resolve('test/fixtures/site', AUDIT_ID, 'scan.json'), 'utf8')) as Scan;
    const url = servers.get('main')!.page(`/papers/${AUDIT_ID}/`);
    const watched = await openWatchedPage(browser, { javaScriptEnabled: false });
    try {
      await watched.page.goto(url);
      for (const [index, redFlag] of scan.red_flags.entries()) {
        const anchor = watched.page.locator(`#flag-${index + 1}`);
        await expect(anchor.isVisible(), `#flag-${index + 1}`).resolves.toBe(true);
        expect(await anchor.innerText()).toContain(redFlag.flag);
      }
    } finally {
      await watched.close();
    }
  });
});
