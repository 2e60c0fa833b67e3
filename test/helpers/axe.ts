/**
 * Run axe-core in a Chromium page and list what it finds, one line per violated rule and node.
 * axe is injected through `evaluate`, so the page's context needs `bypassCSP: true`: the site's
 * own policy (rightly) refuses inline scripts.
 */
import axe from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { trackRequests } from './chromium.ts';

/**
 * axe's colour rules that its default run includes (the AAA `color-contrast-enhanced` is off by
 * default). A dark-scheme check runs only these: the dark scheme changes nothing but the
 * palette's custom properties (the one `prefers-color-scheme` block in src/styles/global.css;
 * no script reads the scheme), so structural rules would check the same DOM as the light view.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What one axe run found. */
export interface AxeFindings {
  /** `rule (impact): selector — summary`, one line per violated rule and node. */
  violations: string[];
  /** How many rules found something to check (passed, violated or undecided): 0 means the run checked nothing. */
  rulesApplied: number;
}

/** Run axe on the whole document: every rule axe runs by default, or only `rules`. */
export async function runAxe(page: Page, rules?: readonly string[]): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    // Only violations carry every node back; passes and the rest keep one node each (axe's
    // `resultTypes`), which spares serialising thousands of passing nodes per page.
    (only) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      }),
    rules ? [...rules] : null,
  );
  return {
    violations: results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').join(' ')}`),
    ),
    rulesApplied: results.passes.length + results.violations.length + results.incomplete.length,
  };
}

/** The violations axe finds on the page, in light or dark colours: dark runs only the colour rules (see `COLOUR_RULES`). */
export async function axeViolations(page: Page, colorScheme: 'light' | 'dark' = 'light'): Promise<string[]> {
  const findings = await runAxe(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
  // A rule list that matched nothing would pass any page.
  return findings.rulesApplied > 0 ? findings.violations : ['no axe rule found anything to check'];
}

/**
 * One page for running axe on many URLs in turn: its context has axe as an init script, so each
 * navigation gets axe without sending its source again, and the page (and its renderer) is
 * reused. Opening a context and page per URL cost more than axe itself (2.5x as long per page).
 * For pages that are only loaded and checked; a test that acts on a page opens its own.
 */
export async function openAxePage(browser: Browser, options: BrowserContextOptions): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ ...options, bypassCSP: true });
  await context.addInitScript(axe.source);
  return { page: trackRequests(await context.newPage()), close: () => context.close() };
}
