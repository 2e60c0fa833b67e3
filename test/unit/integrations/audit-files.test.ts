import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { auditFileSources } from '../../../src/integrations/audit-files.ts';
import { writeAuditFiles } from '../../../src/integrations/file-writer.ts';
import { createBuildModel } from '../../../src/build-model/model.ts';
import { scanRecords } from '../../../src/build-model/scans.ts';
import { validatedScans } from '../../../src/build-model/validated-scans.ts';
import { badgeSvg } from '../../../src/lib/publishing/badge.ts';
import { readHistory } from '../../../src/lib/history/git-history.ts';
import { scanSchema } from '../../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';

const FIXTURES = path.resolve('test/fixtures/site');

test('writes each scan file byte for byte and its badge, from the model', () => {
  const model = createBuildModel({
    records: scanRecords(validatedScans(FIXTURES)),
    config: { site: 'https://x.org', base: '/' },
    history: () => readHistory(FIXTURES),
  });
  const outDir = mkdtempSync(path.join(tmpdir(), 'glassbox-files-'));
  onTestFinished(() => rmSync(outDir, { recursive: true, force: true }));
  const count = writeAuditFiles(auditFileSources(model), outDir);
  expect(count).toBe(model.records.length);
  for (const { id, sourcePath } of model.records) {
    expect(readFileSync(path.join(outDir, 'papers', id, 'scan.json')).equals(readFileSync(sourcePath)), id).toBe(true);
    const scan = scanSchema.parse(JSON.parse(readFileSync(sourcePath, 'utf8')));
    expect(readFileSync(path.join(outDir, 'papers', id, 'badge.svg'), 'utf8')).toBe(badgeSvg(scoreScan(scan).overall));
  }
  expect(readFileSync(path.join(outDir, 'papers/synth-th/9912001/scan.json')).length).toBeGreaterThan(0);
});

test('pairs each scan file with its own data record', () => {
  const records = scanRecords(validatedScans(FIXTURES));
  const model = createBuildModel({ records, config: { site: 'https://x.org', base: '/' }, history: () => readHistory(FIXTURES) });
  for (const source of auditFileSources(model)) expect(source.sourcePath).toBe(path.join(FIXTURES, source.data.id, 'scan.json'));
});
