/**
 * Reflow at phone width with hostile text: scan fields can hold long unbreakable tokens (URLs,
 * model names, 200-character words); they must wrap rather than widen the page beyond 375 px
 * (WCAG 1.4.10). Only scroll regions (wide tables and heatmaps, each a focusable
 * `role="region"`) may hold content wider than the screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { useServedSite } from '../helpers/served-site.ts';

const PHONE_WIDTH = 375;
const PHONE = { colorScheme: 'light' as const, viewport: { width: PHONE_WIDTH, height: 812 }, isMobile: true, hasTouch: true };
/** The scroll regions the site draws around wide content (see Heatmap.astro, LeaderboardTable.astro). */
const SCROLL_REGION = '[role="region"]';
const site = useServedSite('hostile');

/** How wide the page is, and the first few elements of `main` that reach past the screen outside a scroll region. */
function measureOverflow(page: Page): Promise<{ width: number; wide: string[] }> {
  return page.evaluate((scrollRegion) => {
    const screen = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > screen + 1)
      .filter((element) => !element.parentElement?.closest(scrollRegion))
      .slice(0, 5)
      .map((element) => `${element.localName}.${[...element.classList].join('.')} ${Math.round(element.getBoundingClientRect().right)}px`);
    return { width: document.documentElement.scrollWidth, wide };
  }, SCROLL_REGION);
}

describe('phone width with hostile text', () => {
  const hostilePages = [
    ...pageTypes(fixtureSite('hostile').outDir).filter((page) => page.type !== 'audit page (old-style id)'),
    { type: 'hostile audit page', path: '/papers/9902.66601/', status: 200 },
    { type: 'search results', path: '/search/?q=zanzibarian', status: 200 },
  ];
  // One page loads every URL in turn: a fresh context and page per URL cost more than the check.
  let watched: WatchedPage | undefined;
  beforeAll(async () => {
    watched = await openWatchedPage(site.browser, PHONE);
  });
  afterAll(() => watched?.close());
  test.each(hostilePages)('$type ($path) is no wider than the screen', async ({ path: sitePath }) => {
    const { page } = watched!;
    await page.goto(site.server.page(sitePath));
    await settle(page);
    const overflow = await measureOverflow(page);
    expect(overflow.wide, 'elements wider than the screen outside a scroll region').toEqual([]);
    expect(overflow.width).toBeLessThanOrEqual(PHONE_WIDTH);
  });
});

describe('the overflow check itself', () => {
  test('wide tables and heatmaps sit in scroll regions that the check recognises', async () => {
    const watched = await openWatchedPage(site.browser, PHONE);
    try {
      for (const sitePath of ['/leaderboard/', '/heatmap/', '/data/']) {
        await watched.page.goto(site.server.page(sitePath));
        const regions = await watched.page
          .locator(`main ${SCROLL_REGION}`)
          .evaluateAll((elements) =>
            elements.map((element) => ({ scrolls: getComputedStyle(element).overflowX === 'auto', holdsWider: element.scrollWidth > element.clientWidth })),
          );
        expect(regions.length, `scroll regions on ${sitePath}`).toBeGreaterThan(0);
        expect(
          regions.every((region) => region.scrolls),
          `every region on ${sitePath} scrolls sideways`,
        ).toBe(true);
        // At phone width the leaderboard and heatmaps really are wider: the exemption is in use.
        if (sitePath !== '/data/')
          expect(
            regions.some((region) => region.holdsWider),
            `a region on ${sitePath} holds wider content`,
          ).toBe(true);
      }
    } finally {
      await watched.close();
    }
  });

  test('reports a deliberately wide element, and lets the same element through inside a scroll region', async () => {
    const watched = await openWatchedPage(site.browser, PHONE);
    try {
      const { page } = watched;
      await page.goto(site.server.page('/leaderboard/'));
      const addProbe = (parentSelector: string) =>
        page.evaluate((selector) => {
          const probe = document.createElement('div');
          probe.className = 'reflow-probe';
          // Set through the CSSOM, which the CSP allows (it forbids only style attributes in markup).
          probe.style.width = '1200px';
          probe.style.height = '1px';
          document.querySelector(selector)!.append(probe);
        }, parentSelector);
      await addProbe(`main ${SCROLL_REGION}`);
      expect((await measureOverflow(page)).wide, 'a wide element inside a scroll region').toEqual([]);
      await addProbe('main');
      const overflow = await measureOverflow(page);
      expect(overflow.wide).toEqual([expect.stringMatching(/^div\.reflow-probe 1\d{3}px$/)]);
      expect(overflow.width).toBeGreaterThan(PHONE_WIDTH);
    } finally {
      await watched.close();
    }
  });
});
