/**
 * Timings and transfers measured in Chromium over a served build.
 *
 * Hooks the pages give the benchmark (documented in docs/scaling.md so they stay stable):
 * - leaderboard: a sortable column header is a `<button>` inside `th[data-sort]`; when a sort is
 *   applied the `th` gets its new `aria-sort` value, and the rows are in the DOM by then.
 * - search: the first `input[type=search]` in `<main>` on /search/, and the `[data-results]`
 *   list in `<main>`: an input event sets its `data-state` to `loading` at once, then `ready`
 *   (or `error`) once results are in the DOM, with `data-count` the number of matches.
 * A page without the hook is reported as "not measured" rather than guessed at.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { quantile } from './figures.ts';
import type { BenchQuery } from './queries.ts';

/** One response as transferred over the wire. */
export interface Transfer {
  url: string;
  /** Encoded (gzipped) body bytes. */
  bytes: number;
  type: string;
}

/** Record every finished response while `action` runs. */
export async function recordTransfers<T>(page: Page, action: () => Promise<T>): Promise<{ result: T; transfers: Transfer[] }> {
  const pending: Promise<Transfer>[] = [];
  const listener = (request: import('playwright-core').Request) => {
    pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize, type: request.resourceType() })));
  };
  page.on('requestfinished', listener);
  try {
    const result = await action();
    return { result, transfers: await Promise.all(pending) };
  } finally {
    page.off('requestfinished', listener);
  }
}

/** Sum of transferred bytes. */
export function totalBytes(transfers: readonly Transfer[]): number {
  return transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

/** A page's first load: everything transferred until the network is idle, and first contentful paint. */
export async function firstLoad(browser: Browser, url: string): Promise<{ transfers: Transfer[]; firstPaintMs: number | null; loadMs: number }> {
  const { context, page } = await freshPage(browser);
  try {
    const { transfers } = await recordTransfers(page, () => page.goto(url, { waitUntil: 'networkidle' }));
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { firstPaintMs: paint ? paint.startTime : null, loadMs: navigation ? navigation.loadEventEnd : 0 };
    });
    return { transfers, ...timing };
  } finally {
    await context.close();
  }
}

/** Leaderboard sort timings: click a column header to rows in place and painted, per click. */
export interface SortRun {
  /** The first sort, which also fetches and decodes the full rows. */
  firstMs: number;
  /** Later sorts, click to sorted rows painted: the sort and render alone. */
  times: number[];
  /** Later sorts, click to sorted rows in the DOM (before style, layout and paint). */
  domTimes: number[];
  rows: number;
}

/** Click sortable column headers in turn and time each until its `aria-sort` changes and the next frame. */
export async function leaderboardSortTimes(browser: Browser, url: string, clicks = 10): Promise<SortRun | null> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const headers = await page.locator(SORT_BUTTONS).count();
    if (headers < 2) return null;
    const runs: { dom: number; painted: number }[] = [];
    for (let click = 0; click <= clicks; click++) {
      // Rotate through the columns, skipping rank (already sorted on load), so each click re-sorts.
      const column = 1 + (click % (headers - 1));
      runs.push(await page.evaluate(timeSortClick, { selector: SORT_BUTTONS, index: column }));
    }
    const rows = await page.locator('tbody tr').count();
    const later = runs.slice(1);
    return { firstMs: runs[0]!.painted, times: later.map((run) => run.painted), domTimes: later.map((run) => run.dom), rows };
  } finally {
    await context.close();
  }
}

const SORT_BUTTONS = 'th[data-sort] button';

// Runs in the page: serialised by Playwright, so it must not close over anything.
async function timeSortClick({ selector, index }: { selector: string; index: number }): Promise<{ dom: number; painted: number }> {
  const button = document.querySelectorAll<HTMLButtonElement>(selector)[index]!;
  const header = button.closest('th')!;
  const before = header.getAttribute('aria-sort');
  const started = performance.now();
  const changed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (header.getAttribute('aria-sort') !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
  });
  button.click();
  await changed;
  const dom = performance.now() - started;
  // The next frame after the change is when the sorted rows are on screen.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return { dom, painted: performance.now() - started };
}

/** One search answered on the page: how long it took and how many results it showed. */
interface SearchAnswer {
  ms: number;
  results: number;
  /** `ready`, or `error` when the page could not search. */
  state: string;
}

async function searchOnce(page: Page, query: string): Promise<SearchAnswer> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('main input[type=search]')!;
    const region = document.querySelector<HTMLElement>('main [data-results]')!;
    const started = performance.now();
    // The whole query arrives as one input event, as when a user pastes it; the time is from that
    // keystroke to results on screen (next frame), so any debounce the page uses is included.
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (region.dataset.state === 'loading') {
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (region.dataset.state !== 'loading') {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(region, { attributes: true, attributeFilter: ['data-state'] });
      });
    }
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const results = region.dataset.count === undefined ? region.querySelectorAll('li').length : Number(region.dataset.count);
    return { ms: performance.now() - started, results, state: region.dataset.state ?? '' };
  }, query);
}

/** Search figures for our /search/ page. */
export interface SearchRun {
  /** First query, index fetch included. */
  firstQueryMs: number;
  /** Bytes fetched because of the first query (lazy modules and index shards). */
  firstQueryTransfers: Transfer[];
  /** Everything fetched for the search over all queries. */
  allTransfers: Transfer[];
  /** Per-query times after the first, index fetches excluded by warming each shard once first. */
  times: number[];
  typoQueriesWithResults: number;
  typoQueries: number;
  /** Queries the page answered with an error instead of results. */
  errors: number;
}

/** Run the benchmark queries on /search/. */
export async function searchTimes(browser: Browser, url: string, queries: readonly BenchQuery[]): Promise<SearchRun | null> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const hooked = await page.evaluate(() => Boolean(document.querySelector('main input[type=search]') && document.querySelector('main [data-results]')));
    if (!hooked) return null;
    const first = await recordTransfers(page, () => searchOnce(page, queries[0]!.text));
    await page.waitForLoadState('networkidle');
    const allTransfers = [...first.transfers];
    // Warm pass: fetch every shard the queries need, so the timed pass measures searching,
    // not downloading (the issue asks for the index fetch to be reported apart).
    const warm = await recordTransfers(page, async () => {
      const answers: SearchAnswer[] = [];
      for (const query of queries) answers.push(await searchOnce(page, query.text));
      await page.waitForLoadState('networkidle');
      return answers;
    });
    allTransfers.push(...warm.transfers);
    const timed: SearchAnswer[] = [];
    for (const query of queries) timed.push(await searchOnce(page, query.text));
    const typos = queries.map((query, index) => ({ query, answer: warm.result[index]! })).filter(({ query }) => query.typo);
    return {
      firstQueryMs: first.result.ms,
      firstQueryTransfers: first.transfers,
      allTransfers,
      times: timed.map((answer) => answer.ms),
      typoQueriesWithResults: typos.filter(({ answer }) => answer.results > 0).length,
      typoQueries: typos.length,
      errors: [first.result, ...warm.result, ...timed].filter((answer) => answer.state !== 'ready').length,
    };
  } finally {
    await context.close();
  }
}

/** The same figures for Pagefind, driven through its JS API as its own UI does. */
export async function pagefindTimes(browser: Browser, siteUrl: string, queries: readonly BenchQuery[], shownResults = 5): Promise<SearchRun> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    const bundle = new URL('pagefind/pagefind.js', siteUrl).href;
    const run = (text: string) =>
      page.evaluate(
        async ({ bundleUrl, query, shown }) => {
          const pagefind = await import(bundleUrl);
          const started = performance.now();
          const search = await pagefind.search(query);
          // Pagefind returns ids; a result list needs each shown result's fragment fetched.
          await Promise.all(search.results.slice(0, shown).map((result: { data(): Promise<unknown> }) => result.data()));
          return { ms: performance.now() - started, results: search.results.length, state: 'ready' };
        },
        { bundleUrl: bundle, query: text, shown: shownResults },
      );
    const first = await recordTransfers(page, async () => {
      const started = Date.now();
      await run(queries[0]!.text);
      return { ms: Date.now() - started };
    });
    const warm = await recordTransfers(page, async () => {
      const answers: SearchAnswer[] = [];
      for (const query of queries) answers.push(await run(query.text));
      return answers;
    });
    const times: number[] = [];
    for (const query of queries) times.push((await run(query.text)).ms);
    const typos = queries.map((query, index) => ({ query, answer: warm.result[index]! })).filter(({ query }) => query.typo);
    return {
      firstQueryMs: first.result.ms,
      firstQueryTransfers: first.transfers,
      allTransfers: [...first.transfers, ...warm.transfers],
      times,
      typoQueriesWithResults: typos.filter(({ answer }) => answer.results > 0).length,
      typoQueries: typos.length,
      errors: 0,
    };
  } finally {
    await context.close();
  }
}

/** Median and 95th percentile of a sample. */
export function summarise(times: readonly number[]): { median: number | null; p95: number | null } {
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}
