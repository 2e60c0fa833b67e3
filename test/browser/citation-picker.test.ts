/**
 * The citation picker in Chromium, on a release page (the component is the same one audit pages
 * get): with JS one format shows at a time, chosen with a labelled `<select>` by keyboard and
 * remembered across pages; without JS every format is there to open, select and download; axe
 * finds nothing in either state. On an audit page of a large site, where the data formats are
 * linked rather than printed, choosing one fetches its file into the picker.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium, openWatchedPage, settle } from '../helpers/chromium.ts';
import { serveSite, type StaticSite } from '../helpers/fixture-server.ts';
import type { TempRepo } from '../helpers/git-repo.ts';
import { createReleasedRepo, releasedSite } from '../helpers/release-repo.ts';
import { CITATION_DATA_FORMATS, CITATION_STYLES } from '../../src/lib/publishing/citation.ts';

let repo: TempRepo;
let browser: Browser;
let server: StaticSite;
let url: string;

beforeAll(async () => {
  ({ repo } = createReleasedRepo());
  const outDir = await releasedSite(repo);
  browser = await launchChromium();
  server = await serveSite(outDir, '/glassbox/');
  url = server.page('releases/v2026.02/');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(repo.root, { recursive: true, force: true });
});

const FORMAT_COUNT = CITATION_STYLES.length + CITATION_DATA_FORMATS.length;
const visibleFormats = (page: import('playwright-core').Page) =>
  page
    .locator('citation-picker details[data-format]')
    .evaluateAll((blocks) => blocks.filter((block) => !(block as HTMLElement).hidden).map((block) => (block as HTMLElement).dataset.format));

describe('with JavaScript', () => {
  test('one format at a time, APA first; the labelled select changes it by keyboard and remembers it', async () => {
    const watched = await openWatchedPage(browser, { bypassCSP: true });
    try {
      const { page } = watched;
      await page.goto(url);
      await settle(page);
      const select = page.getByLabel('Citation format');
      await expect.poll(() => select.isVisible()).toBe(true);
      expect(await select.locator('option').allTextContents()).toHaveLength(FORMAT_COUNT);
      expect(await visibleFormats(page)).toEqual(['apa']);
      expect(await page.locator('#cite-apa-text').isVisible()).toBe(true);
      // Keyboard only: focus the select and move to the next option (BibTeX).
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => visibleFormats(page)).toEqual(['bibtex']);
      expect(await page.locator('#cite-bibtex-text').textContent()).toMatch(/^@misc\{glassbox-v2026\.02,/);
      expect(await axeViolations(page)).toEqual([]);
      // The choice survives a new page load.
      await page.reload();
      await settle(page);
      await expect.poll(() => visibleFormats(page)).toEqual(['bibtex']);
      expect(await select.inputValue()).toBe('bibtex');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('a remembered format this picker does not offer falls back to APA', async () => {
    const watched = await openWatchedPage(browser);
    try {
      const { page } = watched;
      await page.goto(url);
      await page.evaluate(() => localStorage.setItem('glassbox:citation-format', '<img src=x onerror=alert(1)>'));
      await page.reload();
      await settle(page);
      await expect.poll(() => visibleFormats(page)).toEqual(['apa']);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

/** Formats of the blocks matching a selector, read attribute by attribute (page JS may be off). */
async function formatsOf(page: import('playwright-core').Page, selector: string): Promise<string[]> {
  const blocks = page.locator(selector);
  const keys: string[] = [];
  for (let index = 0; index < (await blocks.count()); index++) keys.push((await blocks.nth(index).getAttribute('data-format')) ?? '');
  return keys;
}

describe('without JavaScript', () => {
  test('every format can be opened and selected, and the files are linked', async () => {
    const watched = await openWatchedPage(browser, { javaScriptEnabled: false });
    try {
      const { page } = watched;
      await page.goto(url);
      expect(await page.locator('[data-picker-control]').isVisible()).toBe(false);
      expect(await formatsOf(page, 'citation-picker details[data-format]:not([hidden])')).toHaveLength(FORMAT_COUNT);
      expect(await formatsOf(page, 'citation-picker details[open]')).toEqual(['apa', 'bibtex']);
      expect(await page.locator('#cite-chicago-text').isVisible()).toBe(false);
      await page.locator('summary#cite-chicago').click();
      expect(await page.locator('#cite-chicago-text').isVisible()).toBe(true);
      const links = page.locator('citation-picker details a[download]');
      const downloads: (string | null)[] = [];
      for (let index = 0; index < (await links.count()); index++) downloads.push(await links.nth(index).getAttribute('href'));
      expect(new Set(downloads)).toEqual(new Set(CITATION_DATA_FORMATS.map((format) => `/glassbox/releases/v2026.02/${format.file}`)));
      const response = await page.request.get(server.page('releases/v2026.02/cite.ris'));
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(/^TY {2}- DATA\n/);
    } finally {
      await watched.close();
    }
  });

  test('axe finds nothing when the site’s scripts do not run', async () => {
    // axe itself needs JavaScript, so the page keeps it and the site's own scripts (inlined
    // module scripts and bundled ones) are taken out of the page instead.
    const watched = await openWatchedPage(browser, { bypassCSP: true });
    try {
      const { page } = watched;
      await page.route('**/_astro/*.js', (route) => route.abort());
      await page.route(url, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '') });
      });
      await page.goto(url);
      expect(await page.locator('[data-picker-control]').isVisible()).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('on an audit page of a large site (data formats linked, not printed)', () => {
  const auditUrl = () => server.page('papers/9901.00001/');

  test('without JS the data formats are download links only; with JS choosing one shows its file, copyable', async () => {
    const plain = await openWatchedPage(browser, { javaScriptEnabled: false });
    try {
      await plain.page.goto(auditUrl());
      expect(await formatsOf(plain.page, 'citation-picker details[data-format]')).toEqual(['apa']);
      const links = plain.page.locator('citation-picker .citation-downloads a[download]');
      const hrefs: (string | null)[] = [];
      for (let index = 0; index < (await links.count()); index++) hrefs.push(await links.nth(index).getAttribute('href'));
      expect(hrefs).toEqual(CITATION_DATA_FORMATS.map((format) => `/glassbox/papers/9901.00001/${format.file}`));
    } finally {
      await plain.close();
    }
    const watched = await openWatchedPage(browser, { bypassCSP: true, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = watched;
      await page.goto(auditUrl());
      await settle(page);
      const select = page.getByLabel('Citation format');
      await expect.poll(() => select.isVisible()).toBe(true);
      expect(await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
        'apa',
        ...CITATION_DATA_FORMATS.map((format) => format.key),
      ]);
      await select.selectOption('ris');
      await expect.poll(() => visibleFormats(page)).toEqual(['ris']);
      const file = await (await page.request.get(server.page('papers/9901.00001/cite.ris'))).text();
      await expect.poll(() => page.locator('citation-picker details[data-format="ris"] pre').textContent()).toBe(file.trimEnd());
      const block = page.locator('citation-picker details[data-format="ris"]');
      expect(await block.locator('pre').getAttribute('aria-labelledby')).toBe(await block.locator('summary').getAttribute('id'));
      // Its copy button is its own: named for RIS, and it copies the fetched file.
      const copy = block.locator('copy-text button');
      expect(await copy.count()).toBe(1);
      expect(await copy.textContent()).toBe('Copy RIS');
      await copy.click();
      await expect.poll(() => block.locator('[role="status"]').textContent()).toBe('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.trimEnd());
      expect(await block.locator('a[download]').getAttribute('href')).toBe('/glassbox/papers/9901.00001/cite.ris');
      // Ids stay unique on the page, and the choice is remembered like any other.
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      await settle(page);
      await expect.poll(() => visibleFormats(page)).toEqual(['ris']);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
