/**
 * Measure `/search/` of a built site in Chromium: the first query's transfer (gzip bytes of every
 * index file it fetched) and keystroke-to-results time, typing 100 queries letter by letter.
 *
 *   node scripts/bench-search-browser.ts --site .cache/out/c-10k [--base /] [--pagefind]
 *
 * With `--pagefind` (after `npx pagefind --site <site>`), Pagefind answers the same queries in
 * the same page as the peer: its first-query transfer (its own index files are stored gzipped;
 * its JS is counted gzipped) and time per query, loading the 5 results its UI shows.
 *
 * Timing hooks (also what `npm run bench` can use): the results list `[data-results]` turns
 * `data-state="loading"` synchronously on each input event and `data-state="ready"` (with
 * `data-count`) once that query's results are in the DOM. Index fetch is timed separately.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { quantile } from '../bench/lib/figures.ts';
import { benchQueries } from '../bench/lib/queries.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { serveSite } from '../test/helpers/fixture-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, base: { type: 'string', default: '/' }, pagefind: { type: 'boolean', default: false } } });
const outDir = path.resolve(values.site ?? '.cache/out/c-10k');
const base = values.base!;

// The queries `npm run bench` uses, so figures compare; TYPO is one fixed misspelling to report on.
const QUERIES = benchQueries().map((query) => query.text);
const TYPO = 'varince';

const server = await serveSite(outDir, base);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.page('/search/'));
  const input = page.locator('flag-search input[name="q"]');
  await input.focus();

  // One keystroke: set the value as typing would and time until that query's results are shown.
  const keystroke = (value: string) =>
    page.evaluate(async (value) => {
      const box = document.querySelector<HTMLInputElement>('flag-search input[name="q"]')!;
      const results = document.querySelector<HTMLElement>('[data-results]')!;
      const started = performance.now();
      box.value = value;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.at(-1) ?? null, inputType: 'insertText' }));
      if (value.trim() && results.dataset.state !== 'ready') {
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (results.dataset.state === 'ready' || results.dataset.state === 'error') {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(results, { attributes: true, attributeFilter: ['data-state'] });
        });
      }
      return { ms: performance.now() - started, state: results.dataset.state, count: Number(results.dataset.count) };
    }, value);

  const first = await keystroke(QUERIES[0]!);
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/search/data/')),
  );
  const gzipOf = (url: string) => gzipSync(readFileSync(path.join(outDir, new URL(url).pathname.slice(base.length))), { level: 9 }).length;
  const firstBytes = fetched.reduce((sum, url) => sum + gzipOf(url), 0);

  // Two passes: the first fetches shards as it goes (cold), the second only searches (warm),
  // which is keystroke-to-results with the index fetch set apart.
  const typeAll = async () => {
    const times: number[] = [];
    for (const query of QUERIES) {
      await keystroke('');
      for (let end = 1; end <= query.length; end++) times.push((await keystroke(query.slice(0, end))).ms);
    }
    return times.sort((a, b) => a - b);
  };
  const cold = await typeAll();
  const times = await typeAll();
  const coldAt = (q: number) => msAt(cold, q);
  console.log(`cold (fetching shards as needed): median ${coldAt(0.5)} ms, p95 ${coldAt(0.95)} ms, max ${coldAt(1)} ms`);
  const allFetched = [
    ...new Set(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.includes('/search/data/')),
      ),
    ),
  ];
  const typo = await keystroke(TYPO);
  const at = (q: number) => msAt(times, q);
  console.log(`for the misspelling "${TYPO}": ${typo.count} results`);
  console.log(
    `first query "${QUERIES[0]}" incl. index fetch: ${first.ms.toFixed(0)} ms, ${first.count} results, ${fetched.length} files, ${(firstBytes / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    `warm keystroke to results over ${times.length} keystrokes of ${QUERIES.length} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
  );
  console.log(
    `after all queries: ${allFetched.length} index files fetched, ${(allFetched.reduce((sum, url) => sum + gzipOf(url), 0) / 1024).toFixed(1)} KB gzip`,
  );
  if (values.pagefind) await measurePagefind();
} finally {
  await browser.close();
  await server.close();
}

async function measurePagefind(): Promise<void> {
  // Pagefind's script and WebAssembly are not in the site's CSP; a peer measurement may bypass it.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  // Pagefind fetches from a worker, which the page's resource timing does not see; the context does.
  const files = new Set<string>();
  context.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/')) files.add(request.url());
  });
  await page.goto(server.page('/404.html'));
  const timed = (query: string) =>
    page.evaluate(async (query) => {
      // Pagefind's module is untyped; it is loaded once per page and kept on the global.
      const holder = globalThis as { __pagefind?: { search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
      const pagefind = (holder.__pagefind ??= await import(new URL('pagefind/pagefind.js', document.baseURI.replace(/404\.html$/, '')).href));
      const started = performance.now();
      const found = await pagefind.search(query);
      const shown = await Promise.all((found?.results ?? []).slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
      return { ms: performance.now() - started, count: found?.results?.length ?? 0, shown: shown.length };
    }, query);
  const first = await timed(QUERIES[0]!);
  const bytes = (url: string) => {
    const raw = readFileSync(path.join(outDir, new URL(url).pathname.slice(base.length)));
    return /\.(js|json)$/.test(new URL(url).pathname) ? gzipSync(raw, { level: 9 }).length : raw.length;
  };
  const firstFiles = [...files];
  const firstBytes = firstFiles.reduce((sum, url) => sum + bytes(url), 0);
  const typo = await timed(TYPO);
  console.log(
    `Pagefind first query "${QUERIES[0]}" incl. index fetch: ${first.ms.toFixed(0)} ms, ${first.count} results, ${firstFiles.length} files, ${(firstBytes / 1024).toFixed(1)} KB`,
  );
  console.log(`Pagefind for the misspelling "${TYPO}": ${typo.count} results`);
  // Whole words, as Pagefind's UI searches after a pause in typing.
  const times: number[] = [];
  for (const query of QUERIES) times.push((await timed(query)).ms);
  times.sort((a, b) => a - b);
  const at = (q: number) => msAt(times, q);
  console.log(`Pagefind query to 5 results loaded over ${times.length} queries: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  await context.close();
}

/** Milliseconds at quantile `q` of a sample, as `npm run bench` computes it (nearest rank). */
function msAt(sample: readonly number[], q: number): string {
  return (quantile(sample, q) ?? Number.NaN).toFixed(1);
}
