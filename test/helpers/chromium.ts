/**
 * Drive Debian's Chromium with playwright-core. Never downloads a browser: the executable is
 * the system one, and a missing one is a clear error telling how to install it.
 */
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';

/** The system Chromium (Debian package `chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch headless Chromium. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page plus everything that went wrong while it was open. */
export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, one line each. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Pages closed by their tests, kept for the next `openWatchedPage` with the same browser and
 * options. A new page costs Chromium a renderer process, 350–700 ms on a 2-core machine, and a
 * run opens about 250; a page handed back clean (below) is ready again in about 100 ms.
 */
const idlePages = new WeakMap<Browser, Map<string, Page[]>>();
/** Each pooled page's viewport as its context made it, to tell whether a test resized it. */
const firstViewports = new WeakMap<Page, string>();

/**
 * Open a page, fresh or handed back clean by an earlier test with the same options, and record
 * console errors, page errors and failed or 4xx/5xx requests.
 */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const key = JSON.stringify(options);
  const page = takeIdlePage(browser, key) ?? (await newPage(browser, options));
  const problems = watchProblems(trackRequests(page));
  const origins = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) origins.add(new URL(frame.url()).origin);
  });
  return { page, problems, close: () => handBack(browser, key, page, origins) };
}

async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  firstViewports.set(page, JSON.stringify(page.viewportSize()));
  return page;
}

function takeIdlePage(browser: Browser, key: string): Page | undefined {
  return idlePages.get(browser)?.get(key)?.pop();
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // The browser cancels requests still in flight when the page navigates or reloads (a
    // favicon, say): that is not the site failing. A missing file still shows as an HTTP 404 below.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Keep a test's page for the next test, as clean as a new one: its listeners, routes, cookies,
 * storage (the citation picker's localStorage, the compare selection's sessionStorage), other
 * tabs and document gone. A page whose test visited more than one origin, changed the viewport
 * or cannot be cleaned is closed instead: storage of an origin it has left cannot be cleared.
 */
async function handBack(browser: Browser, key: string, page: Page, origins: Set<string>): Promise<void> {
  const context = page.context();
  try {
    const [origin, ...others] = [...origins].filter((seen) => seen !== 'null');
    const onlyOrigin = others.length === 0 && (origin === undefined || new URL(page.url()).origin === origin);
    if (!onlyOrigin || page.isClosed() || context.pages().length > 1) throw new Error('not reusable');
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    if (origin) await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
    await context.clearCookies();
    await page.goto('about:blank');
    if (JSON.stringify(page.viewportSize()) !== firstViewports.get(page)) throw new Error('viewport changed');
    const idle = idlePages.get(browser) ?? new Map<string, Page[]>();
    idlePages.set(browser, idle.set(key, [...(idle.get(key) ?? []), page]));
  } catch {
    await context.close().catch(() => undefined);
  }
}

/**
 * How long no request may be in flight before the network counts as quiet. Playwright's own
 * `networkidle` waits 500 ms after the last request, on every page of every test (over two
 * minutes a run); the fixture server answers in a millisecond or two, and the site's scripts
 * start their fetches on load or on a user's action, never on a timer.
 */
const QUIET_MS = 100;

/** Requests in flight on each page that `trackRequests` watches, and who waits for them to end. */
interface RequestCount {
  inFlight: Set<Request>;
  waiting: (() => void)[];
}
const requestCounts = new WeakMap<Page, RequestCount>();

/**
 * Count the page's requests in flight from now on, so `settle` can tell when its network is
 * quiet. A request ends with its response: Playwright reports a fetch whose body the script
 * never reads as finished only much later, if at all.
 */
export function trackRequests(page: Page): Page {
  const count: RequestCount = { inFlight: new Set(), waiting: [] };
  const ended = (request: Request) => {
    if (!count.inFlight.delete(request) || count.inFlight.size > 0) return;
    for (const wake of count.waiting.splice(0)) wake();
  };
  page.on('request', (request) => count.inFlight.add(request));
  page.on('response', (response) => ended(response.request()));
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  requestCounts.set(page, count);
  return page;
}

/** Longest wait for a quiet network, as Playwright's own default timeout. */
const QUIET_DEADLINE_MS = 30_000;

/** Resolve once no request of the page has been in flight for `QUIET_MS`. */
async function networkQuiet(count: RequestCount): Promise<void> {
  const deadline = Date.now() + QUIET_DEADLINE_MS;
  while (Date.now() < deadline) {
    // The deadline's timer is unref'd: a page that went quiet must not keep the worker alive for it.
    if (count.inFlight.size > 0)
      await Promise.race([new Promise<void>((wake) => count.waiting.push(wake)), delay(deadline - Date.now(), undefined, { ref: false })]);
    await delay(QUIET_MS);
    if (count.inFlight.size === 0) return;
  }
  throw new Error(`the network never went quiet: ${count.inFlight.size} requests still in flight after ${QUIET_DEADLINE_MS / 1000} s`);
}

/**
 * Wait until the page is loaded and the network quiet, so lazy requests have had their chance to
 * fail. Pages opened by `openWatchedPage` or `openAxePage` have their requests counted; any
 * other page falls back to Playwright's slower `networkidle`.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const count = requestCounts.get(page);
  if (count) await networkQuiet(count);
  else await page.waitForLoadState('networkidle');
}

/** The value of the sentinel global that hostile payloads set; undefined when nothing ran. */
export function sentinel(page: Page, name: string): Promise<unknown> {
  return page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);
}
