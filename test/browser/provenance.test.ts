/**
 * Provenance in a real browser: the leaderboard's "made" and "rubric" filters narrow the rows and
 * live in the URL, a shared URL restores them, the rows the script draws keep the ⚙ marker, and
 * without JS the server's marker and the audit page's panel are there all the same.
 */
import { describe, expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite('main');
const UNCHECKED = 'Automated audit, not checked by a person';

async function open(path: string, javaScriptEnabled = true): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser, { javaScriptEnabled });
  await watched.page.goto(site.server.page(path));
  await settle(watched.page);
  return watched;
}

const rowIds = (watched: WatchedPage) => watched.page.locator('main table tbody tr .id').allInnerTexts();

describe('filtering the leaderboard by how audits were made', () => {
  test('"made" narrows the rows, goes into the URL, and a new page opened on that URL restores it', async () => {
    const first = await open('/leaderboard/');
    let url: string;
    try {
      const form = first.page.getByRole('search', { name: /filter/i });
      await form.getByLabel('Made').selectOption('automated');
      await expect.poll(() => rowIds(first)).toEqual(['9903.00101']);
      await expect.poll(() => new URL(first.page.url()).searchParams.get('made')).toBe('automated');
      // The row the script drew carries the marker with its label, as the server's does.
      const mark = first.page.locator('main table tbody tr .mark-unchecked');
      await expect.poll(() => mark.count()).toBe(1);
      expect(await mark.getAttribute('title')).toBe(UNCHECKED);
      expect(await mark.locator('.visually-hidden').textContent()).toBe(UNCHECKED);

      await form.getByLabel('Made').selectOption('human');
      await expect.poll(() => rowIds(first).then((ids) => ids.sort())).toEqual(['9903.00104', '9903.00105']);
      url = first.page.url();
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await open(new URL(url).pathname + new URL(url).search);
    try {
      await expect.poll(() => rowIds(second).then((ids) => ids.sort())).toEqual(['9903.00104', '9903.00105']);
      const form = second.page.getByRole('search', { name: /filter/i });
      expect(await form.getByLabel('Made').inputValue()).toBe('human');
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  test('the rubric filter: every fixture answered the current version, none an older one', async () => {
    const watched = await open('/leaderboard/?rubric=older');
    try {
      await expect.poll(() => watched.page.locator('main table tbody tr').count()).toBe(0);
      await expect.poll(() => watched.page.locator('[data-status]').textContent()).toContain('No papers match');
      const form = watched.page.getByRole('search', { name: /filter/i });
      expect(await form.getByLabel('Rubric').inputValue()).toBe('older');
      await form.getByLabel('Rubric').selectOption('current');
      await expect.poll(() => watched.page.locator('main table tbody tr').count()).toBe(19);
      await expect.poll(() => new URL(watched.page.url()).searchParams.get('rubric')).toBe('current');
      await form.getByRole('button', { name: 'Clear filters' }).click();
      await expect.poll(() => new URL(watched.page.url()).search).toBe('');
    } finally {
      await watched.close();
    }
  });
});

describe('filtering a category ranking by how audits were made', () => {
  test('the category page hands the filter to the leaderboard, sorted by that category, in the URL', async () => {
    const watched = await open('/categories/artifacts/');
    try {
      await watched.page.getByLabel('How the audit was made').selectOption('human');
      await watched.page.getByRole('button', { name: 'Rank by artifacts on the leaderboard' }).click();
      await expect.poll(() => new URL(watched.page.url()).pathname).toBe('/leaderboard/');
      await settle(watched.page);
      const params = new URL(watched.page.url()).searchParams;
      expect([params.get('sort'), params.get('made')]).toEqual(['artifacts', 'human']);
      await expect.poll(() => rowIds(watched).then((ids) => ids.sort())).toEqual(['9903.00104', '9903.00105']);
      const form = watched.page.getByRole('search', { name: /filter/i });
      expect(await form.getByLabel('Made').inputValue()).toBe('human');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('without JavaScript the category page shows no filter control it could not honour', async () => {
    const watched = await open('/categories/artifacts/', false);
    try {
      expect(await watched.page.getByLabel('How the audit was made').count()).toBe(0);
      expect(await watched.page.locator('main form.category-filter').count()).toBe(0);
    } finally {
      await watched.close();
    }
  });
});

describe('without JavaScript', () => {
  test.each(['/leaderboard/', '/categories/artifacts/'])('%s shows the ⚙ marker, labelled, beside the unchecked automated audit', async (path) => {
    const watched = await open(path, false);
    try {
      const mark = watched.page.locator('main .mark-unchecked');
      expect(await mark.count()).toBe(1);
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.locator('[aria-hidden="true"]').innerText()).toBe('⚙');
      expect(await watched.page.getByText(UNCHECKED, { exact: true }).count()).toBe(1);
    } finally {
      await watched.close();
    }
  });

  test('an audit page shows its provenance panel and estimate notice', async () => {
    const watched = await open('/papers/9903.00101/', false);
    try {
      const panel = watched.page.getByRole('region', { name: 'How this audit was made' });
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.innerText()).toContain('Synthetic scanner 0.4.1');
      expect(await watched.page.getByText('Automated audit, not checked by a person: treat the answers as estimates.').isVisible()).toBe(true);
    } finally {
      await watched.close();
    }
  });
});
