/**
 * "Cite this audit" in Chromium: with JS, each copy button appears (once its format is picked)
 * and copies exactly the citation text; without JS, no button shows and the text is still there to select. A reader
 * arriving through a permalink of an older version is told so.
 */
import { describe, expect, test } from 'vitest';
import { openWatchedPage, settle } from '../helpers/chromium.ts';
import { FIXTURE_REPO_URL, fixtureSite } from '../helpers/fixture-sites.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { serveSite } from '../helpers/fixture-server.ts';
import { CITATION_DATA_FORMATS, CITATION_STYLES } from '../../src/lib/publishing/citation.ts';

const site = useServedSite('hostile');

/** The picker's option of each citation block (its element ids name CSL-JSON `csl`). */
const PICKER_OPTION: Record<string, string> = {
  'cite-bibtex': 'bibtex',
  'cite-apa': 'apa',
  'cite-csl': 'csl-json',
  'cite-ris': 'ris',
  'cite-vancouver': 'vancouver',
};

test.each(['cite-bibtex', 'cite-apa', 'cite-csl', 'cite-ris', 'cite-vancouver', 'badge-markdown', 'badge-html'])(
  'the %s copy button copies its text exactly (hostile scan)',
  async (key) => {
    const url = site.server.page('papers/9902.66601/');
    const watched = await openWatchedPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = watched;
      await page.goto(url);
      await settle(page);
      // The picker shows one citation at a time: choose this one first.
      if (PICKER_OPTION[key]) await page.getByLabel('Citation format').selectOption(PICKER_OPTION[key]);
      const button = page.locator(`copy-text[for="${key}-text"] button`);
      await expect.poll(() => button.isVisible()).toBe(true);
      // Its name says what it copies (the label is visually hidden after "Copy").
      expect(await button.textContent()).toMatch(/^Copy \S/);
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
  },
);

test('without JavaScript there is no copy button, and the citations are there to select', async () => {
  const watched = await openWatchedPage(site.browser, { javaScriptEnabled: false });
  try {
    const { page } = watched;
    await page.goto(site.server.page('papers/9902.66601/'));
    // One per citation format, and the badge's Markdown and HTML: none makes a button without JS.
    expect(await page.locator('copy-text').count()).toBe(CITATION_STYLES.length + CITATION_DATA_FORMATS.length + 2);
    expect(await page.locator('copy-text button').count()).toBe(0);
    expect(await page.locator('#cite-bibtex-text').textContent()).toMatch(/^@misc\{glassbox-9902\.66601/);
  } finally {
    await watched.close();
  }
});

describe('the version notice for readers arriving through a citation of another version', () => {
  test('shows both versions for ?v=<other commit>, stays hidden for the current one or a non-commit value', async () => {
    const main = await serveSite(fixtureSite('main').outDir, fixtureSite('main').base);
    const watched = await openWatchedPage(site.browser);
    try {
      const { page } = watched;
      await page.goto(main.page('papers/9901.00001/?v=0123abc'));
      await settle(page);
      const notice = page.locator('version-notice');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.locator('[data-cited]').textContent()).toBe('0123abc');
      expect(await notice.locator('a[data-source]').getAttribute('href')).toBe(`${FIXTURE_REPO_URL}/blob/0123abc/test/fixtures/site/9901.00001/scan.json`);
      const current = await notice.getAttribute('data-current');
      for (const query of [`?v=${current}`, '?v=<img src=x onerror=alert(1)>', '']) {
        await page.goto(main.page(`papers/9901.00001/${query}`));
        await settle(page);
        expect(await notice.isVisible(), query).toBe(false);
      }
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
      await main.close();
    }
  });
});
