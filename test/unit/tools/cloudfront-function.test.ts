/** The CloudFront Function of the S3 deploy, run from its own file as CloudFront would run it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentTypeOf } from '../../../scripts/lib/sync-plan.ts';

type Request = { uri: string; querystring?: Record<string, { value: string }> };
const source = readFileSync(path.resolve(import.meta.dirname, '../../../deploy/cloudfront-directory-index.js'), 'utf8');
const handler = new Function(`${source}\nreturn handler;`)() as (event: { request: Request }) => Request;

describe('directory index rewrite', () => {
  test.each([
    ['/', '/index.html'],
    ['/papers/2405.05949/', '/papers/2405.05949/index.html'],
    ['/papers/2405.05949', '/papers/2405.05949/index.html'],
    ['/papers/hep-th/9901001', '/papers/hep-th/9901001/index.html'],
    ['/glassbox/leaderboard', '/glassbox/leaderboard/index.html'],
    ['/papers/2405.05949/scan.json', '/papers/2405.05949/scan.json'],
    ['/_astro/Base.BNqql2nD.css', '/_astro/Base.BNqql2nD.css'],
    ['/data/scans-2405.05949.jsonl.gz', '/data/scans-2405.05949.jsonl.gz'],
    ['/404.html', '/404.html'],
  ])('%s → %s', (uri, expected) => {
    expect(handler({ request: { uri } }).uri).toBe(expected);
  });

  test('keeps the query string', () => {
    const querystring = { q: { value: 'variance' } };
    expect(handler({ request: { uri: '/search', querystring } })).toEqual({ uri: '/search/index.html', querystring });
  });

  test('treats every extension the deploy gives a content type as a file', () => {
    const extensions = [
      ...source
        .match(/FILE_EXTENSIONS = \/\\\.\((.+?)\)\$\/i/)![1]!
        .replaceAll('woff2?', 'woff|woff2')
        .split('|'),
    ];
    for (const extension of extensions) expect(contentTypeOf(`x.${extension}`)).not.toBe('application/octet-stream');
    for (const extension of ['html', 'css', 'js', 'json', 'xml', 'txt', 'csv', 'svg', 'png', 'ico', 'webmanifest', 'woff2', 'gz'])
      expect(handler({ request: { uri: `/a/b.${extension}` } }).uri).toBe(`/a/b.${extension}`);
  });
});
