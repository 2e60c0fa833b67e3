/**
 * Drive Debian's Chromium with playwright-core. Never downloads a browser: the executable is
 * the system one, and a missing one is a clear error telling how to install it.
 */
import { existsSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

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

/** Open a page in a fresh context and record console errors, page errors and failed or 4xx/5xx requests. */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = trackRequests(await context.newPage());
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
  return { page, problems, close: () => context.close() };
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
  inFlight: number;
  waiting: (() => void)[];
}
const requestCounts = new WeakMap<Page, RequestCount>();

/** Count the page's requests in flight from now on, so `settle` can tell when its network is quiet. */
export function trackRequests(page: Page): Page {
  const count: RequestCount = { inFlight: 0, waiting: [] };
  const ended = () => {
    count.inFlight = Math.max(0, count.inFlight - 1);
    if (count.inFlight === 0) for (const wake of count.waiting.splice(0)) wake();
  };
  page.on('request', () => (count.inFlight += 1));
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
    if (count.inFlight > 0) await Promise.race([new Promise<void>((wake) => count.waiting.push(wake)), delay(QUIET_DEADLINE_MS)]);
    await delay(QUIET_MS);
    if (count.inFlight === 0) return;
  }
  throw new Error(`the network never went quiet: ${count.inFlight} requests still in flight after ${QUIET_DEADLINE_MS / 1000} s`);
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
