/**
 * A served fixture site per browser test file, opened before its tests and closed after them, and
 * the Chromium its worker shares between files. Kept apart from chromium.ts so benchmarks can
 * launch Chromium without vitest.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { fixtureSite, type FixtureSiteName } from './fixture-sites.ts';
import { serveSite, type StaticSite } from './fixture-server.ts';

/** Chromium and a served fixture site, shared by the tests of one file. */
export interface ServedSite {
  readonly browser: Browser;
  readonly server: StaticSite;
}

/**
 * One Chromium for every browser file a test worker runs: the files share the worker's module
 * graph (isolate: false in vitest.config.ts), so this module and its browser outlive a file, and
 * the pages openWatchedPage keeps go from file to file too. Launching one per file cost about a
 * second each. Playwright closes it when the worker exits; a crashed one is launched afresh.
 */
let workerBrowser: Promise<Browser> | undefined;
function sharedChromium(): Promise<Browser> {
  workerBrowser ??= launchChromium().then((browser) => browser.on('disconnected', () => (workerBrowser = undefined)));
  return workerBrowser;
}

/** Serve a fixture site, and have the worker's Chromium ready, before this file's tests; stop serving after them. */
export function useServedSite(name: FixtureSiteName): ServedSite {
  let browser: Browser | undefined;
  let server: StaticSite | undefined;
  beforeAll(async () => {
    browser = await sharedChromium();
    const { outDir, base } = fixtureSite(name);
    server = await serveSite(outDir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useServedSite: used outside a test (before beforeAll ran)');
    return value;
  };
  return {
    get browser() {
      return ready(browser);
    },
    get server() {
      return ready(server);
    },
  };
}
