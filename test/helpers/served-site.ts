/**
 * One Chromium and one served fixture site per browser test file, opened before its tests and
 * closed after them. Kept apart from browser.ts so benchmarks can launch Chromium without vitest.
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

/** Launch Chromium and serve a fixture site before this file's tests; close both after them. */
export function useServedSite(name: FixtureSiteName): ServedSite {
  let browser: Browser | undefined;
  let server: StaticSite | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    const { outDir, base } = fixtureSite(name);
    server = await serveSite(outDir, base);
  });
  afterAll(async () => {
    await browser?.close();
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
