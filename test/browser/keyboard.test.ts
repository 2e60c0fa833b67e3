/**
 * Keyboard only: Tab reaches every control on every page type, each shows a visible focus
 * indicator, and the controls that do something work from the keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage, settle } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { AUDIT_ID, pageTypes } from '../helpers/page-types.ts';
import { paperPath } from '../../src/lib/site/urls.ts';
import { CITATION_DATA_FORMATS, CITATION_STYLES, type CitationFormat } from '../../src/lib/publishing/citation.ts';
import { pickerEntries } from '../../src/lib/publishing/citation-choices.ts';

/** Every citation format an audit page of the small fixture site offers (text left out: only keys and ids matter here). */
const CITATION_FORMATS: CitationFormat[] = [
  ...CITATION_STYLES.map((style): CitationFormat => ({ key: style.key, label: style.label, kind: 'style', text: '' })),
  ...CITATION_DATA_FORMATS.map((format): CitationFormat => ({ key: format.key, label: format.label, kind: 'data', text: '', file: format.file })),
];

const site = useServedSite('main');

/** Number every visible control that should be in the tab order; returns how many there are. */
function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]';
    const controls = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter((element) => {
      if (element.closest('[inert], [hidden], template') || (element as HTMLButtonElement).disabled || element.tabIndex < 0) return false;
      // checkVisibility also hides the contents of closed <details>, which keep their layout boxes.
      return element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true });
    });
    controls.forEach((element, index) => element.setAttribute('data-kb', String(index)));
    return controls.length;
  });
}

/**
 * Press Tab up to `maxSteps` times, asking `atStop` after each press whether the goal is reached
 * (it may act on the focused control first). Returns whether it was reached.
 */
async function tabUntil(page: Page, maxSteps: number, atStop: () => Promise<boolean>): Promise<boolean> {
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press('Tab');
    if (await atStop()) return true;
  }
  return false;
}

interface Stop {
  index: number | null;
  name: string;
  /** Tag and class of the control and its parent: controls of one kind look alike. */
  kind: string;
  focusVisible: boolean;
}

/** Where focus is, and whether a CSS indicator shows it (an outline or a box-shadow while :focus-visible). */
function focusStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | SVGElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const index = element.getAttribute('data-kb');
    const name = `<${element.localName}> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 50)}`;
    const classOf = (node: Element | null) => `${node?.localName}.${node?.getAttribute('class') ?? ''}`;
    const kind = `${classOf(element.parentElement)} > ${classOf(element)}`;
    return { index: index === null ? null : Number(index), name, kind, focusVisible: element.matches(':focus-visible') && (outline || shadow) };
  });
}

/**
 * Screenshot comparisons per kind of control (same tag and class, same parent tag and class):
 * controls of one kind share their focus CSS, so a few prove the rest and 360 heatmap cells cost 3.
 */
const PIXEL_CHECKS_PER_KIND = 3;

/**
 * Whether focusing the current element changes any pixel around it. For SVG links and other
 * indicators that computed outline/box-shadow cannot show (a stroke on a child, a fill change).
 */
async function focusChangesPixels(page: Page): Promise<boolean> {
  const clip = await page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
  });
  if (clip.width < 1 || clip.height < 1) return false;
  const focused = await page.screenshot({ clip });
  await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    element.setAttribute('data-kb-refocus', '');
    element.blur();
  });
  const blurred = await page.screenshot({ clip });
  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-kb-refocus]')!;
    element.removeAttribute('data-kb-refocus');
    element.focus();
  });
  return !focused.equals(blurred);
}

/** Tab through the whole page once, from the top; a stop without a CSS indicator gets a pixel check. */
async function tabThrough(page: Page, controls: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  const verdicts = new Map<string, boolean[]>();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < controls + 20; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (!stop) break;
    if (stops.length > 0 && stop.index !== null && stop.index === stops[0]!.index) break;
    if (!stop.focusVisible) {
      const seen = verdicts.get(stop.kind) ?? [];
      if (seen.length < PIXEL_CHECKS_PER_KIND) seen.push(await focusChangesPixels(page));
      verdicts.set(stop.kind, seen);
      stop.focusVisible = seen.every(Boolean);
    }
    stops.push(stop);
  }
  return stops;
}

describe('Tab reaches every control, with visible focus', () => {
  test.each(pageTypes(fixtureSite('main').outDir))('$type ($path)', async ({ path: sitePath }) => {
    const watched = await openWatchedPage(site.browser);
    try {
      await watched.page.goto(site.server.page(sitePath));
      await settle(watched.page);
      const controls = await markControls(watched.page);
      expect(controls, 'controls on the page').toBeGreaterThan(0);
      const stops = await tabThrough(watched.page, controls);
      const reached = new Set(stops.map((stop) => stop.index));
      const unreached = await watched.page.evaluate(
        (seen) =>
          [...document.querySelectorAll('[data-kb]')]
            .filter((element) => !seen.includes(Number(element.getAttribute('data-kb'))))
            .map((element) => `<${element.localName}> ${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 50)}`),
        [...reached].filter((index): index is number => index !== null),
      );
      expect(unreached, `controls Tab never reaches (after ${stops.length} stops)`).toEqual([]);
      expect(
        stops.filter((stop) => !stop.focusVisible).map((stop) => stop.name),
        'focused controls without a visible indicator',
      ).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('controls work from the keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async () => {
    const watched = await openWatchedPage(site.browser);
    try {
      await watched.page.goto(site.server.page(paperPath(AUDIT_ID)));
      await watched.page.keyboard.press('Tab');
      expect((await focusStop(watched.page))?.name).toMatch(/skip/i);
      await watched.page.keyboard.press('Enter');
      await expect.poll(() => watched.page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await watched.close();
    }
  });

  test('leaderboard: a sort button and the text filter work with keys alone', async () => {
    const watched = await openWatchedPage(site.browser);
    try {
      await watched.page.goto(site.server.page('/leaderboard/'));
      await settle(watched.page);
      const controls = await markControls(watched.page);
      let reachedSort = false;
      let reachedFilter = false;
      await tabUntil(watched.page, controls + 20, async () => {
        const focused = await watched.page.evaluate(() => ({
          sortHeader: document.activeElement?.closest('th[data-sort]')?.getAttribute('data-sort') ?? null,
          isButton: document.activeElement?.localName === 'button',
          isSearch: (document.activeElement as HTMLInputElement | null)?.type === 'search' && !!document.activeElement?.closest('gb-leaderboard'),
        }));
        if (!reachedSort && focused.isButton && focused.sortHeader === 'year') {
          await watched.page.keyboard.press('Enter');
          await expect.poll(() => watched.page.locator('th[data-sort="year"]').getAttribute('aria-sort')).toMatch(/ascending|descending/);
          reachedSort = true;
        }
        if (!reachedFilter && focused.isSearch) {
          await watched.page.keyboard.type('00010');
          await expect.poll(() => watched.page.locator('main table tbody tr').count()).toBe(1);
          reachedFilter = true;
        }
        return reachedSort && reachedFilter;
      });
      expect({ reachedSort, reachedFilter }).toEqual({ reachedSort: true, reachedFilter: true });
    } finally {
      await watched.close();
    }
  });

  test('audit page: the copy buttons shown (the chosen citation, the badge snippets) copy their text with the keyboard', async () => {
    const watched = await openWatchedPage(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = watched;
      await page.goto(site.server.page(paperPath(AUDIT_ID)));
      await settle(page);
      // The audit page promises a copy button for every citation format, in the picker's order, and two for the badge.
      const targets = await page.locator('main copy-text').evaluateAll((elements) => elements.map((element) => element.getAttribute('for')));
      const citations = pickerEntries(CITATION_FORMATS, { idPrefix: 'cite' }).map((entry) => entry.textId);
      expect(targets).toEqual([...citations, 'badge-markdown-text', 'badge-html-text']);
      expect(citations.slice(0, 2)).toEqual(['cite-apa-text', 'cite-bibtex-text']);
      expect(citations).toContain('cite-csl-text');
      // The picker shows one citation at a time (APA first): choose BibTeX with the keyboard, so its button is the one shown.
      await page.getByLabel('Citation format').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('#cite-bibtex-text').isVisible()).toBe(true);
      // Tab reaching each button is checked with every other control above; here the keys act on it.
      for (const [index, target] of ['cite-bibtex-text', 'badge-markdown-text', 'badge-html-text'].entries()) {
        const button = page.locator(`copy-text[for="${target}"] button`);
        await expect.poll(() => button.isVisible(), { message: `the copy button for #${target} shows` }).toBe(true);
        await button.focus();
        // Buttons answer both keys; Enter acts on keydown, Space on keyup, so try each.
        await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
        await expect.poll(() => page.locator(`copy-text[for="${target}"] [role="status"]`).textContent()).toBe('Copied');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator(`#${target}`).textContent());
      }
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('heatmap page: each table disclosure opens and closes with the keyboard', async () => {
    const watched = await openWatchedPage(site.browser);
    try {
      await watched.page.goto(site.server.page('/heatmap/'));
      await settle(watched.page);
      const summaries = watched.page.locator('main details > summary');
      const count = await summaries.count();
      expect(count, 'disclosures on the heatmap page').toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        const details = summaries.nth(i).locator('xpath=..');
        const isOpen = () => details.evaluate((element) => (element as HTMLDetailsElement).open);
        expect(await isOpen()).toBe(false);
        await summaries.nth(i).focus();
        await watched.page.keyboard.press('Enter');
        await expect.poll(isOpen).toBe(true);
        await watched.page.keyboard.press('Space');
        await expect.poll(isOpen).toBe(false);
      }
    } finally {
      await watched.close();
    }
  });

  test('search: type a query and follow a result with keys alone', async () => {
    const watched = await openWatchedPage(site.browser);
    try {
      await watched.page.goto(site.server.page('/search/'));
      await settle(watched.page);
      const controls = await markControls(watched.page);
      const inMainSearch = () =>
        watched.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'search' && !!document.activeElement?.closest('main'));
      expect(await tabUntil(watched.page, controls + 20, inMainSearch), 'Tab reaches the search box').toBe(true);
      await watched.page.keyboard.type('seed selection');
      const firstResult = watched.page.locator('main a[href*="#flag-"]').first();
      await expect.poll(() => firstResult.count(), { timeout: 10_000 }).toBe(1);
      const href = (await firstResult.getAttribute('href'))!;
      const onFirstResult = () => firstResult.evaluate((element) => element === document.activeElement);
      expect(await tabUntil(watched.page, 40, onFirstResult), 'Tab reaches the first result').toBe(true);
      await Promise.all([watched.page.waitForURL(/#flag-/), watched.page.keyboard.press('Enter')]);
      const landed = new URL(watched.page.url());
      expect(landed.pathname + landed.hash).toBe(new URL(href, site.server.url).pathname + new URL(href, site.server.url).hash);
    } finally {
      await watched.close();
    }
  });
});
