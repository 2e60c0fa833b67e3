/**
 * The browser helpers themselves: a page handed from one test to the next must be as clean as a
 * new one, and `settle` must wait for requests a page starts after it loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openWatchedPage, settle } from '../helpers/chromium.ts';
import { serveSite, type StaticSite } from '../helpers/fixture-server.ts';

let browser: Browser;
let site: StaticSite;
const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-chromium-'));
beforeAll(async () => {
  writeFileSync(path.join(dir, 'index.html'), '<title>home</title><h1>home</h1>');
  writeFileSync(path.join(dir, 'data.json'), '{"late": true}');
  // Fetches started on load, the second when the first (a 404) has answered, as the site's
  // scripts fetch: settle has to wait for both.
  writeFileSync(
    path.join(dir, 'late.html'),
    "<title>late</title><script>addEventListener('load', () => fetch('missing.json').then(() => fetch('data.json')).then((response) => response.json()).then(() => { document.title = 'fetched'; }));</script>",
  );
  site = await serveSite(dir, '/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a page handed to the next test', () => {
  test('is the same page, with no storage, cookies, listeners or routes left', async () => {
    const first = await openWatchedPage(browser);
    await first.page.goto(site.page('/'));
    await first.page.evaluate(() => {
      localStorage.setItem('kept', 'yes');
      sessionStorage.setItem('kept', 'yes');
      document.cookie = 'kept=yes';
    });
    let heard = 0;
    first.page.on('console', (message) => (heard += message.text() === 'only the second test hears this' ? 1 : 0));
    await first.page.route('**/*', (route) => route.abort());
    await first.close();

    const second = await openWatchedPage(browser);
    expect(second.page, 'the pooled page').toBe(first.page);
    expect(second.page.url()).toBe('about:blank');
    const response = await second.page.goto(site.page('/'));
    expect(response?.status(), 'no route of the first test left').toBe(200);
    expect(await second.page.evaluate(() => [localStorage.getItem('kept'), sessionStorage.getItem('kept'), document.cookie])).toEqual([null, null, '']);
    await second.page.evaluate(() => console.error('only the second test hears this'));
    expect(heard, 'the first test’s listener').toBe(0);
    expect(second.problems).toContain('console error: only the second test hears this');
    await second.close();
  });

  test('is not reused when its test visited another origin, or under other options', async () => {
    const first = await openWatchedPage(browser);
    await first.page.goto(site.page('/'));
    await first.page.goto(site.page('/').replace('127.0.0.1', 'localhost'));
    await first.close();
    const second = await openWatchedPage(browser);
    expect(second.page).not.toBe(first.page);
    await second.close();
    const dark = await openWatchedPage(browser, { colorScheme: 'dark' });
    expect(dark.page).not.toBe(second.page);
    await dark.close();
  });
});

test('settle waits for requests started after load, and the watched page records their failures', async () => {
  const watched = await openWatchedPage(browser);
  await watched.page.goto(site.page('/late.html'));
  await settle(watched.page);
  expect(await watched.page.title()).toBe('fetched');
  expect(watched.problems).toContainEqual(expect.stringMatching(/^HTTP 404: .*\/missing\.json$/));
  await watched.close();
});
