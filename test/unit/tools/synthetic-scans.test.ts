import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';
import { gzipSync } from 'node:zlib';
import {
  seededRandom,
  synthesizeProfileScan,
  synthesizeScan,
  synthesizeSeedSizedScan,
  syntheticId,
  syntheticNumber,
} from '../../../scripts/lib/synthetic-scans.ts';
import { formatProblem, validateScanBytes, validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const synth = (...args: string[]) => spawnSync(process.execPath, ['scripts/synth.ts', ...args], { encoding: 'utf8' });

/** 300 synthetic scans of seed 3, shared by the tests below. */
const scans = Array.from({ length: 300 }, (_, i) => synthesizeScan(i + 1, 3));

describe('synthetic scans', () => {
  test.each([
    [1, '00001', '9901.00001'],
    [42, '00042', '9901.00042'],
    [99_999, '99999', '9901.99999'],
    [100_000, '100000', '9902.00001'],
  ])('paper %i is numbered %s with id %s', (index, number, id) => {
    expect(syntheticNumber(index)).toBe(number);
    expect(syntheticId(index)).toBe(id);
  });

  test('the generator is deterministic for a seed and differs between seeds', () => {
    const first = seededRandom(7);
    const again = seededRandom(7);
    const other = seededRandom(8);
    const a = Array.from({ length: 5 }, first);
    expect(Array.from({ length: 5 }, again)).toEqual(a);
    expect(Array.from({ length: 5 }, other)).not.toEqual(a);
    expect(synthesizeScan(42, 1)).toEqual(synthesizeScan(42, 1));
    expect(synthesizeScan(42, 1)).not.toEqual(synthesizeScan(42, 2));
  });

  test('every one of 300 passes the validator in its own folder', () => {
    const problems = scans.flatMap((scan, i) => validateScanBytes(encode(scan), `synthetic ${i + 1}`, syntheticId(i + 1)).problems);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('they are plainly fictional', () => {
    for (const [i, scan] of scans.entries()) {
      expect(scan.paper.title).toMatch(new RegExp(`^Synthetic paper ${syntheticNumber(i + 1)}: `));
      expect(scan.key_findings).toMatch(/^This is a fictional paper generated for testing\./);
      expect(scan.paper.arxiv_id).toMatch(/^99\d\d\./);
    }
  });

  test('they vary: scores, years, venues, red flags, claims and a sometimes-applicable human-studies category', () => {
    const scores = scans.map(scoreScan);
    const distinct = (values: unknown[]) => new Set(values.map((value) => JSON.stringify(value))).size;
    expect(distinct(scores.map((score) => score.overall.value))).toBeGreaterThan(100);
    expect(distinct(scans.map((scan) => scan.paper.year))).toBeGreaterThan(5);
    expect(distinct(scans.map((scan) => scan.paper.venue))).toBeGreaterThan(5);
    expect(distinct(scores.map((score) => score.redFlagCount))).toBeGreaterThan(4);
    expect(distinct(scans.flatMap((scan) => scan.claims.map((claim) => claim.supported)))).toBe(4);
    const humanStudies = scores.map((score) => score.categories.human_studies.value === null);
    expect(humanStudies).toContain(true);
    expect(humanStudies).toContain(false);
  });
});

describe('seed-sized scans (--profile seed)', () => {
  const scans = Array.from({ length: 200 }, (_, i) => synthesizeSeedSizedScan(i + 1, 3));
  const bytes = scans.map((scan) => encode(scan).length + 1);
  const seedScan = readFileSync('scans/2405.05949/scan.json');

  test('are deterministic for a seed, differ between seeds, and leave the small profile as it was', () => {
    expect(synthesizeSeedSizedScan(42, 1)).toEqual(synthesizeSeedSizedScan(42, 1));
    expect(synthesizeSeedSizedScan(42, 1)).not.toEqual(synthesizeSeedSizedScan(42, 2));
    expect(synthesizeProfileScan('small', 42, 1)).toEqual(synthesizeScan(42, 1));
    expect(synthesizeProfileScan('seed', 42, 1)).toEqual(synthesizeSeedSizedScan(42, 1));
  });

  test('every one of 200 passes the validator', () => {
    const problems = scans.flatMap((scan, i) => validateScanBytes(encode(scan), `seed-sized ${i + 1}`, syntheticId(i + 1)).problems);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('average about 17.5 KB of JSON, like the seed scan, and every one is at least 14 KB', () => {
    const mean = bytes.reduce((sum, size) => sum + size, 0) / bytes.length;
    expect(mean).toBeGreaterThan(0.9 * seedScan.length);
    expect(mean).toBeLessThan(1.1 * seedScan.length);
    expect(Math.min(...bytes)).toBeGreaterThan(14 * 1024);
  });

  test('compress like prose, not like a repeated phrase (within 1.5× the seed scan’s gzip ratio)', () => {
    const ratio = (data: Uint8Array) => data.length / gzipSync(data).length;
    const seedRatio = ratio(seedScan);
    for (const scan of scans.slice(0, 20)) expect(ratio(encode(scan))).toBeLessThan(1.5 * seedRatio);
  });

  test('have the seed scan’s shape: long justifications, several claims, flags and citations', () => {
    for (const scan of scans) {
      const items = Object.values(scan.checklist).flatMap((category) => Object.values(category));
      const applicable = items.filter((item) => item.applies);
      const meanLength = applicable.reduce((sum, item) => sum + item.justification.length, 0) / applicable.length;
      expect(meanLength).toBeGreaterThan(90);
      expect(scan.claims.length).toBeGreaterThanOrEqual(3);
      expect(scan.red_flags.length).toBeGreaterThanOrEqual(2);
      expect(scan.cited_papers?.length).toBeGreaterThanOrEqual(4);
      expect(scan.key_findings.length).toBeGreaterThan(300);
    }
  });

  test('are plainly fictional and vary in score', () => {
    for (const [i, scan] of scans.entries()) {
      expect(scan.paper.title).toMatch(new RegExp(`^Synthetic paper ${syntheticNumber(i + 1)}: `));
      expect(scan.key_findings).toMatch(/^This is a fictional paper generated for testing\./);
      for (const cited of scan.cited_papers ?? []) expect(cited.title).toMatch(/^Synthetic reference /);
    }
    expect(new Set(scans.map((scan) => scoreScan(scan).overall.value)).size).toBeGreaterThan(100);
  });
});

describe('npm run synth', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-synth-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test('writes N scans that validate together, the same bytes for the same seed', () => {
    for (const name of ['a', 'b']) expect(synth('--count', '25', '--out', path.join(temp, name), '--seed', '9').status).toBe(0);
    const { scans, problems } = validateScansDir(path.join(temp, 'a'));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scans.map((scan) => scan.id)).toEqual(Array.from({ length: 25 }, (_, i) => syntheticId(i + 1)));
    for (const id of ['9901.00001', '9901.00025']) {
      expect(readFileSync(path.join(temp, 'b', id, 'scan.json'), 'utf8')).toBe(readFileSync(path.join(temp, 'a', id, 'scan.json'), 'utf8'));
    }
  });

  test('--second-audits and --replies add valid audits and replies beside the same scans', () => {
    const plain = path.join(temp, 'plain');
    const dir = path.join(temp, 'with-companions');
    expect(synth('--count', '25', '--out', plain, '--seed', '9').status).toBe(0);
    const result = synth('--count', '25', '--out', dir, '--seed', '9', '--second-audits', '0.5', '--replies', '0.3');
    expect(result.status).toBe(0);
    const { scans, problems } = validateScansDir(dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const audits = scans.flatMap((scan) => scan.audits);
    const replies = scans.flatMap((scan) => scan.replies);
    expect(audits.length).toBeGreaterThan(5);
    expect(replies.length).toBeGreaterThan(2);
    expect(result.stdout).toContain(`with ${audits.length} independent audits and ${replies.length} replies`);
    for (const id of ['9901.00001', '9901.00025']) {
      expect(readFileSync(path.join(dir, id, 'scan.json'), 'utf8')).toBe(readFileSync(path.join(plain, id, 'scan.json'), 'utf8'));
    }
  }, 30_000);

  test.each([['1.5'], ['-0.1'], ['ten'], ['']])('refuses --second-audits %j', (value) => {
    const result = synth('--count', '1', '--out', path.join(temp, 'd'), `--second-audits=${value}`);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`--second-audits must be a share from 0 to 1, e.g. 0.1, got ${JSON.stringify(value)}`);
  });

  test('--profile seed writes seed-sized scans that validate; an unknown profile is refused', () => {
    expect(synth('--count', '3', '--out', path.join(temp, 'seed'), '--profile', 'seed').status).toBe(0);
    expect(validateScansDir(path.join(temp, 'seed')).problems.map(formatProblem)).toEqual([]);
    const written = readFileSync(path.join(temp, 'seed', '9901.00002', 'scan.json'), 'utf8');
    expect(written).toBe(JSON.stringify(synthesizeSeedSizedScan(2, 1), null, 2) + '\n');
    const refused = synth('--count', '1', '--out', path.join(temp, 'huge'), '--profile', 'huge');
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe('--profile must be one of small, seed, got "huge"');
    expect(existsSync(path.join(temp, 'huge'))).toBe(false);
  }, 30_000);

  test.each([['scans'], ['scans/sub'], ['./scans/../scans']])('refuses to write into %s', (out) => {
    const result = synth('--count', '1', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('refusing to write synthetic scans into scans/');
    expect(existsSync('scans/9901.00001')).toBe(false);
    expect(existsSync('scans/sub')).toBe(false);
  });

  test('refuses a symbolic link that leads into scans/', () => {
    const link = path.join(temp, 'link-to-scans');
    symlinkSync(path.resolve('scans'), link);
    const result = synth('--count', '1', '--out', path.join(link, 'more'));
    expect(result.status).toBe(2);
    expect(existsSync('scans/more')).toBe(false);
  });

  test('refuses a seed that is not a whole number (it would silently mean seed 0)', () => {
    const result = synth('--count', '1', '--out', path.join(temp, 'c'), '--seed', 'abc');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('--seed must be a whole number, got "abc"');
    expect(existsSync(path.join(temp, 'c'))).toBe(false);
  });

  test.each([[['--out', 'x']], [['--count', '0', '--out', 'x']], [['--count', 'ten', '--out', 'x']], [['--count', '3']]])(
    'explains its usage for %j',
    (args) => {
      const result = synth(...args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe('usage: npm run synth -- --count N --out DIR [--seed S] [--profile small|seed] [--second-audits F] [--replies F]');
    },
  );
});
