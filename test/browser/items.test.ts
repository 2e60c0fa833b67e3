/**
 * An item page and its embeds in Chromium: the charts are there with JavaScript off, the CSV
 * download parses back to the numbers the tables print, the SVG download is the chart shown, and
 * the embed page stands alone with its citation text.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { ITEM } from '../helpers/page-types.ts';
import { itemCsvPath, itemEmbedPath, itemSvgPath } from '../../src/lib/items/item-paths.ts';
import { resolveItemRef } from '../../src/lib/site/anchors.ts';
import { itemPath } from '../../src/lib/site/urls.ts';

const site = useServedSite('main');
const { item } = resolveItemRef(`${ITEM.category}/${ITEM.item}`);
const PAGE_URL = `https://glassbox.example.org${itemPath(ITEM.category, ITEM.item)}`;

/** A page with JavaScript off: what readers without it, and crawlers, get. */
async function openStatic(sitePath: string): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser, { javaScriptEnabled: false });
  const response = await watched.page.goto(site.server.page(sitePath));
  expect(response?.status()).toBe(200);
  await settle(watched.page);
  return watched;
}

/** One chart's table as rows of cell text: group, share, yes, applies to, does not apply to. */
function tableRows(page: Page, chart: 'year' | 'venue'): Promise<string[][]> {
  return page
    .locator(`[aria-label^="Table:"]`)
    .nth(chart === 'year' ? 0 : 1)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())));
}

type CsvRow = Record<'category' | 'item' | 'breakdown' | 'group' | 'papers' | 'applicable' | 'yes' | 'no' | 'not_applicable' | 'share', string>;

async function download(page: Page, href: string): Promise<{ type: string; text: string }> {
  const response = await page.request.get(new URL(href, page.url()).href);
  expect(response.status()).toBe(200);
  return { type: response.headers()['content-type'] ?? '', text: await response.text() };
}

describe('the item page without JavaScript', () => {
  test('both charts are drawn SVG with their captions, the tables sit behind a summary, the failing papers are listed', async () => {
    const watched = await openStatic(itemPath(ITEM.category, ITEM.item));
    const { page } = watched;
    try {
      await expect(page.locator('h1').innerText()).resolves.toBe(`${item.label}: across audited papers`);
      const charts = page.locator('main figure svg.share-chart');
      expect(await charts.count()).toBe(2);
      for (const chart of await charts.all()) {
        await expect(chart.isVisible()).resolves.toBe(true);
        const box = await chart.boundingBox();
        expect(box!.width).toBeGreaterThan(200);
        expect(box!.height).toBeGreaterThan(50);
        // Every bar prints its share as text: colour is never the only channel.
        expect(await chart.locator('text').allTextContents()).toContainEqual(expect.stringMatching(/^(\d+%|n\/a)$/));
      }
      await expect(page.locator('figcaption').allInnerTexts()).resolves.toEqual([expect.stringMatching(/year/i), expect.stringMatching(/venue/i)]);
      expect(await page.locator('details.share-table summary').allInnerTexts()).toEqual(['The same numbers as a table', 'The same numbers as a table']);
      expect(await page.locator('ol.failing li').count()).toBeGreaterThan(0);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('downloads', () => {
  test('the CSV parses back to the numbers of the page: the headline share and both tables, row by row', async () => {
    const watched = await openStatic(itemPath(ITEM.category, ITEM.item));
    const { page } = watched;
    try {
      const href = await page.getByRole('link', { name: 'The numbers of both charts (CSV)' }).getAttribute('href');
      expect(href).toBe(itemCsvPath(ITEM.category, ITEM.item));
      const { type, text } = await download(page, href!);
      expect(type).toMatch(/^text\/csv/);
      const parsed = Papa.parse<CsvRow>(text.trim(), { header: true });
      expect(parsed.errors).toEqual([]);
      const rows = parsed.data;
      for (const row of rows) expect([row.category, row.item]).toEqual([ITEM.category, ITEM.item]);
      const percent = (row: CsvRow) => (row.share === '' ? 'n/a' : `${Math.round(Number(row.share) * 100)}%`);

      const all = rows.filter((row) => row.breakdown === 'all');
      expect(all).toHaveLength(1);
      await expect(page.locator('.item-share-figure').innerText()).resolves.toBe(percent(all[0]!));
      await expect(page.locator('.item-share').innerText()).resolves.toContain(`${all[0]!.yes} of ${all[0]!.applicable} papers where it applies meet it`);
      expect(Number(all[0]!.yes) + Number(all[0]!.no)).toBe(Number(all[0]!.applicable));

      for (const chart of ['year', 'venue'] as const) {
        const fromCsv = rows.filter((row) => row.breakdown === chart).map((row) => [row.group, percent(row), row.yes, row.applicable, row.not_applicable]);
        expect(fromCsv.length).toBeGreaterThan(0);
        expect(await tableRows(page, chart)).toEqual(fromCsv);
        // The groups partition the papers: their counts add up to the "all" row.
        const sum = (column: 'yes' | 'applicable' | 'not_applicable') =>
          rows.filter((row) => row.breakdown === chart).reduce((total, row) => total + Number(row[column]), 0);
        expect([sum('yes'), sum('applicable'), sum('not_applicable')]).toEqual([
          Number(all[0]!.yes),
          Number(all[0]!.applicable),
          Number(all[0]!.not_applicable),
        ]);
      }
    } finally {
      await watched.close();
    }
  });

  test('each SVG download parses as SVG and is the chart the page shows', async () => {
    const watched = await openWatchedPage(site.browser);
    const { page } = watched;
    try {
      await page.goto(site.server.page(itemPath(ITEM.category, ITEM.item)));
      for (const [index, chart] of (['year', 'venue'] as const).entries()) {
        const link = page.locator('.share-downloads').nth(index).getByRole('link', { name: 'chart (SVG)' });
        expect(await link.getAttribute('href')).toBe(itemSvgPath(ITEM.category, ITEM.item, chart));
        const { type, text } = await download(page, (await link.getAttribute('href'))!);
        expect(type).toMatch(/^image\/svg\+xml/);
        const texts = await page.evaluate((source) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          if (doc.querySelector('parsererror') || doc.documentElement.localName !== 'svg') return null;
          return Array.from(doc.querySelectorAll('text'), (node) => node.textContent);
        }, text);
        expect(texts).not.toBeNull();
        expect(texts).toEqual(await page.locator('main figure svg.share-chart').nth(index).locator('text').allTextContents());
      }
    } finally {
      await watched.close();
    }
  });
});

describe('embed pages', () => {
  test.each(['year', 'venue'] as const)('the chart by %s stands alone, with its source and the text to cite it', async (chart) => {
    const watched = await openStatic(itemEmbedPath(ITEM.category, ITEM.item, chart));
    const { page } = watched;
    try {
      await expect(page.locator('h1').innerText()).resolves.toBe(item.question);
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      await expect(page.locator('svg.share-chart').isVisible()).resolves.toBe(true);
      const title = await page.locator('figcaption').innerText();
      expect(title).toMatch(chart === 'year' ? /year/i : /venue/i);
      const source = page.locator('.embed-source a');
      expect(await source.getAttribute('href')).toBe(PAGE_URL);
      await expect(source.innerText()).resolves.toBe(`Glassbox, “${item.label}” across audited papers`);
      const cite = await page.locator('.embed-cite').innerText();
      expect(cite).toMatch(/^Cite: /);
      expect(cite).toContain(title);
      expect(cite).toMatch(/from \d+ audited papers\./);
      expect(cite.endsWith(PAGE_URL)).toBe(true);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(PAGE_URL);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
