/**
 * Page-weight budgets on the small `main` fixture build, as Starlight's size-limit block guards
 * its shipped bytes: every page type's HTML, CSS and first-load JS, gzipped, measured with the
 * benchmark's own weighing (bench/lib/page-weight.ts) and held to test/build/page-weight-budgets.json.
 * The benchmark keeps the figures at 10,000 scans; this catches a regression on every test run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageWeight } from '../../bench/lib/page-weight.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { pageTypes, type PageType } from '../helpers/page-types.ts';

const FIGURES = ['html', 'css', 'js'] as const;
type Figure = (typeof FIGURES)[number];
type Budget = { type: string } & Record<Figure, number>;

const budgets: Budget[] = JSON.parse(readFileSync(new URL('./page-weight-budgets.json', import.meta.url), 'utf8')).budgets;
const { outDir, base } = fixtureSite('main');
const types = pageTypes(outDir);

/** The file a page type is served from, under the base: a 404 is answered with 404.html. */
function weighedPath(page: PageType): string {
  return base + (page.status === 404 ? '404.html' : page.path.replace(/^\//, ''));
}

describe('page-weight budgets (gzip, main fixture site)', () => {
  test('every page type has a budget, and every budget a page type', () => {
    expect(budgets.map((budget) => budget.type).sort()).toEqual(types.map((page) => page.type).sort());
    for (const budget of budgets)
      for (const figure of FIGURES) expect(Number.isInteger(budget[figure]) && budget[figure] >= 0, `${budget.type} ${figure}`).toBe(true);
  });

  test.each(types)('$type ($path)', async (page) => {
    const weight = await pageWeight(outDir, weighedPath(page), base);
    expect(weight, `no built page at ${weighedPath(page)}`).not.toBeNull();
    const budget = budgets.find((candidate) => candidate.type === page.type);
    if (!budget) throw new Error(`no budget for "${page.type}" in page-weight-budgets.json`);
    const over = FIGURES.filter((figure) => weight![figure] > budget[figure]).map(
      (figure) => `${page.type}: ${figure.toUpperCase()} is ${weight![figure]} B gzip, over its budget of ${budget[figure]} B`,
    );
    expect(over, `weighed ${weight!.files.join(', ')}`).toEqual([]);
    // Something was weighed: every page has markup and the site stylesheet.
    expect(weight!.html).toBeGreaterThan(500);
    expect(weight!.css).toBeGreaterThan(500);
  });
});
