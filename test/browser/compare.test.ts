/**
 * The compare page in Chromium: the address carries the papers (and opening it again restores
 * them), papers are added by search and removed with Back and Forward following, bad ids get a
 * message each, everything works from the keyboard with changes announced, axe finds nothing,
 * without JavaScript the page says what it needs, and under a base path hostile text stays text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { openWatchedPage, sentinel, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite, type ServedSite } from '../helpers/served-site.ts';
import { HOSTILE_IDS, SENTINEL } from '../helpers/hostile.ts';
import { comparePath } from '../../src/lib/compare/compare-state.ts';
import { allItems } from '../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../src/lib/scan-format/schema.ts';

const main = useServedSite('main');
const hostile = useServedSite('hostile');

const title = (id: string) => (JSON.parse(readFileSync(path.resolve('test/fixtures/site', id, 'scan.json'), 'utf8')) as Scan).paper.title;

async function openCompare(site: ServedSite, query: string, options: Parameters<typeof openWatchedPage>[1] = {}): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser, options);
  await watched.page.goto(site.server.page(`/compare/${query}`));
  await settle(watched.page);
  await waitForSettledStatus(watched.page);
  return watched;
}

/** The status line once it reports a result (not "Loading…"). */
async function waitForSettledStatus(page: Page): Promise<string> {
  const status = page.locator('[data-status]');
  await expect.poll(() => status.innerText()).toMatch(/Comparing|Choose|One paper/);
  return status.innerText();
}

/** Ids of the papers shown, in order. */
function shownIds(page: Page): Promise<string[]> {
  return page.locator('.compare-paper .id').allInnerTexts();
}

function urlIds(page: Page): string[] {
  return (new URL(page.url()).searchParams.get('papers') ?? '').split(',').filter(Boolean);
}

/** Problems other than the expected 404 of an unknown id's scan.json (and its console line). */
function unexpectedProblems(watched: WatchedPage, missing: string[] = []): string[] {
  return watched.problems.filter(
    (problem) =>
      !missing.some((id) => problem.includes(`/papers/${id}/scan.json`)) &&
      !(missing.length > 0 && problem.startsWith('console error: Failed to load resource')),
  );
}

describe('the address is the state', () => {
  test('the papers in the address are shown in its order, and opening the address again shows the same', async () => {
    const ids = ['9901.00002', '9901.00001'];
    const first = await openCompare(main, comparePath(ids).replace('/compare/', ''));
    let rows: string[];
    try {
      expect(await shownIds(first.page)).toEqual(ids);
      expect(await first.page.locator('.compare-paper-title a').allInnerTexts()).toEqual(ids.map(title));
      await expect(first.page.locator('[data-status]').innerText()).resolves.toMatch(/^Comparing 2 papers: answered differently on \d+ checklist items?\.$/);
      // Scores: overall plus one row per category; answers: one row per rubric item, each cell a symbol and a word.
      expect(await first.page.locator('#compare-scores ~ .compare-scroll tbody tr').count()).toBe(12);
      const answerRows = first.page.locator('.compare-answers tbody tr');
      expect(await answerRows.count()).toBe(allItems().length);
      const cells = await first.page.locator('.compare-answers tbody td .answer').allInnerTexts();
      expect(cells).toHaveLength(allItems().length * 2);
      for (const cell of cells) expect(cell.trim()).toMatch(/^(yes|no|not applicable)$/);
      // The symbol before each word is drawn by answers.css, decorative (empty alternative text).
      const symbols = await first.page
        .locator('.compare-answers tbody td .answer')
        .evaluateAll((badges) => badges.map((badge) => getComputedStyle(badge, '::before').content));
      for (const symbol of symbols) expect(symbol).toMatch(/^"[✓✗–] " \/ ""$/);
      const differing = await first.page.locator('.compare-answers tbody tr.differs').count();
      expect(await first.page.locator('.compare-answers tbody tr.differs .compare-differs').count()).toBe(differing);
      rows = await answerRows.allInnerTexts();
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await openCompare(main, comparePath(ids).replace('/compare/', ''));
    try {
      expect(await second.page.locator('.compare-answers tbody tr').allInnerTexts()).toEqual(rows);
    } finally {
      await second.close();
    }
  });

  test('adding a paper by title and removing one push history entries; Back and Forward follow', async () => {
    const watched = await openCompare(main, '?papers=9901.00002,9901.00001');
    const { page } = watched;
    try {
      const search = page.getByRole('searchbox', { name: /add a paper/i });
      await search.fill(title('9901.00003'));
      const suggestion = page.locator('.compare-suggestion', { hasText: '9901.00003' });
      await expect.poll(() => suggestion.count()).toBe(1);
      await suggestion.click();
      await expect.poll(() => urlIds(page)).toEqual(['9901.00002', '9901.00001', '9901.00003']);
      await expect.poll(() => shownIds(page)).toEqual(['9901.00002', '9901.00001', '9901.00003']);
      await expect(waitForSettledStatus(page)).resolves.toMatch(/^Added “Synthetic paper 00003[^”]*”\. Comparing 3 papers/);
      expect(await page.locator('.compare-answers').first().locator('thead th').count()).toBe(4);

      await page.getByRole('button', { name: `Remove “${title('9901.00002')}” from the comparison` }).click();
      await expect.poll(() => urlIds(page)).toEqual(['9901.00001', '9901.00003']);
      await expect.poll(() => shownIds(page)).toEqual(['9901.00001', '9901.00003']);
      await expect(waitForSettledStatus(page)).resolves.toMatch(/^Removed “Synthetic paper 00002[^”]*”\. Comparing 2 papers/);

      await page.goBack();
      await expect.poll(() => shownIds(page)).toEqual(['9901.00002', '9901.00001', '9901.00003']);
      await page.goBack();
      await expect.poll(() => shownIds(page)).toEqual(['9901.00002', '9901.00001']);
      await page.goForward();
      await expect.poll(() => shownIds(page)).toEqual(['9901.00002', '9901.00001', '9901.00003']);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('no papers, or one, say what to do next and draw no tables', async () => {
    for (const [query, expected] of [
      ['', /^Choose 2 to 4 papers to compare\.$/],
      ['?papers=9901.00001', /^One paper chosen: add at least one more to compare\.$/],
    ] as const) {
      const watched = await openCompare(main, query);
      try {
        await expect(watched.page.locator('[data-status]').innerText()).resolves.toMatch(expected);
        expect(await watched.page.locator('table').count()).toBe(0);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    }
  });
});

describe('ids that cannot be compared', () => {
  test('malformed, repeated, unknown and surplus ids each get a message; the rest are compared', async () => {
    const query = '?papers=9901.00001,not%20an%20id!,9901.99999,9901.00001,9901.00002,9901.00003,9901.00004,9901.00005';
    const watched = await openCompare(main, query);
    try {
      expect(await shownIds(watched.page)).toEqual(['9901.00001', '9901.00002', '9901.00003']);
      expect(await watched.page.locator('[data-problem-list] li').allInnerTexts()).toEqual([
        '“not an id!” is not a paper id: ids are arXiv ids such as 2405.05949 or hep-th/9901001, or lowercase slugs such as my-paper-title.',
        '“9901.00001” is listed more than once; it is compared once.',
        'At most 4 papers can be compared at once; left out: “9901.00004”, “9901.00005”.',
        'No audit with id “9901.99999” is published on this site.',
      ]);
      await expect(watched.page.locator('[data-status]').innerText()).resolves.toContain('4 messages about the address are listed below.');
      expect(unexpectedProblems(watched, ['9901.99999'])).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('an address of nothing but bad ids is a page with messages, not a broken one', async () => {
    const watched = await openCompare(main, '?papers=%3Cscript%3Ealert(1)%3C%2Fscript%3E,../../etc/passwd');
    try {
      expect(await watched.page.locator('[data-problem-list] li').count()).toBe(2);
      await expect(watched.page.locator('[data-status]').innerText()).resolves.toMatch(/^Choose 2 to 4 papers/);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('at four papers the search is disabled and says why', async () => {
    const watched = await openCompare(main, '?papers=9901.00001,9901.00002,9901.00003,9901.00004');
    try {
      await expect(watched.page.getByRole('searchbox', { name: /add a paper/i }).isDisabled()).resolves.toBe(true);
      await expect(watched.page.locator('[data-add-hint]').innerText()).resolves.toMatch(/4 papers are compared, the most at once: remove one/);
    } finally {
      await watched.close();
    }
  });
});

describe('keyboard and screen readers', () => {
  /** Press Tab until `matches` holds for the focused element; fails after `max` presses. */
  async function tabTo(page: Page, matches: (element: { id: string; label: string; text: string }) => boolean, max = 60): Promise<void> {
    for (let step = 0; step < max; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return { id: element?.id ?? '', label: element?.getAttribute('aria-label') ?? '', text: element?.textContent?.trim() ?? '' };
      });
      if (matches(focused)) return;
    }
    throw new Error('Tab never reached the control');
  }

  test('search, choose and remove with keys alone; focus stays in the search and each change is announced', async () => {
    const watched = await openCompare(main, '?papers=9901.00001');
    const { page } = watched;
    try {
      await tabTo(page, (element) => element.id === 'compare-query');
      await page.keyboard.type('00002');
      await expect.poll(() => page.locator('[data-match-status]').innerText()).toMatch(/^1 paper matches\.$/);
      await tabTo(page, (element) => element.text.includes('9901.00002'), 3);
      await page.keyboard.press('Enter');
      await expect.poll(() => urlIds(page)).toEqual(['9901.00001', '9901.00002']);
      await expect(waitForSettledStatus(page)).resolves.toMatch(/^Added .* Comparing 2 papers/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-query');

      // Enter on an exact id adds it too.
      await page.keyboard.type('9901.00003');
      await page.keyboard.press('Enter');
      await expect.poll(() => urlIds(page)).toEqual(['9901.00001', '9901.00002', '9901.00003']);

      // Escape clears the suggestions.
      await page.keyboard.type('synthetic');
      await expect.poll(() => page.locator('.compare-suggestion').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      expect(await page.locator('.compare-suggestion').count()).toBe(0);

      await tabTo(page, (element) => element.label.startsWith(`Remove “${title('9901.00002')}”`));
      await page.keyboard.press('Enter');
      await expect.poll(() => urlIds(page)).toEqual(['9901.00001', '9901.00003']);
      await expect(waitForSettledStatus(page)).resolves.toMatch(/^Removed .* Comparing 2 papers/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-query');
      expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('"only items answered differently" hides the rest, and says so', async () => {
    const watched = await openCompare(main, '?papers=9901.00001,9901.00002');
    const { page } = watched;
    try {
      const differing = await page.locator('.compare-answers tbody tr.differs').count();
      await page.getByRole('checkbox', { name: /only items answered differently/i }).check();
      await expect.poll(() => page.locator('.compare-answers tbody tr:visible').count()).toBe(differing);
      await expect(page.locator('[data-status]').innerText()).resolves.toBe(`Showing only the ${differing} items answered differently.`);
    } finally {
      await watched.close();
    }
  });

  test.each(['light', 'dark'] as const)('axe finds no violation with papers, messages and suggestions shown (%s)', async (colorScheme) => {
    const watched = await openCompare(main, '?papers=9901.00001,9901.00002,9901.99999', { colorScheme, bypassCSP: true });
    const { page } = watched;
    try {
      await page.getByRole('searchbox', { name: /add a paper/i }).fill('synthetic');
      await expect.poll(() => page.locator('.compare-suggestion').count()).toBeGreaterThan(0);
      expect(await axeViolations(page, colorScheme)).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('without JavaScript', () => {
  test('the page says what it needs, links to what works without it, and its plain form makes the link', async () => {
    const watched = await openWatchedPage(main.browser, { javaScriptEnabled: false });
    const { page } = watched;
    try {
      await page.goto(main.server.page('/compare/?papers=9901.00001,9901.00002'));
      const message = page.locator('.compare-noscript');
      await expect(message.isVisible()).resolves.toBe(true);
      await expect(message.innerText()).resolves.toMatch(/Comparing audits needs JavaScript/);
      expect(await message.getByRole('link', { name: 'leaderboard' }).getAttribute('href')).toBe('/leaderboard/');
      expect(await message.getByRole('link', { name: 'scores.csv' }).getAttribute('href')).toBe('/data/scores.csv');
      await page.getByLabel(/make a link comparing/i).fill('9901.00003,9901.00004');
      await page.getByRole('button', { name: 'Make the link' }).click();
      await page.waitForURL(/papers=/);
      expect(new URL(page.url()).searchParams.get('papers')).toBe('9901.00003,9901.00004');
      expect(await page.locator('[data-status]').innerText()).toBe('');
    } finally {
      await watched.close();
    }
  });
});

describe('under a base path, with hostile papers', () => {
  test('hostile titles and justifications stay text, and every request carries the base path', async () => {
    const ids = HOSTILE_IDS.slice(0, 2);
    const watched = await openCompare(hostile, `?papers=${ids.join(',')}`);
    const requests: string[] = [];
    watched.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      expect(await shownIds(watched.page)).toEqual([...ids]);
      expect(await sentinel(watched.page, SENTINEL)).toBeUndefined();
      expect(await watched.page.locator('.compare-paper-title a').first().innerText()).toContain('<script>');
      // Adding a paper fetches the list and a scan under /glassbox/.
      await watched.page.getByRole('searchbox', { name: /add a paper/i }).fill('9901.00001');
      await watched.page.getByRole('searchbox', { name: /add a paper/i }).press('Enter');
      await expect.poll(() => shownIds(watched.page)).toEqual([...ids, '9901.00001']);
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) expect(request.startsWith('/glassbox/'), request).toBe(true);
      expect(await sentinel(watched.page, SENTINEL)).toBeUndefined();
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
