import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import {
  contentTypeOf,
  deleteBatches,
  EMPTY_MANIFEST,
  IMMUTABLE,
  planDeploy,
  RETIRED_ASSET_GRACE_MS,
  servePolicy,
  SHORT,
  summarisePlan,
  uploadBatches,
  type DeployManifest,
  type DeployedFile,
} from '../../../scripts/lib/sync-plan.ts';

const file = (relative: string, sha256: string, bytes = 10): [string, DeployedFile] => [relative, { sha256, bytes, ...servePolicy(relative) }];
const manifest = (...files: [string, DeployedFile][]): DeployManifest => ({ version: 1, files: Object.fromEntries(files), retired: {} });
const now = new Date('2026-11-30T12:00:00Z');

describe('headers', () => {
  test.each([
    ['papers/2405.05949/index.html', 'text/html; charset=utf-8'],
    ['papers/2405.05949/scan.json', 'application/json; charset=utf-8'],
    ['papers/2405.05949/badge.svg', 'image/svg+xml; charset=utf-8'],
    ['papers/2405.05949/og.png', 'image/png'],
    ['_astro/Base.BNqql2nD.css', 'text/css; charset=utf-8'],
    ['_astro/search-engine.DZSaMBEm.js', 'text/javascript; charset=utf-8'],
    ['data/scans-2405.05949.jsonl.gz', 'application/gzip'],
    ['data/scores.csv', 'text/csv; charset=utf-8'],
    ['feed.xml', 'application/xml; charset=utf-8'],
    ['FILE.HTML', 'text/html; charset=utf-8'],
    ['papers/2405.05949', 'application/octet-stream'],
  ])('%s is served as %s', (key, type) => {
    expect(contentTypeOf(key)).toBe(type);
  });

  test('hashed assets are cached for a year, everything else for minutes', () => {
    expect(servePolicy('_astro/Base.BNqql2nD.css').cacheControl).toBe(IMMUTABLE);
    expect(IMMUTABLE).toContain('immutable');
    for (const key of ['index.html', 'papers/x/index.html', 'data/scans.json', 'search/data/vocab.json', 'papers/_astro/index.html'])
      expect(servePolicy(key).cacheControl).toBe(SHORT);
  });
});

describe('planDeploy', () => {
  const before = manifest(
    file('_astro/a.1.js', 'a1'),
    file('index.html', 'i1'),
    file('papers/1/index.html', 'p1'),
    file('papers/1/scan.json', 's1'),
    file('papers/2/index.html', 'p2'),
    file('data/scores.csv', 'c1'),
  );

  test('uploads new and changed files, hashed assets first and pages last; deletes what left; counts the rest', () => {
    const after = manifest(
      file('_astro/a.2.js', 'a2'),
      file('index.html', 'i2'),
      file('papers/1/index.html', 'p1'),
      file('papers/1/scan.json', 's2'),
      file('papers/3/index.html', 'p3'),
      file('data/scores.csv', 'c1'),
    );
    const plan = planDeploy(before, after, now);
    expect(plan.upload).toEqual(['_astro/a.2.js', 'papers/1/scan.json', 'index.html', 'papers/3/index.html']);
    expect(plan.delete).toEqual(['papers/2/index.html']);
    expect(plan.unchanged).toBe(2);
    expect(plan.manifest.files).toEqual(after.files);
  });

  test('a same-size edit is uploaded (what `aws s3 sync --size-only` would miss) and counted as such', () => {
    const after = manifest(
      ...Object.entries(before.files).map(([key, entry]) => [key, key === 'index.html' ? { ...entry, sha256: 'i2' } : entry] as [string, DeployedFile]),
    );
    const plan = planDeploy(before, after, now);
    expect(plan.upload).toEqual(['index.html']);
    expect(summarisePlan(plan, before)).toMatchObject({ upload: 1, uploadBytes: 10, sameSize: 1, delete: 0, unchanged: 5 });
  });

  test('a changed header re-uploads the file even when its bytes are the same', () => {
    const after = manifest(
      ...Object.values(Object.entries(before.files)).map(
        ([key, entry]) => [key, key === 'data/scores.csv' ? { ...entry, cacheControl: 'no-store' } : entry] as [string, DeployedFile],
      ),
    );
    expect(planDeploy(before, after, now).upload).toEqual(['data/scores.csv']);
  });

  test('a hashed asset that left the site stays for the grace period, then is deleted; one that returns is kept', () => {
    const after = manifest(...Object.entries(before.files).filter(([key]) => key !== '_astro/a.1.js'));
    const first = planDeploy(before, after, now);
    expect(first.delete).toEqual([]);
    expect(first.manifest.retired).toEqual({ '_astro/a.1.js': now.toISOString() });
    const soon = planDeploy(first.manifest, after, new Date(now.getTime() + RETIRED_ASSET_GRACE_MS - 1));
    expect(soon.delete).toEqual([]);
    expect(soon.manifest.retired).toEqual(first.manifest.retired);
    const later = planDeploy(first.manifest, after, new Date(now.getTime() + RETIRED_ASSET_GRACE_MS));
    expect(later.delete).toEqual(['_astro/a.1.js']);
    expect(later.manifest.retired).toEqual({});
    const back = planDeploy(first.manifest, before, new Date(now.getTime() + RETIRED_ASSET_GRACE_MS));
    expect(back.delete).toEqual([]);
    expect(back.upload).toEqual(['_astro/a.1.js']);
    expect(back.manifest.retired).toEqual({});
  });

  test('under a prefix, hashed assets are recognised by the prefixed folder', () => {
    const prefixed = manifest(['site/_astro/a.1.js', { sha256: 'a1', bytes: 1, ...servePolicy('_astro/a.1.js') }]);
    const plan = planDeploy(prefixed, manifest(), now, 'site/_astro/');
    expect(plan.delete).toEqual([]);
    expect(Object.keys(plan.manifest.retired)).toEqual(['site/_astro/a.1.js']);
  });

  test('the first deploy uploads everything', () => {
    const plan = planDeploy(EMPTY_MANIFEST, before, now);
    expect(plan.upload).toHaveLength(6);
    expect(plan.unchanged).toBe(0);
    expect(summarisePlan(plan, EMPTY_MANIFEST).byFolder).toEqual([
      { folder: 'papers/', files: 3 },
      { folder: '_astro/', files: 1 },
      { folder: 'data/', files: 1 },
      { folder: 'index.html', files: 1 },
    ]);
  });
});

test('uploadBatches groups by headers and sends the pages last', () => {
  const plan = planDeploy(
    EMPTY_MANIFEST,
    manifest(file('_astro/a.js', 'a'), file('a/index.html', 'h'), file('b.json', 'j'), file('c.svg', 's'), file('d.json', 'k'), file('_astro/b.css', 'b')),
    now,
  );
  const batches = uploadBatches(plan);
  expect(batches.map((batch) => [batch.policy.contentType.split(';')[0], batch.keys])).toEqual([
    ['text/javascript', ['_astro/a.js']],
    ['text/css', ['_astro/b.css']],
    ['application/json', ['b.json', 'd.json']],
    ['image/svg+xml', ['c.svg']],
    ['text/html', ['a/index.html']],
  ]);
});

test('deleteBatches keeps to the API’s 1,000 keys a request', () => {
  const keys = Array.from({ length: 2500 }, (_, i) => `papers/${i}/index.html`);
  const batches = deleteBatches(keys);
  expect(batches.map((batch) => batch.Objects.length)).toEqual([1000, 1000, 500]);
  expect(batches[2]!.Objects.at(-1)).toEqual({ Key: 'papers/2499/index.html' });
  expect(batches.every((batch) => batch.Quiet)).toBe(true);
  expect(deleteBatches([])).toEqual([]);
});

// Each test starts Node once or twice: seconds on a busy machine.
describe('node scripts/deploy-plan.ts', { timeout: 60_000 }, () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-deploy-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const write = (root: string, files: Record<string, string>) => {
    for (const [relative, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), text);
    }
  };
  const plan = (...args: string[]) => spawnSync(process.execPath, ['scripts/deploy-plan.ts', ...args], { encoding: 'utf8' });
  const site = { '_astro/a.1.js': 'js', 'index.html': '<p>0.61</p>', 'papers/hep-th/9901001/index.html': 'audit', 'data/scores.csv': 'id' };

  test('stages the uploads by headers under their keys, and a manifest that makes the next deploy empty', () => {
    const dist = path.join(temp, 'dist');
    const out = path.join(temp, 'out');
    write(dist, site);
    const first = plan('--dist', dist, '--out', out, '--prefix', 'glassbox/', '--now', now.toISOString());
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('upload: 4 files');
    const batches = readFileSync(path.join(out, 'batches.tsv'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(batches.map(([, type, cache]) => [type!.split(';')[0], cache])).toEqual([
      ['text/javascript', IMMUTABLE],
      ['text/csv', SHORT],
      ['text/html', SHORT],
    ]);
    const staged = path.join(batches[2]![0]!, 'glassbox/papers/hep-th/9901001/index.html');
    expect(readFileSync(staged, 'utf8')).toBe('audit');
    expect(statSync(staged).ino).toBe(statSync(path.join(dist, 'papers/hep-th/9901001/index.html')).ino);
    const stored = JSON.parse(gunzipSync(readFileSync(path.join(out, 'manifest.json.gz'))).toString('utf8')) as DeployManifest;
    expect(Object.keys(stored.files)).toEqual([
      'glassbox/_astro/a.1.js',
      'glassbox/data/scores.csv',
      'glassbox/index.html',
      'glassbox/papers/hep-th/9901001/index.html',
    ]);

    const again = plan('--dist', dist, '--previous', path.join(out, 'manifest.json.gz'), '--prefix', 'glassbox/');
    expect(again.stdout).toContain('upload: 0 files');
    expect(again.stdout).toContain('unchanged: 4 files');
  });

  test('compares two builds: a same-size edit is found, and a removed page is deleted', () => {
    const a = path.join(temp, 'a');
    const b = path.join(temp, 'b');
    write(a, site);
    write(b, { ...site, 'index.html': '<p>0.64</p>' });
    rmSync(path.join(b, 'data/scores.csv'));
    const result = plan('--dist', b, '--previous', a);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('upload: 1 files');
    expect(result.stdout).toContain('same size as before: 1');
    expect(result.stdout).toContain('delete: 1 files');
  });

  test('refuses a prefix without its trailing slash', () => {
    const result = plan('--dist', temp, '--prefix', 'glassbox');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--prefix must end with a slash');
  });
});
