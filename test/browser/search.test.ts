/**
 * Red-flag search in a real browser: a misspelled word still finds the right red flag, and its
 * result link lands on that flag's `#flag-N` anchor on the paper's audit page. The index is
 * fetched on the search page only.
 */
import type { Locator } from 'playwright-core';
import { expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { AUDIT_ID } from '../helpers/page-types.ts';
import { paperPath } from '../../src/lib/site/urls.ts';

/** "Seed selection undisclosed" is red flag 5 of fixture 9901.00007 and the only flag about seed selection. */
const TARGET = { id: '9901.00007', flag: 5, text: 'Seed selection undisclosed' };
const MISSPELLED = 'seed selecton';

const site = useServedSite('main');

function results(watched: WatchedPage): Locator {
  return watched.page.locator('main a[href*="#flag-"]');
}

async function expectTargetFirst(watched: WatchedPage): Promise<void> {
  await expect.poll(() => results(watched).count(), { timeout: 10_000, message: `results for "${MISSPELLED}"` }).toBeGreaterThan(0);
  const href = (await results(watched).first().getAttribute('href'))!;
  const target = new URL(href, watched.page.url());
  expect(target.pathname + target.hash).toBe(new URL(site.server.page(paperPath(TARGET.id))).pathname + `#flag-${TARGET.flag}`);
}

test(`typing "${MISSPELLED}" finds "${TARGET.text}" first, and its link lands on #flag-${TARGET.flag}`, async () => {
  const watched = await openWatchedPage(site.browser);
  try {
    await watched.page.goto(site.server.page('/search/'));
    await settle(watched.page);
    await watched.page.locator('main').getByRole('searchbox').first().pressSequentially(MISSPELLED, { delay: 20 });
    await expectTargetFirst(watched);
    await Promise.all([watched.page.waitForURL(/#flag-/), results(watched).first().click()]);
    const landed = new URL(watched.page.url());
    expect(landed.hash).toBe(`#flag-${TARGET.flag}`);
    const anchor = watched.page.locator(`#flag-${TARGET.flag}`);
    await expect(anchor.innerText()).resolves.toContain(TARGET.text);
    await expect
      .poll(() => anchor.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().top < window.innerHeight))
      .toBe(true);
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});

test('a query in the URL (the search box on other pages submits one) shows results on arrival', async () => {
  const watched = await openWatchedPage(site.browser);
  try {
    await watched.page.goto(site.server.page(`/search/?q=${encodeURIComponent(MISSPELLED)}`));
    await settle(watched.page);
    await expectTargetFirst(watched);
    await expect(watched.page.locator('main').getByRole('searchbox').first().inputValue()).resolves.toBe(MISSPELLED);
  } finally {
    await watched.close();
  }
});

test('the search index is fetched on the search page only', async () => {
  const indexRequests: string[] = [];
  const watched = await openWatchedPage(site.browser);
  try {
    watched.page.on('request', (request) => {
      if (['fetch', 'xhr'].includes(request.resourceType())) indexRequests.push(request.url());
    });
    await watched.page.goto(site.server.page('/search/'));
    await watched.page.locator('main').getByRole('searchbox').first().fill(MISSPELLED);
    await expectTargetFirst(watched);
    expect(indexRequests.length, 'requests made by the search page').toBeGreaterThan(0);
    const searchFetches = [...indexRequests];
    indexRequests.length = 0;
    for (const sitePath of ['/', '/leaderboard/', paperPath(AUDIT_ID), '/heatmap/']) {
      await watched.page.goto(site.server.page(sitePath));
      await settle(watched.page);
    }
    expect(indexRequests.filter((url) => searchFetches.includes(url))).toEqual([]);
  } finally {
    await watched.close();
  }
});
