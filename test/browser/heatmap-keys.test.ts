/**
 * Heatmap keyboard use and the no-JS baseline of the leaderboard, in Chromium: a heatmap is one
 * tab stop whose arrow keys move between cells, Enter opens the paper at the item's answer, and
 * without JavaScript the leaderboard and heatmaps are complete with no dead controls.
 */
import { expect, test } from 'vitest';
import { openWatchedPage, settle } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { getCategory } from '../../src/lib/scan-format/rubric.ts';

const site = useServedSite('main');

test('category heatmap: one tab stop, arrow keys, Home/End, and Enter opens the paper at the item', async () => {
  const items = getCategory('artifacts').items;
  const watched = await openWatchedPage(site.browser);
  const { page } = watched;
  try {
    await page.goto(site.server.page('/categories/artifacts/'));
    await settle(page);
    const cells = page.locator('.heatmap-cells > a');
    expect(await cells.count()).toBe(19 * items.length);
    expect(await page.locator('.heatmap-cells > [tabindex="0"]').count()).toBe(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await cells.first().focus();
    expect(await focused()).toContain(`— ${items[0]!.label}:`);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toContain(`— ${items[1]!.label}:`);
    await page.keyboard.press('End');
    expect(await focused()).toContain(`— ${items.at(-1)!.label}:`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const secondRowFirst = await focused();
    expect(secondRowFirst).toContain(`— ${items[0]!.label}:`);
    expect(secondRowFirst).not.toBe(await cells.first().getAttribute('aria-label'));
    // Roving tabindex: the focused cell is now the heatmap's only tab stop.
    expect(await page.locator('.heatmap-cells > [tabindex="0"]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    // The tooltip follows focus and says the same as the accessible name.
    await expect.poll(() => page.locator('[data-tip-box]').textContent()).toBe(secondRowFirst);
    const href = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
    expect(href).toMatch(new RegExp(`/papers/.+/#artifacts-${items[0]!.key}$`));
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/papers/')), page.keyboard.press('Enter')]);
    expect(await page.locator(`[id="artifacts-${items[0]!.key}"]`).count()).toBe(1);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});

test('without JavaScript: the leaderboard is a complete table with no controls, the heatmaps are drawn', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(site.server.page('/leaderboard/'));
    expect(await page.locator('main table tbody tr').count()).toBe(19);
    expect(await page.locator('main select, main input, main button').count()).toBe(0);
    expect(await page.locator('main th[aria-sort="ascending"]').textContent()).toBe('Rank');
    await page.goto(site.server.page('/heatmap/'));
    expect(await page.locator('svg.heatmap-svg').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('svg.heatmap-svg .heatmap-cells use').first().isVisible()).toBe(true);
    expect(await page.locator('details.heatmap-table table').count()).toBeGreaterThanOrEqual(3);
  } finally {
    await context.close();
  }
});
