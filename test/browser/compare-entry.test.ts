/**
 * The ways into the compare page, in Chromium: selecting rows on the leaderboard (across a sort,
 * from the keyboard, absent without JavaScript) and "compare with…" on an audit page (search by
 * title, Enter on an id, arrow keys, the plain form without JavaScript, the paper list fetched only
 * on first use). axe runs with each control in use, in the state a reader sees it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { AUDIT_ID } from '../helpers/page-types.ts';
import { PAPER_LIST_PATH } from '../../src/lib/compare/paper-list.ts';
import { paperPath } from '../../src/lib/site/urls.ts';

const site = useServedSite('main');

async function open(sitePath: string, options: Parameters<typeof openWatchedPage>[1] = {}): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser, options);
  await watched.page.goto(site.server.page(sitePath));
  await settle(watched.page);
  return watched;
}

/** The ids the compare page's address names, in order (`?papers=a,b` or `?papers=a&papers=b`). */
function comparedIds(page: Page): string[] {
  const url = new URL(page.url());
  expect(url.pathname).toBe('/compare/');
  return url.searchParams.getAll('papers').flatMap((value) => value.split(','));
}

/** The leaderboard row checkbox of a paper. */
const rowBox = (page: Page, id: string) => page.locator(`input[data-compare-id="${id}"]`);

/** Whether every leaderboard row's checkbox names the paper the row shows (the script reuses rows for other papers). */
const boxesFollowPapers = (page: Page) =>
  page
    .locator('main table tbody th')
    .evaluateAll((cells) =>
      cells.every(
        (cell) => cell.querySelector<HTMLInputElement>('input[data-compare-id]')?.dataset.compareId === cell.querySelector('small')?.textContent?.trim(),
      ),
    );

/** The compare page shows these papers, in order, once loaded. */
async function expectCompared(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => page.locator('.compare-paper .id').allInnerTexts()).toEqual(ids);
}

describe('selecting rows on the leaderboard', () => {
  test('select two rows, open the comparison: its address names those papers in the order chosen', async () => {
    const watched = await open('/leaderboard/');
    const { page } = watched;
    try {
      const bar = page.locator('gb-compare-select');
      await expect(bar.isVisible()).resolves.toBe(true);
      expect(await page.locator('main table tbody input[data-compare-id]').count()).toBe(await page.locator('main table tbody tr').count());
      const go = bar.getByRole('link', { name: 'Compare the selected papers' });
      await rowBox(page, '9901.00002').check();
      await expect(bar.getByRole('status').innerText()).resolves.toMatch(/1 paper selected: select at least one more/);
      await expect(go.isVisible()).resolves.toBe(false);
      await rowBox(page, AUDIT_ID).check();
      await expect(bar.getByRole('status').innerText()).resolves.toMatch(/^2 papers selected\.$/);
      await go.click();
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual(['9901.00002', AUDIT_ID]);
      await expectCompared(page, ['9901.00002', AUDIT_ID]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('the selection survives sorting (rows redrawn by the script) and a fifth paper cannot be added', async () => {
    const watched = await open('/leaderboard/');
    const { page } = watched;
    try {
      const ids = ['9901.00003', '9901.00005', '9903.00101', '9903.00104'];
      for (const id of ids) await rowBox(page, id).check();
      // Sorting by title redraws every row from rows.json; the boxes come back, still ticked.
      await page.locator('main table thead th[data-sort="title"]').getByRole('button').click();
      await page.waitForURL(/sort=title/);
      await expect.poll(() => page.locator('main table tbody input[data-compare-id]:checked').evaluateAll((boxes) => boxes.length)).toBe(4);
      for (const id of ids) await expect(rowBox(page, id).isChecked()).resolves.toBe(true);
      await expect(boxesFollowPapers(page)).resolves.toBe(true);
      await expect(rowBox(page, '9901.00001').isDisabled()).resolves.toBe(true);
      await expect(page.locator('gb-compare-select').getByRole('status').innerText()).resolves.toMatch(/4 papers selected \(the most at once\)/);
      expect(await page.locator('gb-compare-select').getByRole('link').getAttribute('href')).toBe(`/compare/?papers=${ids.join(',')}`);
      // Filtering hides rows; clearing the selection unticks the rows still shown.
      await page
        .getByRole('search', { name: /filter/i })
        .getByLabel('Text')
        .fill('00003');
      await expect.poll(() => page.locator('main table tbody tr').count()).toBe(1);
      await expect.poll(() => boxesFollowPapers(page)).toBe(true);
      await expect(rowBox(page, '9901.00003').isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Clear the selection' }).click();
      await expect(rowBox(page, '9901.00003').isChecked()).resolves.toBe(false);
      await expect(page.locator('gb-compare-select').getByRole('status').innerText()).resolves.toMatch(/^Select 2 to 4 papers/);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('works from the keyboard: Tab to a row checkbox, Space ticks it, Tab reaches the link', async () => {
    const watched = await open('/leaderboard/');
    const { page } = watched;
    try {
      for (const id of [AUDIT_ID, '9901.00002']) {
        await rowBox(page, id).focus();
        await page.keyboard.press('Space');
        await expect(rowBox(page, id).isChecked()).resolves.toBe(true);
      }
      // The link comes just before the clear button in the tab order.
      await page.getByRole('button', { name: 'Clear the selection' }).focus();
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Compare the selected papers');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual([AUDIT_ID, '9901.00002']);
    } finally {
      await watched.close();
    }
  });

  test('without JavaScript there are no checkboxes and the selection bar stays hidden', async () => {
    const watched = await open('/leaderboard/', { javaScriptEnabled: false });
    try {
      await expect(watched.page.locator('gb-compare-select').isVisible()).resolves.toBe(false);
      expect(await watched.page.locator('main table input[type="checkbox"]').count()).toBe(0);
    } finally {
      await watched.close();
    }
  });

  test.each(['light', 'dark'] as const)('axe finds no violation with rows selected (%s)', async (colorScheme) => {
    const watched = await open('/leaderboard/', { colorScheme, bypassCSP: true });
    try {
      await rowBox(watched.page, AUDIT_ID).check();
      await rowBox(watched.page, '9901.00002').check();
      expect(await axeViolations(watched.page, colorScheme)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('"compare with…" on an audit page', () => {
  const auditPath = paperPath(AUDIT_ID);
  const listRequests = (watched: WatchedPage) => {
    const seen: string[] = [];
    watched.page.on('request', (request) => {
      if (new URL(request.url()).pathname === PAPER_LIST_PATH) seen.push(request.url());
    });
    return seen;
  };

  async function openSearch(page: Page) {
    const box = page.getByRole('searchbox', { name: /compare with/i });
    await box.focus();
    return box;
  }

  test('search by title, choose a match: the compare page opens with this paper and the one chosen', async () => {
    const watched = await openWatchedPage(site.browser);
    const { page } = watched;
    const requested = listRequests(watched);
    try {
      await page.goto(site.server.page(auditPath));
      await settle(page);
      // The list of papers is not part of the audit page's load.
      expect(requested).toEqual([]);
      const box = await openSearch(page);
      await expect.poll(() => requested.length).toBe(1);
      await box.fill('scaling fictional');
      const matches = page.locator('[data-matches] a');
      await expect
        .poll(() => matches.allInnerTexts())
        .toEqual([expect.stringMatching(/^Synthetic paper 00002: scaling fictional transformers 9901\.00002 · 2017$/), expect.stringMatching(/00007/)]);
      await expect(page.locator('[data-status]').innerText()).resolves.toBe('2 papers match.');
      await matches.first().click();
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual([AUDIT_ID, '9901.00002']);
      await expectCompared(page, [AUDIT_ID, '9901.00002']);
      expect(requested).toHaveLength(1);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('Enter on an id (as readers paste it) opens the comparison; a title with several matches asks to choose', async () => {
    const watched = await open(auditPath);
    const { page } = watched;
    try {
      const box = await openSearch(page);
      await box.fill('aligning');
      await box.press('Enter');
      await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/^\d+ papers match: choose one from the list\.$/);
      expect(page.url()).toContain(auditPath);
      await box.fill(AUDIT_ID);
      await box.press('Enter');
      await expect.poll(() => page.locator('[data-status]').innerText()).toBe('That is this paper: choose another one.');
      await box.fill('arXiv:9903.00104v2');
      await box.press('Enter');
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual([AUDIT_ID, '9903.00104']);
    } finally {
      await watched.close();
    }
  });

  test('the keyboard alone: Tab to the search, type, arrow down to a match, Enter', async () => {
    const watched = await open(auditPath);
    const { page } = watched;
    try {
      // "Edit this scan" comes just before the search box in the tab order.
      await page.getByRole('link', { name: 'Edit this scan' }).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-with-q');
      await page.keyboard.type('00105');
      await expect.poll(() => page.locator('[data-matches] a').count()).toBe(1);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-matches]') !== null)).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-with-q');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual([AUDIT_ID, '9903.00105']);
    } finally {
      await watched.close();
    }
  });

  test('without JavaScript the form still opens the comparison for an id', async () => {
    const watched = await open(auditPath, { javaScriptEnabled: false });
    const { page } = watched;
    try {
      await expect(page.locator('.compare-with label').innerText()).resolves.toBe("Compare with: the other paper's id");
      await page.getByRole('searchbox', { name: /compare with/i }).fill('9901.00004');
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await page.waitForURL(/\/compare\//);
      expect(comparedIds(page)).toEqual([AUDIT_ID, '9901.00004']);
      // The compare page says it needs JavaScript rather than showing an empty shell.
      await expect(page.locator('.compare-noscript').isVisible()).resolves.toBe(true);
    } finally {
      await watched.close();
    }
  });

  test.each(['light', 'dark'] as const)('axe finds no violation with the search open and matches shown (%s)', async (colorScheme) => {
    const watched = await open(auditPath, { colorScheme, bypassCSP: true });
    try {
      const box = await openSearch(watched.page);
      await box.fill('synthetic');
      await expect.poll(() => watched.page.locator('[data-matches] a').count()).toBeGreaterThan(0);
      expect(await axeViolations(watched.page, colorScheme)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
