import path from 'node:path';
import { expect, test } from 'vitest';
import { DEFAULT_SITE_URL, basePathFrom, scansDir, siteConfig, siteUrlFrom } from '../../../src/build-model/site-config.ts';

test('defaults apply when the variables are unset or empty', () => {
  expect(siteUrlFrom({})).toBe(DEFAULT_SITE_URL);
  expect(siteUrlFrom({ SITE_URL: '' })).toBe(DEFAULT_SITE_URL);
  expect(basePathFrom({})).toBe('/');
  expect(scansDir({})).toBe(path.resolve('scans'));
});

test('set variables win', () => {
  expect(siteUrlFrom({ SITE_URL: 'https://example-org.github.io' })).toBe('https://example-org.github.io');
  expect(basePathFrom({ BASE_PATH: '/glassbox/' })).toBe('/glassbox/');
  expect(scansDir({ SCANS_DIR: 'test/fixtures/site' })).toBe(path.resolve('test/fixtures/site'));
});

test.each([
  ['https://github.com/org/glassbox/', 'https://github.com/org/glassbox'],
  ['https://github.com/org/glassbox.git', 'https://github.com/org/glassbox'],
  ['javascript:alert(1)', undefined],
  ['', undefined],
  [undefined, undefined],
])('REPO_URL %j gives the repository %j', (value, repo) => {
  expect(siteConfig('https://x.org', '/', { REPO_URL: value }).repo).toBe(repo);
});

test('the configuration carries the site, base and OG_IMAGES setting', () => {
  expect(siteConfig('https://x.org', '/b/', { OG_IMAGES: 'off', CITATION_STYLES: 'all' })).toEqual({
    site: 'https://x.org',
    base: '/b/',
    repo: undefined,
    ogImages: 'off',
    citationStyles: 'all',
  });
});
