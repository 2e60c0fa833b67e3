import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { createBuildModel, modelOf, once, oncePer } from '../../../src/build-model/model.ts';
import { validatedScans } from '../../../src/build-model/validated-scans.ts';
import { fixtureRecords, revision, SITE_FIXTURES, tableHistory, TEST_CONFIG } from '../../helpers/build-model.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('once computes on the first call only', () => {
  const compute = vi.fn(() => ({ answer: 42 }));
  const get = once(compute);
  expect(get()).toBe(get());
  expect(compute).toHaveBeenCalledTimes(1);
});

test('oncePer computes once for each key', () => {
  const compute = vi.fn((key: string) => ({ key }));
  const get = oncePer(compute);
  expect(get('a')).toBe(get('a'));
  expect(get('b')).not.toBe(get('a'));
  expect(compute).toHaveBeenCalledTimes(2);
});

test('git history is read once, on first use, and each version is computed once', () => {
  const reader = tableHistory(SITE_FIXTURES, { '9901.00001': [revision(1, '2026-01-01T00:00:00Z', 'added')] });
  const history = vi.fn(() => reader);
  const model = createBuildModel({ records: fixtureRecords(), config: TEST_CONFIG, history });
  expect(history).not.toHaveBeenCalled();
  const record = model.records[0]!;
  expect(model.version(record)).toBe(model.version(record));
  model.dataRecords();
  model.dataRecords();
  expect(history).toHaveBeenCalledTimes(1);
  expect(reader.calls).toBe(model.records.length);
});

test('data records follow the records, in id order, with their versions', () => {
  const model = createBuildModel({
    records: fixtureRecords(),
    config: TEST_CONFIG,
    history: () => tableHistory(SITE_FIXTURES, { '9901.00002': [revision(3, '2026-03-01T00:00:00Z', 'added')] }),
  });
  const data = model.dataRecords();
  expect(data.map((entry) => entry.id)).toEqual(model.records.map((record) => record.id));
  expect(data.find((entry) => entry.id === '9901.00002')!.version).toEqual({ commit: '03'.repeat(20), date: '2026-03-01T00:00:00Z' });
  expect(data.find((entry) => entry.id === '9901.00001')!.version).toBeNull();
});

test('every module graph gets the same model of a validation; a new validation gets a new model', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-model-'));
  scratch.push(dir);
  cpSync('test/fixtures/good', dir, { recursive: true });
  const model = modelOf(validatedScans(dir), TEST_CONFIG);
  vi.resetModules();
  const other = await import('../../../src/build-model/model.ts');
  const otherScans = await import('../../../src/build-model/validated-scans.ts');
  expect(other.modelOf(otherScans.validatedScans(dir), { site: 'https://elsewhere.example.org', base: '/' })).toBe(model);
  const changedFile = path.join(dir, '9912.00001/scan.json');
  writeFileSync(changedFile, readFileSync(changedFile, 'utf8') + '\n');
  const changed = modelOf(validatedScans(dir), TEST_CONFIG);
  expect(changed).not.toBe(model);
  expect(changed.records.map((record) => record.id)).toEqual(model.records.map((record) => record.id));
});

test('social images follow OG_IMAGES and the number of scans', () => {
  const model = (ogImages?: string) =>
    createBuildModel({ records: fixtureRecords(), config: { ...TEST_CONFIG, ogImages }, history: () => tableHistory(SITE_FIXTURES, {}) });
  expect(model().ogImages()).toBe(true);
  expect(model('off').ogImages()).toBe(false);
  expect(model('on').ogImages()).toBe(true);
  expect(() => model('sometimes').ogImages()).toThrow(/OG_IMAGES/);
});

test('audit pages carry the citation styles CITATION_STYLES asks for at this number of scans (every style for a small site)', () => {
  const model = (citationStyles?: string) =>
    createBuildModel({ records: fixtureRecords(), config: { ...TEST_CONFIG, citationStyles }, history: () => tableHistory(SITE_FIXTURES, {}) });
  const styles = (citationStyles?: string) =>
    model(citationStyles)
      .auditView('9901.00001')
      .citation.formats.filter((format) => format.kind === 'style')
      .map((format) => format.key);
  expect(styles()).toEqual(['apa', 'chicago', 'mla', 'ieee', 'harvard', 'vancouver']);
  expect(styles('default')).toEqual(['apa']);
  expect(() => styles('some')).toThrow(/CITATION_STYLES/);
});

test('audit views resolve citations across all scans, both ways', () => {
  // 9901.00002 cites one paper; point that citation at 9901.00003's arXiv id.
  const records = fixtureRecords().map((record) =>
    record.id === '9901.00002'
      ? { ...record, scan: { ...record.scan, cited_papers: record.scan.cited_papers.map((cited) => ({ ...cited, arxiv_id: '9901.00003', doi: undefined })) } }
      : record,
  );
  const model = createBuildModel({ records, config: TEST_CONFIG, history: () => tableHistory(SITE_FIXTURES, {}) });
  const view = (id: string) => model.auditView(id);
  expect(view('9901.00002').cites.map((link) => link?.href)).toEqual(['/glassbox/papers/9901.00003/']);
  expect(view('9901.00003').citedBy.map((link) => link.id)).toEqual(['9901.00002']);
  expect(view('9901.00003').citedByCount).toBe(1);
  expect(view('9901.00004').citedBy).toEqual([]);
  expect(model.citations()).toBe(model.citations());
  expect(model.record('9901.00002')).toBe(records.find((record) => record.id === '9901.00002'));
  expect(() => model.auditView('9901.99999')).toThrow(/No scan with id "9901.99999"/);
});

test('the data downloads are staged once, here, unless a background writer was handed them first', async () => {
  const model = createBuildModel({ records: fixtureRecords(), config: TEST_CONFIG, history: () => tableHistory(SITE_FIXTURES, {}) });
  const staged = model.dataDownloads();
  expect(model.dataDownloads()).toBe(staged);
  const downloads = await staged;
  scratch.push(downloads.stagedDir);
  expect(downloads.manifest.count).toBe(model.records.length);
  expect(() => model.stageDownloadsWith(Promise.resolve(downloads))).toThrow(/staged already/);

  const handed = createBuildModel({ records: fixtureRecords(), config: TEST_CONFIG, history: () => tableHistory(SITE_FIXTURES, {}) });
  const elsewhere = Promise.resolve(downloads);
  handed.stageDownloadsWith(elsewhere);
  expect(handed.dataDownloads()).toBe(elsewhere);
  expect(handed.downloadOptions).toEqual({ schemaUrl: 'https://audits.example.org/glassbox/schema/scan.schema.json', limits: {} });
});
