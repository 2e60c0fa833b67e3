import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { scanFiles, writeAuditFiles } from '../../../src/integrations/audit-files.ts';
import { badgeSvg } from '../../../src/lib/publishing/badge.ts';
import { scanSchema } from '../../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';

const FIXTURES = 'test/fixtures/site';

test('scan files are listed by id, as pages list them, not in folder order', () => {
  const ids = scanFiles(FIXTURES).map((file) => file.id);
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  expect(ids).toContain('synth-th/9912001');
});

test('writes each scan file byte for byte, its badge, and a scans.json with every scan', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'glassbox-files-'));
  const count = writeAuditFiles(path.resolve(FIXTURES), outDir, 'https://x.org/schema/scan.schema.json');
  const files = scanFiles(FIXTURES);
  expect(count).toBe(files.length);
  for (const { id, file } of files) {
    expect(readFileSync(path.join(outDir, 'papers', id, 'scan.json')).equals(readFileSync(file)), id).toBe(true);
    const scan = scanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(readFileSync(path.join(outDir, 'papers', id, 'badge.svg'), 'utf8')).toBe(badgeSvg(scoreScan(scan).overall));
  }
  const data = JSON.parse(readFileSync(path.join(outDir, 'data/scans.json'), 'utf8'));
  expect(data.count).toBe(files.length);
  expect(data.scans.map((entry: { id: string }) => entry.id)).toEqual(files.map((file) => file.id));
  // The fixtures are committed, so every entry names the commit of its last change.
  expect(data.scans.every((entry: { version: { commit: string } | null }) => /^[0-9a-f]{40}$/.test(entry.version?.commit ?? ''))).toBe(true);
});
