import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { createBuildModel } from '../../../src/build-model/model.ts';
import { publishDataDownloads, stageDataDownloads, type DataSource } from '../../../src/build-model/data-downloads.ts';
import { scanRecords } from '../../../src/build-model/scans.ts';
import { validatedScans } from '../../../src/build-model/validated-scans.ts';
import { readHistory } from '../../../src/lib/history/git-history.ts';
import { deterministicGzip } from '../../../src/lib/publishing/deterministic-gzip.ts';
import { scansJson, scoresCsv } from '../../../src/lib/publishing/open-data.ts';
import { committedScan } from '../../../src/build-model/scans.ts';

const FIXTURES = path.resolve('test/fixtures/site');
const SCHEMA = 'https://x.org/schema/scan.schema.json';
const parent = mkdtempSync(path.join(tmpdir(), 'glassbox-downloads-test-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const model = createBuildModel({
  records: scanRecords(validatedScans(FIXTURES)),
  config: { site: 'https://x.org', base: '/' },
  history: () => readHistory(FIXTURES),
});
const sources: DataSource[] = model.records.map((record, index) => ({ record, data: model.dataRecords()[index]! }));
/** scans.json as the build always wrote it: each scan as committed. */
const expectedWhole = scansJson(
  sources.map(({ record, data }) => ({ ...data, scan: committedScan(readFileSync(record.sourcePath)) })),
  SCHEMA,
);
const linesOf = (dir: string, names: string[]) =>
  names.flatMap((name) =>
    gunzipSync(readFileSync(path.join(dir, name)))
      .toString('utf8')
      .split('\n')
      .filter(Boolean),
  );

describe('small enough for scans.json', async () => {
  const staged = await stageDataDownloads(sources, SCHEMA, { targetRecords: 4 }, parent);

  test('scans.json is staged, byte for byte what the build wrote before shards existed', () => {
    expect(staged.whole).toEqual({ bytes: Buffer.byteLength(expectedWhole), maxBytes: 10_000_000, published: true });
    expect(readFileSync(path.join(staged.stagedDir, 'scans.json'), 'utf8')).toBe(expectedWhole);
    // The output depends on the scans, not on where they lie on the machine that built it.
    expect(expectedWhole).not.toContain(FIXTURES);
    expect(staged.manifest.whole).toEqual({ path: 'scans.json', bytes: Buffer.byteLength(expectedWhole) });
  });

  test('the shards hold the records of scans.json, each once, in order; the manifest counts them', () => {
    const names = staged.manifest.shards.map((shard) => shard.path);
    expect(names.length).toBeGreaterThan(1);
    expect(linesOf(staged.stagedDir, names).map((line) => JSON.parse(line))).toEqual(JSON.parse(expectedWhole).scans);
    expect(staged.manifest.count).toBe(model.records.length);
    expect(JSON.parse(readFileSync(path.join(staged.stagedDir, 'manifest.json'), 'utf8'))).toEqual(staged.manifest);
    expect(staged.files.sort()).toEqual(readdirSync(staged.stagedDir).sort());
  });

  test('scores.csv is staged, the same bytes from the committed files as from the validated scans', () => {
    const stagedCsv = readFileSync(path.join(staged.stagedDir, 'scores.csv'), 'utf8');
    expect(stagedCsv).toBe(scoresCsv(model.dataRecords().map((data, index) => ({ ...data, scan: model.records[index]!.scan }))));
    expect(stagedCsv.split('\r\n')).toHaveLength(model.records.length + 1);
    expect(staged.files).toContain('scores.csv');
  });

  test('scores.csv.gz is the same bytes gzipped, with no time stamp, and both sizes are known', () => {
    const gzip = readFileSync(path.join(staged.stagedDir, 'scores.csv.gz'));
    const csv = readFileSync(path.join(staged.stagedDir, 'scores.csv'));
    expect(gunzipSync(gzip).equals(csv)).toBe(true);
    expect(gzip.equals(deterministicGzip(csv, 6)), 'compressed as it was written, the same bytes as in one call').toBe(true);
    expect(gzip.readUInt32LE(4), 'modification time').toBe(0);
    expect(staged.scoresCsv).toEqual({ bytes: csv.length, gzipBytes: gzip.length });
    expect(staged.files).toContain('scores.csv.gz');
  });

  test('publishing copies every staged file and removes the staging folder', () => {
    const out = path.join(parent, 'site/data');
    publishDataDownloads(staged, out);
    expect(readdirSync(out).sort()).toEqual([...staged.files].sort());
    expect(existsSync(staged.stagedDir)).toBe(false);
  });
});

test('past the size limit scans.json is dropped, its would-be size still known, and the shards alone carry the records', async () => {
  const staged = await stageDataDownloads(sources, SCHEMA, { wholeMaxBytes: 1000 }, parent);
  expect(staged.whole).toEqual({ bytes: Buffer.byteLength(expectedWhole), maxBytes: 1000, published: false });
  expect(existsSync(path.join(staged.stagedDir, 'scans.json'))).toBe(false);
  expect(staged.files).not.toContain('scans.json');
  expect(staged.manifest.whole).toBeNull();
  // At the default 2,048 records a shard, 19 scans make one shard.
  expect(staged.manifest.shards).toHaveLength(1);
  expect(linesOf(staged.stagedDir, [staged.manifest.shards[0]!.path]).map((line) => JSON.parse(line))).toEqual(JSON.parse(expectedWhole).scans);
});

test('a limit exactly the size of scans.json keeps it', async () => {
  const bytes = Buffer.byteLength(expectedWhole);
  expect((await stageDataDownloads(sources, SCHEMA, { wholeMaxBytes: bytes }, parent)).whole.published).toBe(true);
  expect((await stageDataDownloads(sources, SCHEMA, { wholeMaxBytes: bytes - 1 }, parent)).whole.published).toBe(false);
});

test('a staging folder never published is removed when the process exits, and a published one at once', () => {
  // A separate process, so its exit can be watched: as a dev server or a failed build would leave it.
  const script = `
    import { existsSync } from 'node:fs';
    import { stageDataDownloads, publishDataDownloads } from ${JSON.stringify(path.resolve('src/build-model/data-downloads.ts'))};
    const kept = await stageDataDownloads([], 'https://x.org/s.json', {}, ${JSON.stringify(parent)});
    const published = await stageDataDownloads([], 'https://x.org/s.json', {}, ${JSON.stringify(parent)});
    publishDataDownloads(published, ${JSON.stringify(path.join(parent, 'published-data'))});
    console.log(JSON.stringify({ kept: kept.stagedDir, existsBeforeExit: existsSync(kept.stagedDir), published: published.stagedDir }));
  `;
  const output = execFileSync(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '--eval', script], {
    encoding: 'utf8',
  });
  const { kept, existsBeforeExit, published } = JSON.parse(output) as { kept: string; existsBeforeExit: boolean; published: string };
  expect(existsBeforeExit, 'kept until the process ends').toBe(true);
  expect(existsSync(kept), 'gone after it').toBe(false);
  expect(existsSync(published)).toBe(false);
  expect(readdirSync(path.join(parent, 'published-data')).sort()).toEqual(['manifest.json', 'scans.json', 'scores.csv', 'scores.csv.gz']);
});
