/**
 * Reflow at phone width with hostile text: scan fields can hold long unbreakable tokens (URLs,
 * model names, 200-character words); they must wrap rather than widen the page beyond 375 px
 * (WCAG 1.4.10). Only scroll regions (wide tables, heatmaps) may be wider than the screen.
 */
import { describe, expect, test } from 'vitest';
import { openWatchedPage } from '../helpers/chromium.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { useServedSite } from '../helpers/served-site.ts';

const PHONE = { colorScheme: 'light' as const, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const site = useServedSite('hostile');

describe('phone width with hostile text', () => {
  const hostilePages = [
    ...pageTypes(fixtureSite('hostile').outDir).filter((page) => page.type !== 'audit page (old-style id)'),
    { type: 'hostile audit page', path: '/papers/9902.66601/', status: 200 },
    { type: 'search results', path: '/search/?q=zanzibarian', status: 200 },
  ];
  test.each(hostilePages)('$type ($path) is no wider than the screen', async ({ path: sitePath }) => {
    const watched = await openWatchedPage(site.browser, PHONE);
    try {
      await watched.page.goto(site.server.page(sitePath));
      await watched.page.waitForLoadState('networkidle');
      const overflow = await watched.page.evaluate(() => {
        const wide = [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((el) => !el.closest('[data-scroll-region], .scroll-region, [role="region"]'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`);
        return { width: document.documentElement.scrollWidth, wide };
      });
      expect(overflow.width, overflow.wide.join('; ')).toBeLessThanOrEqual(375);
    } finally {
      await watched.close();
    }
  });
});
