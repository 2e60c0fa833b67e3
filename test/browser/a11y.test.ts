/**
 * axe-core finds no violation on any page type, in the light and dark colour schemes and at
 * phone width. The dark view runs only axe's colour rules (see COLOUR_RULES in test/helpers/axe.ts:
 * the dark scheme changes only the palette, so the structural rules would repeat the light view).
 * Each view loads the page types one after another in one page (see `openAxePage`).
 */
import axe from 'axe-core';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLOUR_RULES, axeViolations, openAxePage } from '../helpers/axe.ts';
import { settle } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { pageTypes } from '../helpers/page-types.ts';

const VIEWS: Record<string, BrowserContextOptions & { colorScheme: 'light' | 'dark' }> = {
  light: { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  dark: { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  'phone (375 px)': { colorScheme: 'light', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
};

const site = useServedSite('main');

test('the dark view runs every colour rule axe runs by default (all but the AAA one)', () => {
  const colourRules = axe.getRules(['cat.color']).map((rule) => rule.ruleId);
  expect(colourRules.filter((rule) => rule !== 'color-contrast-enhanced').sort()).toEqual([...COLOUR_RULES].sort());
});

describe.each(Object.entries(VIEWS))('axe in the %s view', (_view, options) => {
  let view: { page: Page; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    view = await openAxePage(site.browser, options);
  });
  afterAll(() => view?.close());

  test.each(pageTypes(fixtureSite('main').outDir))('$type ($path) has no violations', async ({ path: sitePath, status }) => {
    const { page } = view!;
    const response = await page.goto(site.server.page(sitePath));
    expect(response?.status(), 'HTTP status').toBe(status);
    await settle(page);
    expect(await axeViolations(page, options.colorScheme)).toEqual([]);
    // Reflow: at phone width nothing but the scroll regions may be wider than the screen.
    const width = options.viewport?.width ?? 0;
    if (width < 500) expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at phone width').toBeLessThanOrEqual(width);
  });
});
