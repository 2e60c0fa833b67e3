import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolveRequestPath, serveSite, type StaticSite } from '../../helpers/fixture-server.ts';

const root = '/srv/site';

describe('resolveRequestPath', () => {
  test.each([
    ['/glassbox/', '/glassbox/', '/srv/site'],
    ['/glassbox/', '/glassbox/papers/9901.00001/', '/srv/site/papers/9901.00001'],
    ['/glassbox/', '/glassbox/papers/synth-th%2F9912001/', '/srv/site/papers/synth-th/9912001'],
    ['/', '/feed.xml', '/srv/site/feed.xml'],
    ['/glassbox/', '/papers/9901.00001/', null],
    ['/glassbox/', '/glassbox/../../etc/passwd', null],
    ['/glassbox/', '/glassbox/%2e%2e/%2e%2e/etc/passwd', null],
    ['/', '/%E0%A4%A', null],
  ])('base %s, request %s → %s', (base, request, expected) => {
    expect(resolveRequestPath(root, base, request)).toBe(expected === null ? null : path.resolve(expected));
  });
});

describe('serveSite', () => {
  let site: StaticSite;
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-serve-'));
  beforeAll(async () => {
    mkdirSync(path.join(dir, 'about'));
    writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(path.join(dir, 'about', 'index.html'), '<h1>about</h1>');
    writeFileSync(path.join(dir, '404.html'), '<h1>lost</h1>');
    site = await serveSite(dir, '/glassbox');
  });
  afterAll(async () => {
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['/glassbox/', 200, '<h1>home</h1>'],
    ['/glassbox/about/', 200, '<h1>about</h1>'],
    ['/glassbox/nowhere/', 404, '<h1>lost</h1>'],
    ['/about/', 404, '<h1>lost</h1>'],
  ])('%s answers %i', async (request, status, body) => {
    const response = await fetch(new URL(request, site.url));
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(body);
  });

  test('a folder without its trailing slash redirects, as on GitHub Pages', async () => {
    const response = await fetch(new URL('/glassbox/about', site.url), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/glassbox/about/');
  });

  test('page() resolves site paths under the base', () => {
    expect(site.page('/about/')).toBe(`${site.url}about/`);
    expect(site.page('about/')).toBe(`${site.url}about/`);
  });
});
