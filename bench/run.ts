/**
 * `npm run bench [-- --sizes 1000,10000] [--repeat N] [--with-25k | --max N] [--with-100k] [--no-seed-sized] [--no-browser] [--no-pagefind] [--og] [--warm] [--second-audits F] [--replies F]`
 *
 * The sizes are built from the small synthetic profile, so figures stay comparable with earlier
 * runs; then the largest size is built again from seed-sized scans (`npm run synth -- --profile
 * seed`, ~17.5 KB each like real scanner output) for issue 14's budgets: dist size per paper, the
 * audit page's HTML with all its text, the largest data file. `--with-100k` adds a 100,000-scan
 * seed-sized build (about 10 minutes and 6 GB; opt-in) and its growth from the largest size.
 * `--no-seed-sized` skips the seed-sized builds.
 *
 * Social images are off (OG_IMAGES=off) unless `--og`: the site's default turns them off above
 * 1,000 scans, and building them at one size only would make the growth figure meaningless.
 * `--warm` adds a rebuild of the largest size with the content cache kept (an incremental build).
 * `--repeat N` builds each site N times, alternating, and keeps the fastest.
 * `--second-audits 0.1 --replies 0.05` give about one paper in ten an independent audit and one in
 * twenty a reply (issue 12's budgets), as `npm run synth` does; by default scans have neither, so
 * figures stay comparable with earlier runs.
 * Synthesise fictional scans, build the real site and a bare Astro site over them, weigh the
 * pages, time the client code in Chromium next to Pagefind, and print one line per figure. The
 * figures go to bench/results.json and bench/results.md, compared with the previous run.
 * Everything it writes besides those two files stays under bench/out/ (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORY_KEYS } from '../src/lib/scan-format/rubric.ts';
import { syntheticId, type ScanProfile } from '../scripts/lib/synthetic-scans.ts';
import type { Scan } from '../src/lib/scan-format/schema.ts';
import { categoryPath, itemPath, paperPath } from '../src/lib/site/urls.ts';
import { comparePath } from '../src/lib/compare/compare-link.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { firstLoad, leaderboardSortTimes, pagefindTimes, searchTimes, summarise, totalBytes, type SearchRun, type Transfer } from './lib/browser-timings.ts';
import { bestOf, runBuild, type BuildMeasurement } from './lib/build.ts';
import { distStats, folderGzip, largestFiles, type DistStats } from './lib/dist-sizes.ts';
import { missingTexts, sampleIndexes } from './lib/audit-page.ts';
import { formatLine, meetsBudget, resultsMarkdown, scansAtLimit, type Budget, type Figure } from './lib/figures.ts';
import { pageWeight } from './lib/page-weight.ts';
import { WHOLE_FILE_MAX_BYTES } from '../src/lib/publishing/data-shards.ts';
import { benchQueries } from './lib/queries.ts';
import { serveSite } from './lib/bench-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench/out');
const GB = 1024 ** 3;
const MB = 1024 ** 2;
const KB = 1024;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    max: { type: 'string' },
    'with-25k': { type: 'boolean', default: false },
    'with-100k': { type: 'boolean', default: false },
    'no-seed-sized': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
    og: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
    base: { type: 'string', default: '/' },
    'second-audits': { type: 'string', default: '0' },
    replies: { type: 'string', default: '0' },
    results: { type: 'string', default: path.join(ROOT, 'bench/results.json') },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes must be positive integers, got ${values.sizes}`);
const stressSize = values.max ? Number(values.max) : values['with-25k'] ? 25_000 : null;
const base = values.base.endsWith('/') ? values.base : values.base + '/';
const largest = Math.max(...sizes);
const repeat = Number(values.repeat);
/** Shares of papers given an independent audit and a reply (issue 12), as `npm run synth` takes them. */
const companionShares = { secondAudits: Number(values['second-audits']), replies: Number(values.replies) };
for (const [flag, share] of [
  ['--second-audits', companionShares.secondAudits],
  ['--replies', companionShares.replies],
] as const)
  if (!(share >= 0 && share <= 1)) throw new Error(`${flag} must be a share between 0 and 1, got ${share}`);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got ${values.repeat}`);

const figures: Figure[] = [];
const failures: string[] = [];
let loadAtStart = '';
let commitAtStart = '';
const previous = readPrevious(values.results);
function record(figure: Figure): void {
  figures.push(figure);
  console.log(formatLine(figure, previous.get(figure.key)));
}

function readPrevious(file: string): Map<string, Figure> {
  if (!existsSync(file)) return new Map();
  const json = JSON.parse(readFileSync(file, 'utf8')) as { figures?: Figure[] };
  return new Map((json.figures ?? []).map((figure) => [figure.key, figure]));
}

/** Synthesise `count` scans once; the folder is reused while its marker says it is complete. */
function synthesise(count: number, profile: ScanProfile = 'small'): string {
  const companions = companionShares.secondAudits > 0 || companionShares.replies > 0 ? `-a${companionShares.secondAudits}-r${companionShares.replies}` : '';
  const dir = path.join(OUT, `${profile === 'small' ? 'scans' : `scans-${profile}`}-${count}${companions}`);
  const marker = path.join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const shares = ['--second-audits', String(companionShares.secondAudits), '--replies', String(companionShares.replies)];
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/synth.ts'), '--count', String(count), '--out', dir, '--profile', profile, ...shares], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  writeFileSync(marker, `${count}\n`);
  return dir;
}

/** Output folder of a build: `site-10000`, `bare-10000`, `site-seed-10000`. */
function buildName(kind: 'site' | 'bare', count: number, profile: ScanProfile = 'small'): string {
  return profile === 'small' ? `${kind}-${count}` : `${kind}-${profile}-${count}`;
}

async function build(kind: 'site' | 'bare', count: number, scansDir: string, warm = false, profile: ScanProfile = 'small'): Promise<BuildMeasurement> {
  const name = buildName(kind, count, profile);
  console.log(`building ${name} …`);
  const result = await runBuild({
    root: kind === 'site' ? ROOT : path.join(ROOT, 'bench/bare'),
    scansDir,
    outDir: path.join(OUT, name),
    cacheDir: path.join(OUT, 'cache', name),
    logFile: path.join(OUT, 'logs', `${name}${warm ? '-warm' : ''}.log`),
    warm,
    // The image cache lives in the build's cache folder, so a cold build renders every image.
    env: { BASE_PATH: kind === 'site' ? base : '/', OG_IMAGES: values.og ? 'on' : 'off', OG_CACHE_DIR: path.join(OUT, 'cache', name, 'og') },
  });
  if (!result.ok) {
    failures.push(`build ${name} failed (log: ${path.relative(ROOT, path.join(OUT, 'logs', `${name}.log`))})`);
    console.error(`build ${name} failed after ${result.wallSeconds.toFixed(1)} s:\n${result.tail}`);
  }
  return result;
}

/** Budgets a build's time and memory must meet; by default only the site's peak memory has one. */
interface BuildBudgets {
  wall?: Budget;
  peakRss?: Budget;
}

function recordBuild(prefix: string, label: string, result: BuildMeasurement, pages: number | null, budgets?: BuildBudgets): void {
  record({
    key: `${prefix}.wall`,
    label: `${label}: build wall time`,
    value: result.ok ? result.wallSeconds : null,
    unit: 's',
    note: result.ok ? undefined : 'build failed',
    budget: budgets?.wall,
  });
  record({ key: `${prefix}.cpu`, label: `${label}: build CPU time (user+sys)`, value: result.cpuSeconds, unit: 's' });
  record({
    key: `${prefix}.peakRss`,
    label: `${label}: peak memory (RSS)`,
    value: result.peakRssBytes,
    unit: 'bytes',
    note: result.ok ? undefined : 'build failed',
    budget: budgets ? budgets.peakRss : prefix.startsWith('site') ? { max: 4 * GB, text: '≤ 4 GB' } : undefined,
  });
  if (result.ok && pages) record({ key: `${prefix}.msPerPage`, label: `${label}: time per page`, value: (result.wallSeconds * 1000) / pages, unit: 'ms' });
  // Where the time went: the routes that dominate page generation, for profiling a slow build.
  for (const group of prefix.startsWith('bare') ? [] : result.routes.slice(0, 5)) {
    record({
      key: `${prefix}.route.${group.route}`,
      label: `${label}: generating ${group.route}`,
      value: group.ms / 1000,
      unit: 's',
      note: `${group.count} file(s), ${(group.ms / group.count).toFixed(1)} ms each`,
    });
  }
}

/** Issue 7's first-load budget for a page a reader lands on (HTML+CSS+JS gzip), and issue 13's for compare and item pages. */
const LANDING_PAGE_BUDGET: Budget = { max: 25 * KB, text: '≤ 25 KB' };

/** Pages we weigh, by role, as site paths under the base; a `budget` holds their HTML+CSS+JS. */
function pagesToWeigh(): { role: string; label: string; sitePath: string; budget?: Budget }[] {
  const at = (sitePath: string) => base + sitePath.replace(/^\//, '');
  return [
    { role: 'audit', label: 'audit page', sitePath: at(paperPath(syntheticId(1))), budget: LANDING_PAGE_BUDGET },
    { role: 'leaderboard', label: 'leaderboard', sitePath: at('/leaderboard/') },
    { role: 'category', label: 'category page', sitePath: at(categoryPath(CATEGORY_KEYS[0]!)) },
    { role: 'heatmap', label: 'heatmap', sitePath: at('/heatmap/') },
    { role: 'search', label: 'search page', sitePath: at('/search/') },
    { role: 'home', label: 'home page', sitePath: at('/') },
    { role: 'compare', label: 'compare page', sitePath: at(comparePath([syntheticId(1), syntheticId(2)])), budget: LANDING_PAGE_BUDGET },
    { role: 'item', label: 'item page', sitePath: at(itemPath('artifacts', 'code_released')), budget: LANDING_PAGE_BUDGET },
    { role: 'items', label: 'items index', sitePath: at('/items/') },
  ];
}

async function weighPages(count: number, outDir: string): Promise<void> {
  for (const { role, label, sitePath, budget } of pagesToWeigh()) {
    const weight = await pageWeight(outDir, sitePath, base);
    const key = `site.${count}.weight.${role}`;
    const note = weight ? undefined : `no page at ${sitePath}`;
    const isAudit = role === 'audit';
    record({ key: `${key}.html`, label: `${count} scans: ${label} HTML gzip`, value: weight?.html ?? null, unit: 'bytes', note });
    record({ key: `${key}.css`, label: `${count} scans: ${label} CSS gzip`, value: weight?.css ?? null, unit: 'bytes', note });
    record({
      key: `${key}.js`,
      label: `${count} scans: ${label} JS gzip (on load)`,
      value: weight?.js ?? null,
      unit: 'bytes',
      note,
      budget: isAudit ? { max: 5 * KB, text: '≤ 5 KB' } : undefined,
    });
    record({
      key: `${key}.total`,
      label: `${count} scans: ${label} HTML+CSS+JS gzip`,
      value: weight?.total ?? null,
      unit: 'bytes',
      note,
      budget,
    });
    if (weight?.lazyJs) record({ key: `${key}.lazyJs`, label: `${count} scans: ${label} lazily imported JS gzip`, value: weight.lazyJs, unit: 'bytes' });
  }
}

function isSearchData(transfer: Transfer): boolean {
  return transfer.type === 'fetch' || transfer.type === 'xhr';
}

function recordSearch(prefix: string, label: string, run: SearchRun | null, note?: string): void {
  const firstIndex = run ? totalBytes(run.firstQueryTransfers.filter(isSearchData)) : null;
  const allIndex = run ? totalBytes(run.allTransfers.filter(isSearchData)) : null;
  const { median, p95 } = summarise(run?.times ?? []);
  const ours = prefix.startsWith('search');
  record({
    key: `${prefix}.firstQueryBytes`,
    label: `${label}: first-query transfer (all)`,
    value: run ? totalBytes(run.firstQueryTransfers) : null,
    unit: 'bytes',
    note,
  });
  record({
    key: `${prefix}.firstQueryIndexBytes`,
    label: `${label}: first-query index fetch`,
    value: firstIndex,
    unit: 'bytes',
    note,
    budget: ours ? { max: 1.5 * 1024 * KB, text: '≤ 1.5 MB' } : undefined,
  });
  record({
    key: `${prefix}.allQueriesIndexBytes`,
    label: `${label}: index fetched over all ${run ? run.times.length : 0} queries`,
    value: allIndex,
    unit: 'bytes',
    note,
    budget: ours ? { max: 1.5 * 1024 * KB, text: '≤ 1.5 MB' } : undefined,
  });
  record({ key: `${prefix}.firstQueryMs`, label: `${label}: first query incl. index fetch`, value: run?.firstQueryMs ?? null, unit: 'ms', note });
  record({ key: `${prefix}.medianMs`, label: `${label}: keystroke to results, median`, value: median, unit: 'ms', note });
  record({
    key: `${prefix}.p95Ms`,
    label: `${label}: keystroke to results, p95`,
    value: p95,
    unit: 'ms',
    note,
    budget: ours ? { max: 50, text: '≤ 50 ms' } : undefined,
  });
  if (ours)
    record({
      key: `${prefix}.errors`,
      label: `${label}: queries answered with an error`,
      value: run?.errors ?? null,
      unit: 'count',
      note,
      budget: { max: 0, text: '0' },
    });
  record({
    key: `${prefix}.typoHits`,
    label: `${label}: typo queries with results (of ${run?.typoQueries ?? 0})`,
    value: run?.typoQueriesWithResults ?? null,
    unit: 'count',
    note,
  });
}

/** The whole search index as built, found from the folder the search page fetched it from. */
function recordIndexOnDisk(count: number, outDir: string, origin: string, search: SearchRun | null): void {
  const fetched = search?.allTransfers.find(isSearchData);
  if (!fetched) return;
  const folder = new URL('.', fetched.url).pathname;
  const totals = folderGzip(path.join(outDir, decodeURIComponent(folder.slice(base.length))));
  const where = new URL(folder, origin).pathname;
  record({
    key: `search.${count}.indexTotalGzip`,
    label: `${count} scans: whole search index gzip (all shards, never fetched at once)`,
    value: totals.gzipBytes,
    unit: 'bytes',
    note: `${totals.files} files in ${where}`,
  });
  record({ key: `search.${count}.indexLargestFileGzip`, label: `${count} scans: largest search index file gzip`, value: totals.largestGzip, unit: 'bytes' });
}

async function browserFigures(count: number, outDir: string): Promise<void> {
  const server = await serveSite(outDir, base);
  const browser = await launchChromium();
  const url = (sitePath: string) => server.origin + sitePath;
  const queries = benchQueries();
  try {
    const pages = pagesToWeigh();
    const searchLoads: Transfer[][] = [];
    for (const { role, label, sitePath } of pages) {
      if (!existsSync(path.join(outDir, sitePath.slice(base.length), 'index.html'))) {
        searchLoads.push([]);
        record({
          key: `site.${count}.firstLoad.${role}`,
          label: `${count} scans: ${label} first load, all transfers`,
          value: null,
          unit: 'bytes',
          note: `no page at ${sitePath}`,
          budget: role === 'leaderboard' ? { max: 200 * KB, text: '≤ 200 KB' } : undefined,
        });
        continue;
      }
      const load = await firstLoad(browser, url(sitePath));
      searchLoads.push(load.transfers);
      record({
        key: `site.${count}.firstLoad.${role}`,
        label: `${count} scans: ${label} first load, all transfers`,
        value: totalBytes(load.transfers),
        unit: 'bytes',
        budget: role === 'leaderboard' ? { max: 200 * KB, text: '≤ 200 KB' } : undefined,
      });
      if (role === 'heatmap')
        record({ key: `site.${count}.heatmap.firstPaint`, label: `${count} scans: heatmap first contentful paint`, value: load.firstPaintMs, unit: 'ms' });
    }
    const sort = await leaderboardSortTimes(browser, url(pages.find((page) => page.role === 'leaderboard')!.sitePath));
    const sortSummary = summarise(sort?.times ?? []);
    const sortNote = sort ? `${sort.rows} rows in the DOM` : 'no th[data-sort] buttons on the leaderboard';
    record({
      key: `site.${count}.leaderboard.firstSortMs`,
      label: `${count} scans: leaderboard first sort, incl. fetching all rows`,
      value: sort?.firstMs ?? null,
      unit: 'ms',
      note: sortNote,
    });
    record({
      key: `site.${count}.leaderboard.sortDomMedianMs`,
      label: `${count} scans: leaderboard sort to rows in DOM, median`,
      value: summarise(sort?.domTimes ?? []).median,
      unit: 'ms',
      note: sortNote,
    });
    record({
      key: `site.${count}.leaderboard.sortMedianMs`,
      label: `${count} scans: leaderboard sort to rows painted, median`,
      value: sortSummary.median,
      unit: 'ms',
      budget: { max: 100, text: '≤ 100 ms' },
      note: sortNote,
    });
    record({
      key: `site.${count}.leaderboard.sortMaxMs`,
      label: `${count} scans: leaderboard sort to rows painted, worst of ${sort?.times.length ?? 0}`,
      value: sort ? Math.max(...sort.times) : null,
      unit: 'ms',
      note: sortNote,
    });

    const search = await searchTimes(browser, url(pages.find((page) => page.role === 'search')!.sitePath), queries);
    recordSearch(
      `search.${count}`,
      `${count} scans: our search`,
      search,
      search ? undefined : 'no main input[type=search] with a main [data-results] list on /search/',
    );
    recordIndexOnDisk(count, outDir, server.origin, search);
    // The index must only be fetched on /search/: any of its files on the other pages' first loads is a miss.
    const indexUrls = new Set((search?.allTransfers ?? []).filter(isSearchData).map((transfer) => transfer.url));
    const leaked = pages.flatMap((page, index) => (page.role === 'search' ? [] : searchLoads[index]!.filter((transfer) => indexUrls.has(transfer.url))));
    record({
      key: `search.${count}.indexFetchedElsewhere`,
      label: `${count} scans: search index files fetched on non-search pages`,
      value: search ? leaked.length : null,
      unit: 'count',
      budget: { max: 0, text: '0' },
    });

    if (!values['no-pagefind']) {
      console.log('running pagefind …');
      const started = performance.now();
      execFileSync(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', outDir, '--quiet'], { stdio: 'inherit' });
      record({
        key: `pagefind.${count}.indexSeconds`,
        label: `${count} scans: Pagefind indexing time`,
        value: (performance.now() - started) / 1000,
        unit: 's',
      });
      record({
        key: `pagefind.${count}.bytes`,
        label: `${count} scans: Pagefind output on disk`,
        value: distStats(path.join(outDir, 'pagefind')).bytes,
        unit: 'bytes',
      });
      const peer = await pagefindTimes(browser, url(base), queries);
      recordSearch(`pagefind.${count}`, `${count} scans: Pagefind`, peer);
      if (search) {
        const ours = totalBytes(search.firstQueryTransfers);
        const theirs = totalBytes(peer.firstQueryTransfers);
        record({
          key: `search.${count}.firstQueryVsPagefind`,
          label: `${count} scans: our first-query bytes ÷ Pagefind's`,
          value: ours / theirs,
          unit: 'ratio',
          budget: { max: 1, text: '≤ 1×' },
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Issue 14's budgets for a seed-sized build, by scan count; other counts are measured without them. */
function seedSizedBudgets(count: number): { build: BuildBudgets; dist?: Budget; dataFiles: boolean } {
  if (count >= 100_000)
    return {
      build: { wall: { max: 600, text: '≤ 10 min' }, peakRss: { max: 6 * GB, text: '≤ 6 GB' } },
      dist: { max: 5 * GB, text: '≤ 5 GB' },
      dataFiles: true,
    };
  return { build: { peakRss: { max: 4 * GB, text: '≤ 4 GB' } }, dist: count === 10_000 ? { max: 500 * MB, text: '≤ 500 MB' } : undefined, dataFiles: false };
}

// How many audit pages to check against their scans: enough to catch a dropped kind of text.
const AUDIT_SAMPLE = 100;

/** Sizes of a sample of audit pages and the scan texts they do not show. */
function auditPages(count: number, scansDir: string, outDir: string): { sizes: number[]; missing: string[]; pages: number } {
  const sizes: number[] = [];
  const missing: string[] = [];
  for (const index of sampleIndexes(count, AUDIT_SAMPLE)) {
    const id = syntheticId(index);
    const page = path.join(outDir, ...paperPath(id).split('/').filter(Boolean), 'index.html');
    if (!existsSync(page)) {
      missing.push(`${id}: no audit page`);
      continue;
    }
    const html = readFileSync(page, 'utf8');
    sizes.push(Buffer.byteLength(html));
    const scan = JSON.parse(readFileSync(path.join(scansDir, id, 'scan.json'), 'utf8')) as Scan;
    missing.push(...missingTexts(html, scan).map((text) => `${id}: "${text.slice(0, 60)}…"`));
  }
  return { sizes: sizes.sort((a, b) => a - b), missing, pages: sizes.length };
}

/** Build `count` seed-sized scans and record issue 14's figures for them; returns the dist size, or null. */
async function seedSizedBuild(count: number): Promise<{ wall: number; cpu: number | null; bytes: number } | null> {
  const scansDir = synthesise(count, 'seed');
  const result = await build('site', count, scansDir, false, 'seed');
  const outDir = path.join(OUT, buildName('site', count, 'seed'));
  const stats = result.ok ? distStats(outDir) : null;
  const budgets = seedSizedBudgets(count);
  const prefix = `seedSized.${count}`;
  const label = `${count} seed-sized scans`;
  recordBuild(prefix, `${label}: Glassbox`, result, stats?.pages ?? null, budgets.build);
  record({
    key: `${prefix}.distBytes`,
    label: `${label}: dist size`,
    value: stats?.bytes ?? null,
    unit: 'bytes',
    budget: budgets.dist,
    note: stats ? `${stats.files} files` : 'build failed',
  });
  record({
    key: `${prefix}.bytesPerPaper`,
    label: `${label}: dist bytes per paper, all in`,
    value: stats ? stats.bytes / count : null,
    unit: 'bytes',
    budget: { max: 50 * KB, text: '≤ 50 KB' },
  });
  if (!stats) return null;
  recordPerPaper(prefix, label, stats, count);
  const audits = auditPages(count, scansDir, outDir);
  const median = audits.sizes.length ? audits.sizes[Math.floor((audits.sizes.length - 1) / 2)]! : null;
  record({
    key: `${prefix}.auditHtmlBytes`,
    label: `${label}: audit page HTML, uncompressed, median of ${audits.pages}`,
    value: median,
    unit: 'bytes',
    budget: { max: 30 * KB, text: '≤ 30 KB' },
    note: audits.sizes.length ? `smallest ${(audits.sizes[0]! / KB).toFixed(1)} KB, largest ${(audits.sizes.at(-1)! / KB).toFixed(1)} KB` : undefined,
  });
  record({
    key: `${prefix}.auditMissingTexts`,
    label: `${label}: justifications, claims, flags and findings missing from ${audits.pages} audit pages`,
    value: audits.missing.length,
    unit: 'count',
    budget: { max: 0, text: '0' },
    note: audits.missing.slice(0, 3).join('; ') || undefined,
  });
  const data = largestFiles(path.join(outDir, 'data'));
  record({ key: `${prefix}.data.bytes`, label: `${label}: data/ on disk`, value: data.bytes, unit: 'bytes', note: `${data.files} files` });
  record({
    key: `${prefix}.data.largestFile`,
    label: `${label}: largest file in data/`,
    value: data.largest?.bytes ?? null,
    unit: 'bytes',
    budget: budgets.dataFiles ? { max: 100 * MB, text: '≤ 100 MB' } : undefined,
    note: data.largest?.name,
  });
  record({
    key: `${prefix}.data.largestUncompressed`,
    label: `${label}: largest file in data/ offered only uncompressed`,
    value: data.largestUncompressed?.bytes ?? null,
    unit: 'bytes',
    // Whole-dataset downloads compressed: an uncompressed file is fine while CDNs still compress it
    // on the fly, or when a gzip copy is published beside it (`scores.csv.gz`).
    budget: budgets.dataFiles ? { max: WHOLE_FILE_MAX_BYTES, text: '≤ 10 MB (compressed downloads)' } : undefined,
    note: data.largestUncompressed?.name,
  });
  return result.ok ? { wall: result.wallSeconds, cpu: result.cpuSeconds, bytes: stats.bytes } : null;
}

/** Bytes per paper by kind of file: where a seed-sized paper's 50 KB go. */
function recordPerPaper(prefix: string, label: string, stats: DistStats, count: number): void {
  for (const group of stats.byGroup) {
    record({
      key: `${prefix}.perPaper.${group.name}`,
      label: `${label}: ${group.name} per paper`,
      value: group.bytes / count,
      unit: 'bytes',
      note: `${group.files} files, ${(group.bytes / MB).toFixed(1)} MB`,
    });
  }
}

/** Growth of the seed-sized build from the largest size to 100,000: time and bytes both (near) linear. */
function recordSeedGrowth(
  small: { count: number; wall: number; cpu: number | null; bytes: number },
  large: { count: number; wall: number; cpu: number | null; bytes: number },
): void {
  const scale = large.count / small.count;
  const budget = { max: scale * 1.1, text: `≤ ${(scale * 1.1).toFixed(0)}×` };
  const label = `seed-sized build, ${small.count} → ${large.count} scans`;
  record({ key: 'growth.seedSized.wall', label: `${label}: wall time growth`, value: large.wall / small.wall, unit: 'ratio', budget });
  record({
    key: 'growth.seedSized.cpu',
    label: `${label}: CPU time growth`,
    value: small.cpu && large.cpu ? large.cpu / small.cpu : null,
    unit: 'ratio',
    budget,
  });
  record({
    key: 'growth.seedSized.distBytes',
    label: `${label}: dist size growth`,
    value: large.bytes / small.bytes,
    unit: 'ratio',
    budget,
    note: 'linear: at most 10% over the scan ratio',
  });
}

/** The commit the run measures, and whether the working tree had uncommitted changes then. */
function checkout(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    // Not a git checkout: the figures still stand, only unattributed.
    return 'unknown';
  }
}

function machine(): Record<string, string | number> {
  const cpu = os.cpus()[0];
  return {
    cpu: cpu ? cpu.model : 'unknown',
    cores: os.cpus().length,
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: os.loadavg()[0]!.toFixed(2),
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit: commitAtStart,
    secondAuditShare: companionShares.secondAudits,
    replyShare: companionShares.replies,
  };
}

/** Size of the content layer's single-file store after a build, or `null` when Astro wrote none. */
function contentStoreBytes(name: string): number | null {
  const file = path.join(OUT, 'cache', name, 'data-store.json');
  return existsSync(file) ? statSync(file).size : null;
}

// V8's longest string (64-bit builds): the store is serialised as one, so this is its ceiling.
const V8_MAX_STRING = 2 ** 29 - 24;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // Other work on the machine slows every timing: say how busy it was, so runs compare fairly.
  console.log(`load average at start: ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`);
  loadAtStart = os.loadavg()[0]!.toFixed(2);
  // Read now: others may commit while a long run is going.
  commitAtStart = checkout();
  const walls = new Map<number, number>();
  const cpus = new Map<number, number>();
  const distSizes = new Map<number, number>();
  const storeSizes = new Map<number, number>();
  for (const count of sizes) {
    const scansDir = synthesise(count);
    // Alternate the two builds (bare first, so the site's output is the last one written) and keep
    // the fastest of each: wall time on a shared machine mostly measures the other work.
    const bareRuns: BuildMeasurement[] = [];
    const siteRuns: BuildMeasurement[] = [];
    for (let round = 0; round < repeat; round++) {
      bareRuns.push(await build('bare', count, scansDir));
      siteRuns.push(await build('site', count, scansDir));
    }
    const site = bestOf(siteRuns);
    const bare = bestOf(bareRuns);
    const siteOut = path.join(OUT, `site-${count}`);
    const stats = site.ok ? distStats(siteOut) : null;
    recordBuild(`site.${count}`, `${count} scans: Glassbox`, site, stats?.pages ?? null);
    recordBuild(`bare.${count}`, `${count} scans: bare Astro`, bare, bare.ok ? distStats(path.join(OUT, `bare-${count}`)).pages : null);
    const bothBuilt = site.ok && bare.ok;
    record({
      key: `site.${count}.vsBare`,
      label: `${count} scans: Glassbox build ÷ bare Astro build (wall)`,
      value: bothBuilt ? site.wallSeconds / bare.wallSeconds : null,
      unit: 'ratio',
      budget: { max: 2.5, text: '≤ 2.5×' },
    });
    record({
      key: `site.${count}.vsBareCpu`,
      label: `${count} scans: Glassbox build ÷ bare Astro build (CPU)`,
      value: bothBuilt && site.cpuSeconds && bare.cpuSeconds ? site.cpuSeconds / bare.cpuSeconds : null,
      unit: 'ratio',
      budget: { max: 2.5, text: '≤ 2.5×' },
      note: 'steadier than wall time when other work shares the machine',
    });
    if (!stats) continue;
    walls.set(count, site.wallSeconds);
    if (site.cpuSeconds) cpus.set(count, site.cpuSeconds);
    distSizes.set(count, stats.bytes);
    const storeBytes = contentStoreBytes(`site-${count}`);
    if (storeBytes !== null) storeSizes.set(count, storeBytes);
    record({
      key: `site.${count}.contentStoreBytes`,
      label: `${count} scans: Astro content store (data-store.json)`,
      value: storeBytes,
      unit: 'bytes',
      note: 'written as one string: V8 caps strings at 2^29-24 characters',
    });
    record({ key: `site.${count}.pages`, label: `${count} scans: pages`, value: stats.pages, unit: 'count' });
    record({
      key: `site.${count}.distBytes`,
      label: `${count} scans: dist size`,
      value: stats.bytes,
      unit: 'bytes',
      budget: { max: GB, text: '≤ 1 GB' },
      note: stats.byTopLevel
        .slice(0, 4)
        .map((entry) => `${entry.name} ${(entry.bytes / 1024 ** 2).toFixed(1)} MB`)
        .join(', '),
    });
    record({ key: `site.${count}.distFiles`, label: `${count} scans: dist files`, value: stats.files, unit: 'count' });
    await weighPages(count, siteOut);
    if (count === largest && !values['no-browser']) await browserFigures(count, siteOut);
    if (count === largest && values.warm) {
      const warm = await build('site', count, scansDir, true);
      recordBuild(`site.${count}.warm`, `${count} scans: Glassbox rebuild with content cache kept`, warm, stats.pages);
    }
  }
  const smallest = Math.min(...sizes);
  if (sizes.length > 1 && walls.has(smallest) && walls.has(largest)) {
    const scale = largest / smallest;
    const growthBudget = { max: scale * 1.1, text: `≤ ${(scale * 1.1).toFixed(0)}×` };
    for (const [kind, times] of [
      ['wall', walls],
      ['CPU', cpus],
    ] as const) {
      if (!times.has(smallest) || !times.has(largest)) continue;
      record({
        key: `growth.${kind.toLowerCase()}`,
        label: `build ${kind} time growth ${smallest} → ${largest} scans`,
        value: times.get(largest)! / times.get(smallest)!,
        unit: 'ratio',
        budget: growthBudget,
      });
    }
    const reach = scansAtLimit({ scans: smallest, bytes: distSizes.get(smallest)! }, { scans: largest, bytes: distSizes.get(largest)! }, GB);
    record({
      key: 'dist.scansAt1GB',
      label: 'scans at which dist reaches 1 GB (linear)',
      value: reach,
      unit: 'count',
      note: 'GitHub Pages publishes at most 1 GB',
    });
    if (storeSizes.has(smallest) && storeSizes.has(largest)) {
      const storeLimit = scansAtLimit(
        { scans: smallest, bytes: storeSizes.get(smallest)! },
        { scans: largest, bytes: storeSizes.get(largest)! },
        V8_MAX_STRING,
      );
      record({
        key: 'store.scansAtV8Limit',
        label: 'scans at which the content store reaches V8’s string limit (linear)',
        value: storeLimit,
        unit: 'count',
        note: 'ASCII JSON: one byte per character',
      });
    }
  }
  if (stressSize) {
    const scansDir = synthesise(stressSize);
    const stress = await build('site', stressSize, scansDir);
    const stressStats = stress.ok ? distStats(path.join(OUT, `site-${stressSize}`)) : null;
    recordBuild(`site.${stressSize}`, `${stressSize} scans: Glassbox`, stress, stressStats?.pages ?? null);
    record({
      key: `site.${stressSize}.distBytes`,
      label: `${stressSize} scans: dist size`,
      value: stressStats?.bytes ?? null,
      unit: 'bytes',
      note: 'checks the linear extrapolation above',
    });
    record({
      key: `site.${stressSize}.contentStoreBytes`,
      label: `${stressSize} scans: Astro content store (data-store.json)`,
      value: contentStoreBytes(`site-${stressSize}`),
      unit: 'bytes',
    });
    record({
      key: `site.${stressSize}.builds`,
      label: `${stressSize} scans: builds at all`,
      value: stress.ok ? 1 : 0,
      unit: 'count',
      note: stress.ok ? 'yes' : stress.tail.split('\n').filter(Boolean).slice(-3).join(' / '),
    });
  }
  const seedSizes = [...(values['no-seed-sized'] ? [] : [largest]), ...(values['with-100k'] ? [100_000] : [])].filter(
    (count, i, all) => all.indexOf(count) === i,
  );
  const seedBuilds = new Map<number, { wall: number; cpu: number | null; bytes: number }>();
  for (const count of seedSizes) {
    const measured = await seedSizedBuild(count);
    if (measured) seedBuilds.set(count, measured);
  }
  if (seedSizes.length === 2 && seedBuilds.has(seedSizes[0]!) && seedBuilds.has(seedSizes[1]!))
    recordSeedGrowth({ count: seedSizes[0]!, ...seedBuilds.get(seedSizes[0]!)! }, { count: seedSizes[1]!, ...seedBuilds.get(seedSizes[1]!)! });
  const missed = figures.filter((figure) => meetsBudget(figure) === false);
  const results = { machine: machine(), sizes, seedSizedSizes: seedSizes, base, ogImages: values.og, figures };
  writeFileSync(values.results, JSON.stringify(results, null, 2) + '\n');
  const markdown = resultsMarkdown(results, previous, stressSize);
  writeFileSync(values.results.replace(/\.json$/, '.md'), markdown);
  for (const failure of failures) console.error(failure);
  console.log(
    missed.length
      ? `\n${missed.length} figure(s) over budget:\n${missed.map((figure) => '  ' + formatLine(figure)).join('\n')}`
      : '\nevery measured figure is within budget',
  );
  const unmeasured = figures.filter((figure) => figure.budget && figure.value === null);
  if (unmeasured.length) console.log(`${unmeasured.length} budgeted figure(s) not measured: ${unmeasured.map((figure) => figure.key).join(', ')}`);
  if (missed.length || failures.length || unmeasured.length) process.exitCode = 1;
}

await main();
