import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { stageDataDownloads, type DataDownloads } from '../../../src/build-model/data-downloads.ts';
import { startFileWriter } from '../../../src/integrations/background-file-writer.ts';
import { auditFileSources } from '../../../src/integrations/audit-files.ts';
import { runFileWriter, writeAuditFiles, type FileWriterJob, type FileWriterReport } from '../../../src/integrations/file-writer.ts';
import { fixtureModel } from '../../helpers/build-model.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-writer-'));
  scratch.push(dir);
  return dir;
};

const model = fixtureModel();
const sources = auditFileSources(model);

/** Every file below a folder, by relative path, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(entries.map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name))]));
}

/** What the writer should produce: the per-scan files and the downloads, written here directly. */
async function expected(): Promise<{ site: Map<string, Buffer>; staged: Map<string, Buffer> }> {
  const outDir = tempDir();
  writeAuditFiles(sources, outDir);
  const staged = await stageDataDownloads(
    sources.map(({ sourcePath, data }) => ({ record: { id: data.id, sourcePath }, data })),
    model.downloadOptions.schemaUrl,
    model.downloadOptions.limits,
    tempDir(),
  );
  return { site: filesOf(outDir), staged: filesOf(staged.stagedDir) };
}

test('the job a worker is sent carries no scans, only what the files are made from', () => {
  for (const source of sources) expect(source.data).not.toHaveProperty('scan');
  expect(sources.map((source) => source.data.id)).toEqual(model.records.map((record) => record.id));
});

test('a job stages the downloads first, then writes every scan’s files, and reports each', async () => {
  const outDir = tempDir();
  const reports: FileWriterReport[] = [];
  await runFileWriter({ sources, outDir, downloads: model.downloadOptions }, (report) => reports.push(report));
  expect(reports.map((report) => report.kind)).toEqual(['downloads', 'written']);
  const downloads = (reports[0] as { downloads: DataDownloads }).downloads;
  scratch.push(downloads.stagedDir);
  expect(reports[1]).toEqual({ kind: 'written', count: sources.length });
  const want = await expected();
  expect(filesOf(outDir)).toEqual(want.site);
  expect(filesOf(downloads.stagedDir)).toEqual(want.staged);
});

test('a job without downloads only writes the per-scan files', async () => {
  const reports: FileWriterReport[] = [];
  await runFileWriter({ sources, outDir: tempDir() }, (report) => reports.push(report));
  expect(reports).toEqual([{ kind: 'written', count: sources.length }]);
});

test('in a worker thread (Node’s own type stripping, `?raw` styles) it writes the same bytes, and its staging folder outlives the worker', async () => {
  const outDir = tempDir();
  const writer = startFileWriter({ sources, outDir, downloads: model.downloadOptions });
  const [downloads, count] = await Promise.all([writer.downloads, writer.written]);
  scratch.push(downloads.stagedDir);
  expect(count).toBe(sources.length);
  // Wait for the worker to be gone: its exit must not remove what the main thread publishes.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(existsSync(downloads.stagedDir)).toBe(true);
  const want = await expected();
  expect(filesOf(outDir)).toEqual(want.site);
  expect(filesOf(downloads.stagedDir)).toEqual(want.staged);
});

test('a worker that fails rejects what is waited for, with the cause', async () => {
  const job: FileWriterJob = {
    sources: [{ ...sources[0]!, sourcePath: path.join(tempDir(), 'missing.json') }],
    outDir: tempDir(),
    downloads: model.downloadOptions,
  };
  const writer = startFileWriter(job);
  await expect(writer.downloads).rejects.toThrow(/the build's file writer failed: ENOENT/);
  await expect(writer.written).rejects.toThrow(/the build's file writer failed: ENOENT/);
});

test('a writer not asked for the downloads says so to whoever waits for them', async () => {
  const writer = startFileWriter({ sources: [], outDir: tempDir() });
  await expect(writer.written).resolves.toBe(0);
  await expect(writer.downloads).rejects.toThrow(/not asked to stage the downloads/);
});
