/**
 * "Cite this audit" in Chromium: with JS, each copy button appears and copies exactly the
 * citation text; without JS, no button shows and the text is still there to select.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, settle } from '../helpers/browser.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { serveSite, type StaticSite } from '../helpers/server.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launchChromium();
  const { outDir, base } = fixtureSite('hostile');
  site = await serveSite(outDir, base);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test.each(['cite-bibtex', 'cite-apa', 'cite-csl', 'badge-markdown', 'badge-html'])('the %s copy button copies its text exactly (hostile scan)', async (key) => {
  const url = site.page('papers/9902.66601/');
  const watched = await openWatchedPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const { page } = watched;
    await page.goto(url);
    await settle(page);
    const button = page.locator(`copy-text[for="${key}-text"] button`);
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator(`copy-text[for="${key}-text"] [role="status"]`).textContent()).toBe('Copied');
    const expected = await page.locator(`#${key}-text`).textContent();
    expect(expected!.length).toBeGreaterThan(20);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__pwned)).toBeUndefined();
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});

test('without JavaScript the buttons stay hidden and the citations are there to select', async () => {
  const watched = await openWatchedPage(browser, { javaScriptEnabled: false });
  try {
    const { page } = watched;
    await page.goto(site.page('papers/9902.66601/'));
    expect(await page.locator('copy-text button').count()).toBe(5);
    expect(await page.locator('copy-text button:visible').count()).toBe(0);
    expect(await page.locator('#cite-bibtex-text').textContent()).toMatch(/^@misc\{glassbox-9902\.66601/);
  } finally {
    await watched.close();
  }
});
