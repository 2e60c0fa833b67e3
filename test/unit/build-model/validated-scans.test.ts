import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { InvalidScansError, assertValid, scansFingerprint, validatedScans } from '../../../src/build-model/validated-scans.ts';
import { gitBlobId } from '../../../src/lib/scan-format/blob-id.ts';
import { listedScan } from '../../../src/lib/scan-format/listed-scan.ts';
import { validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A private copy of a fixture folder, so edits and the process-wide cache see only this test's files. */
function copyOf(fixtures: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-validated-'));
  scratch.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

test('a folder is validated once: the second call returns the same objects', () => {
  const dir = copyOf('test/fixtures/good');
  const first = validatedScans(dir);
  expect(first.problems).toEqual([]);
  expect(validatedScans(dir)).toBe(first);
});

test('another copy of the module (another Vite module graph) shares the cache', async () => {
  const dir = copyOf('test/fixtures/good');
  const first = validatedScans(dir);
  vi.resetModules();
  const again = await import('../../../src/build-model/validated-scans.ts');
  expect(again.validatedScans).not.toBe(validatedScans);
  expect(again.validatedScans(dir)).toBe(first);
});

test('an edited, added or removed file is validated again', () => {
  const dir = copyOf('test/fixtures/good');
  const first = validatedScans(dir);
  const file = path.join(dir, '9912.00001/scan.json');
  const scan = JSON.parse(readFileSync(file, 'utf8'));
  scan.paper.title = 'Synthetic paper 00001, retitled';
  writeFileSync(file, JSON.stringify(scan));
  const edited = validatedScans(dir);
  expect(edited).not.toBe(first);
  expect(edited.scans.find((entry) => entry.id === '9912.00001')!.scan.paper.title).toBe('Synthetic paper 00001, retitled');
  // Same size, new time: still a change.
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  expect(validatedScans(dir)).not.toBe(edited);
  rmSync(path.join(dir, '9912.00002'), { recursive: true });
  expect(validatedScans(dir).scans.map((entry) => entry.id)).not.toContain('9912.00002');
});

test('without recheck the cached validation is taken as it is, as a build does after its loader', () => {
  const dir = copyOf('test/fixtures/good');
  const first = validatedScans(dir);
  writeFileSync(path.join(dir, '9912.00001/scan.json'), readFileSync(path.join(dir, '9912.00001/scan.json'), 'utf8') + '\n');
  expect(validatedScans(dir, { recheck: false })).toBe(first);
  expect(validatedScans(dir)).not.toBe(first);
});

test('without a cached validation, recheck or not, the folder is validated', () => {
  const dir = copyOf('test/fixtures/good');
  expect(validatedScans(dir, { recheck: false }).scans.length).toBeGreaterThan(0);
});

test("a build's validation takes no fingerprint, so a later recheck validates again", () => {
  const dir = copyOf('test/fixtures/good');
  const built = validatedScans(dir, { recheck: false });
  expect(built.fingerprint).toBeUndefined();
  const rechecked = validatedScans(dir);
  expect(rechecked).not.toBe(built);
  expect(rechecked.fingerprint).toBe(scansFingerprint(dir));
  expect(validatedScans(dir)).toBe(rechecked);
});

test('the fingerprint follows the files', () => {
  const dir = copyOf('test/fixtures/good');
  const before = scansFingerprint(dir);
  expect(scansFingerprint(dir)).toBe(before);
  writeFileSync(path.join(dir, '9912.00001/scan.json'), readFileSync(path.join(dir, '9912.00001/scan.json'), 'utf8') + '\n');
  expect(scansFingerprint(dir)).not.toBe(before);
  expect(scansFingerprint(path.join(dir, 'missing'))).toBeUndefined();
});

test('the fingerprint follows independent audits and replies too, so the dev server shows an edited reply', () => {
  const dir = copyOf('test/fixtures/site');
  const reply = path.join(dir, '9901.00002/replies/2026-01-15-yara-yilmaz.json');
  const before = scansFingerprint(dir);
  writeFileSync(reply, readFileSync(reply, 'utf8') + '\n');
  const edited = scansFingerprint(dir);
  expect(edited).not.toBe(before);
  writeFileSync(path.join(dir, '9901.00006/replies.json'), '{}');
  expect(scansFingerprint(dir)).toBe(edited);
  mkdirSync(path.join(dir, '9901.00006/audits'));
  writeFileSync(path.join(dir, '9901.00006/audits/someone.json'), '{}');
  expect(scansFingerprint(dir)).not.toBe(edited);
});

test('validated scans keep their independent audits and replies, without bytes', () => {
  const validated = validatedScans(path.resolve('test/fixtures/site'));
  const replied = validated.scans.find((entry) => entry.id === '9901.00002')!;
  expect(replied.audits.map((audit) => audit.name)).toEqual(['fictional-model-b']);
  expect(replied.replies.map((reply) => Object.keys(reply))).toEqual([['name', 'reply']]);
});

test.each(['test/fixtures/site', 'test/fixtures/hostile', 'test/fixtures/good'])(
  "scans in %s are the validator's, with the blob id of their bytes",
  (fixtures) => {
    const dir = path.resolve(fixtures);
    const validated = validatedScans(dir);
    const schemaOutput = validateScansDir(dir).scans;
    expect(validated.scans.map((entry) => entry.id)).toEqual(schemaOutput.map((entry) => entry.id));
    validated.scans.forEach((entry, index) => {
      const { scan, file } = schemaOutput[index]!;
      expect(entry.scan).toEqual(listedScan(scan));
      expect(entry.blobId).toBe(gitBlobId(readFileSync(file)));
    });
  },
);

test('problems are kept, and assertValid logs each one and throws', () => {
  const validated = validatedScans('test/fixtures/bad/missing-field');
  expect(validated.problems.length).toBeGreaterThan(0);
  const lines: string[] = [];
  expect(() => assertValid(validated, (line) => lines.push(line))).toThrow(InvalidScansError);
  expect(lines).toHaveLength(validated.problems.length);
  expect(lines[0]).toMatch(/scan\.json:\d+:\d+ /);
  expect(new InvalidScansError(1).message).toBe('1 problem in scans, listed above; nothing was built');
  expect(new InvalidScansError(2).message).toBe('2 problems in scans, listed above; nothing was built');
});

test('a missing folder is a problem, never cached', () => {
  const missing = path.join(tmpdir(), 'glassbox-no-such-folder');
  const first = validatedScans(missing);
  expect(first.problems[0]!.message).toBe('scans folder does not exist');
  expect(validatedScans(missing)).not.toBe(first);
});
