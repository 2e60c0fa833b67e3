/**
 * The heatmap in a real browser: a cell shows its tooltip on hover and on keyboard focus, and a
 * paper's cell links to that paper's audit page.
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite('main');

async function openHeatmap(): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser);
  await watched.page.goto(site.server.page('/heatmap/'));
  await settle(watched.page);
  return watched;
}

/** Cells that link to a paper's audit page. */
function paperCells(watched: WatchedPage): Locator {
  return watched.page.locator('main svg a[href*="/papers/"][data-tip]');
}

/** The visible tooltip of the heatmap that holds `cell`. */
function tooltipOf(cell: Locator): Locator {
  return cell.locator('xpath=ancestor::gb-heatmap[1]').locator('[data-tip-box]');
}

test('hovering a cell shows its tooltip, with the same text as its accessible name', async () => {
  const watched = await openHeatmap();
  try {
    const cells = watched.page.locator('main svg [data-tip]');
    expect(await cells.count()).toBeGreaterThan(14);
    for (const index of [0, 7, (await cells.count()) - 1]) {
      const cell = cells.nth(index);
      await cell.scrollIntoViewIfNeeded();
      await cell.hover();
      const tooltip = tooltipOf(cell);
      await expect.poll(() => tooltip.isVisible(), { message: `tooltip of cell ${index}` }).toBe(true);
      expect(await tooltip.textContent()).toBe(await cell.getAttribute('data-tip'));
      expect(await cell.getAttribute('aria-label')).toBe(await cell.getAttribute('data-tip'));
    }
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});

test('a cell reached with Tab shows its tooltip, and Escape hides it', async () => {
  const watched = await openHeatmap();
  try {
    const cell = paperCells(watched).first();
    // Focus the tabbable element just before the cell, then Tab onto it, so focus arrives by keyboard.
    // (Heatmap cells use a roving tabindex, so only one cell per heatmap is tabbable; hidden links
    // in collapsed <details> cannot take focus.)
    await cell.evaluate((element) => {
      const links = [...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, summary, [tabindex="0"]')].filter(
        (candidate) => candidate === element || (candidate.getAttribute('tabindex') !== '-1' && candidate.checkVisibility()),
      );
      const previous = links[links.indexOf(element as SVGElement) - 1];
      previous?.focus();
    });
    await watched.page.keyboard.press('Tab');
    expect(await cell.evaluate((element) => element === document.activeElement)).toBe(true);
    const tooltip = tooltipOf(cell);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toBe(await cell.getAttribute('data-tip'));
    await watched.page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
  } finally {
    await watched.close();
  }
});

test("a paper's cell links to its audit page", async () => {
  const watched = await openHeatmap();
  try {
    const cell = paperCells(watched).nth(3);
    const href = await cell.getAttribute('href');
    expect(href).toMatch(/\/papers\/[^/]+/);
    const tip = (await cell.getAttribute('data-tip'))!;
    await cell.focus();
    await Promise.all([
      watched.page.waitForURL((url) => url.pathname !== new URL(site.server.page('/heatmap/')).pathname),
      watched.page.keyboard.press('Enter'),
    ]);
    expect(new URL(watched.page.url()).pathname).toBe(new URL(href!, watched.page.url()).pathname);
    const heading = (await watched.page.locator('main h1').first().textContent())!.trim();
    expect(heading.length).toBeGreaterThan(0);
    // The tooltip names the paper, so the reader lands where the cell said.
    expect(tip).toContain(heading.slice(0, 20));
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});

test('arrow keys move between cells, and the tooltip follows', async () => {
  const watched = await openHeatmap();
  try {
    const cells = watched.page.locator('main gb-heatmap').first().locator('svg [data-tip]');
    expect(await cells.count()).toBeGreaterThan(2);
    await cells.first().focus();
    const tooltip = tooltipOf(cells.first());
    for (const [key, expected] of [
      ['ArrowRight', 1],
      ['ArrowRight', 2],
      ['ArrowLeft', 1],
      ['Home', 0],
    ] as const) {
      await watched.page.keyboard.press(key);
      const focusedTip = await watched.page.evaluate(() => (document.activeElement as HTMLElement | SVGElement | null)?.dataset.tip);
      expect(focusedTip, `focus after ${key}`).toBe(await cells.nth(expected).getAttribute('data-tip'));
      await expect.poll(() => tooltip.textContent()).toBe(focusedTip);
    }
    // One tab stop per heatmap: only the focused cell is in the tab order.
    const tabbable = await cells.evaluateAll((all) => all.filter((cell) => cell.getAttribute('tabindex') === '0').length);
    expect(tabbable).toBe(1);
  } finally {
    await watched.close();
  }
});
