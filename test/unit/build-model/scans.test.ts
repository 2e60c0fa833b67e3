import path from 'node:path';
import { expect, test } from 'vitest';
import { scanRecords } from '../../../src/build-model/scans.ts';
import { InvalidScansError, validatedScans } from '../../../src/build-model/validated-scans.ts';
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

test('a validation with problems logs them and throws', () => {
  const lines: string[] = [];
  expect(() => scanRecords(validatedScans('test/fixtures/bad/not-json'), (line) => lines.push(line))).toThrow(InvalidScansError);
  expect(lines.length).toBeGreaterThan(0);
});
