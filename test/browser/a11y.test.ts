/**
 * axe-core finds no violation on any page type, in the light and dark colour schemes and at
 * phone width. axe is injected through `evaluate` in a CSP-bypassing context: the site's own
 * policy (rightly) refuses inline scripts.
 */
import axe from 'axe-core';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { pageTypes } from '../helpers/page-types.ts';

const VIEWS: Record<string, BrowserContextOptions> = {
  light: { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  dark: { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  'phone (375 px)': { colorScheme: 'light', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
};

const site = useServedSite('main');

/** One line per violated rule and node, readable in a test failure. */
function describeViolations(violations: axe.Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').join(' ')}`),
  );
}

describe.each(Object.entries(VIEWS))('axe in the %s view', (_view, options) => {
  test.each(pageTypes(fixtureSite('main').outDir))('$type ($path) has no violations', async ({ path: sitePath, status }) => {
    const watched = await openWatchedPage(site.browser, { ...options, bypassCSP: true });
    try {
      const response = await watched.page.goto(site.server.page(sitePath));
      expect(response?.status(), 'HTTP status').toBe(status);
      await watched.page.waitForLoadState('networkidle');
      await watched.page.evaluate(axe.source);
      const results = await watched.page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
      expect(describeViolations(results.violations)).toEqual([]);
      // Reflow: at phone width nothing but the scroll regions may be wider than the screen.
      const width = options.viewport?.width ?? 0;
      if (width < 500) expect(await watched.page.evaluate(() => document.documentElement.scrollWidth), 'page width at phone width').toBeLessThanOrEqual(width);
    } finally {
      await watched.close();
    }
  });
});
