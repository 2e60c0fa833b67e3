import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { committedScan, companionFiles, readWholeScan, scanRecords } from '../../../src/build-model/scans.ts';
import { InvalidScansError, validatedScans } from '../../../src/build-model/validated-scans.ts';
import { listedScan } from '../../../src/lib/scan-format/listed-scan.ts';
import { validateScansDir } from '../../../src/lib/scan-format/validator.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';
import { SITE_FIXTURES } from '../../helpers/build-model.ts';

test('records come sorted by id in code-point order, not folder order', () => {
  const ids = scanRecords(validatedScans(SITE_FIXTURES)).map((record) => record.id);
  expect(ids).toContain('synth-th/9912001');
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('each record carries its scores and the absolute path of its file', () => {
  for (const record of scanRecords(validatedScans(SITE_FIXTURES))) {
    expect(record.scores).toEqual(scoreScan(record.scan));
    expect(record.sourcePath).toBe(path.join(SITE_FIXTURES, record.id, 'scan.json'));
  }
});

test('each record carries its independent audits and replies, with their files, and whether it is disputed', () => {
  const records = new Map(scanRecords(validatedScans(SITE_FIXTURES)).map((record) => [record.id, record]));
  const three = records.get('9901.00001')!;
  expect(three.audits.map((audit) => audit.name)).toEqual(['fictional-model-b', 'ivo-jankowski']);
  expect(three.audits[1]!.sourcePath).toBe(path.join(SITE_FIXTURES, '9901.00001', 'audits', 'ivo-jankowski.json'));
  expect(JSON.parse(readFileSync(three.audits[1]!.sourcePath, 'utf8')).paper.title).toBe(three.audits[1]!.scan.paper.title);
  expect(three.disputed).toBe(false);
  const replied = records.get('9901.00002')!;
  expect(replied.replies.map((reply) => reply.name)).toEqual(['2026-01-15-yara-yilmaz']);
  expect(replied.disputed).toBe(true);
  expect(companionFiles(replied)).toEqual([
    { sitePath: '/papers/9901.00002/audits/fictional-model-b.json', sourcePath: path.join(SITE_FIXTURES, '9901.00002', 'audits', 'fictional-model-b.json') },
    {
      sitePath: '/papers/9901.00002/replies/2026-01-15-yara-yilmaz.json',
      sourcePath: path.join(SITE_FIXTURES, '9901.00002', 'replies', '2026-01-15-yara-yilmaz.json'),
    },
  ]);
  const plain = records.get('9901.00006')!;
  expect([plain.audits, plain.replies, plain.disputed, companionFiles(plain)]).toEqual([[], [], false, []]);
});

test('a validation with problems logs them and throws', () => {
  const lines: string[] = [];
  expect(() => scanRecords(validatedScans('test/fixtures/bad/not-json'), (line) => lines.push(line))).toThrow(InvalidScansError);
  expect(lines.length).toBeGreaterThan(0);
});

test("a committed scan keeps the file's key order and the validated values, byte-order mark or not", () => {
  // The slug paper lists its url before its doi, unlike the schema.
  const record = scanRecords(validatedScans(SITE_FIXTURES)).find((candidate) => candidate.id === 'synthetic-slug-paper')!;
  const bytes = readFileSync(record.sourcePath);
  const committed = committedScan(bytes);
  expect(listedScan(committed)).toEqual(record.scan);
  expect(Object.keys(committed.paper)).toEqual(Object.keys(JSON.parse(bytes.toString('utf8')).paper));
  expect(Object.keys(committed.paper)).not.toEqual(Object.keys(record.scan.paper));
  expect(committedScan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toEqual(committed);
});

test("records keep no answer text; readWholeScan reads it back, the validator's values", () => {
  const records = scanRecords(validatedScans(SITE_FIXTURES));
  const validated = new Map(validateScansDir(SITE_FIXTURES).scans.map((valid) => [valid.id, valid.scan]));
  for (const record of records) {
    for (const answers of Object.values(record.scan.checklist)) for (const answer of Object.values(answers)) expect(answer).not.toHaveProperty('justification');
    expect(readWholeScan(record)).toEqual(validated.get(record.id));
  }
});

const scratch = mkdtempSync(path.join(tmpdir(), 'glassbox-whole-scan-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('readWholeScan refuses a file changed since it was validated', () => {
  cpSync(path.join(SITE_FIXTURES, '9901.00001'), path.join(scratch, '9901.00001'), { recursive: true });
  const [record] = scanRecords(validatedScans(scratch));
  expect(readWholeScan(record!).paper.title).toBe(record!.scan.paper.title);
  writeFileSync(record!.sourcePath, readFileSync(record!.sourcePath, 'utf8').replace('"justification": "', '"justification": "Edited. '));
  expect(() => readWholeScan(record!)).toThrow(/changed since it was validated: build again/);
});
