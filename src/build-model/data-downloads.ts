/**
 * The whole-dataset downloads of `/data/`: gzip shards of every record, their manifest,
 * `/data/scores.csv` (and gzipped, `scores.csv.gz`), and `/data/scans.json` while it is small (see `lib/publishing/data-shards.ts` for why).
 *
 * Made once per build into a staging folder: by the build's file writer, in a worker thread while
 * the pages render (`integrations/background-file-writer.ts`), or under `astro dev` when a page
 * or endpoint first asks. The `/data/` page lists each shard's size and checksum, which only
 * exist once the shard is compressed, so it waits for them; the after-build integration copies
 * the staged files into the output. So every scan is read and compressed once, and the files are
 * compressed as they are written, never held whole: at 100,000 scans the shards are ~220 MB, which
 * a build already near its memory budget should not hold.
 */
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import {
  DataShardWriter,
  dataManifest,
  DEFAULT_SHARD_OPTIONS,
  keepsWholeFile,
  WHOLE_FILE_MAX_BYTES,
  type DataManifest,
  type ShardOptions,
} from '../lib/publishing/data-shards.ts';
import { GzipStream } from '../lib/publishing/deterministic-gzip.ts';
import {
  CSV_NEWLINE,
  dataRecordJson,
  SCANS_JSON_TAIL,
  scansJsonHead,
  scoresCsvHeader,
  scoresCsvRow,
  scoresCsvTail,
  type DataRecordFacts,
} from '../lib/publishing/open-data.ts';
import { committedScan, type ScanRecord } from './scans.ts';

/** Site folder of the downloads. */
export const DATA_FOLDER = '/data/';
/** File names in that folder. */
export const SCANS_JSON_FILE = 'scans.json';
export const MANIFEST_FILE = 'manifest.json';
export const SCORES_CSV_FILE = 'scores.csv';
/** `scores.csv` gzipped: at 100,000 scans the CSV is ~37 MB, past the 10 MB CloudFront still compresses on the fly. */
export const SCORES_CSV_GZ_FILE = 'scores.csv.gz';

/** Limits of a build's downloads: the defaults, or smaller ones a test sets to force sharding. */
export interface DataDownloadLimits {
  /** Expected records per shard (`ShardOptions.targetRecords`). */
  targetRecords?: number;
  /** Largest `scans.json` still published, in bytes. */
  wholeMaxBytes?: number;
}

/** The staged downloads of one build. */
export interface DataDownloads {
  manifest: DataManifest;
  /** What `scans.json` is or would be: its size, and the largest size that is published. */
  whole: { bytes: number; maxBytes: number; published: boolean };
  /** Sizes of `scores.csv` and of its gzip. */
  scoresCsv: { bytes: number; gzipBytes: number };
  /** Folder holding every staged file (shards, `manifest.json`, `scores.csv` and its gzip, and `scans.json` when published). */
  stagedDir: string;
  /** Every staged file name, in the order created. */
  files: string[];
}

/**
 * What staging reads: each scan's committed file and its data record, in id order. The record's
 * scan is not needed (staging publishes the committed file's), so a worker thread is sent none.
 */
export interface DataSource {
  record: Pick<ScanRecord, 'id' | 'sourcePath'>;
  data: DataRecordFacts;
}

/** What staging needs besides the sources: the schema's URL that `scans.json` names, and the size limits. */
export interface DataDownloadOptions {
  schemaUrl: string;
  limits: DataDownloadLimits;
}

/**
 * Read every scan once and write the shards, the manifest, `scores.csv` (and its gzip) and (while
 * it stays under the limit) `scans.json` into a new folder under `parent`.
 */
export async function stageDataDownloads(
  sources: readonly DataSource[],
  schemaUrl: string,
  limits: DataDownloadLimits = {},
  parent = tmpdir(),
): Promise<DataDownloads> {
  mkdirSync(parent, { recursive: true });
  const stagedDir = mkdtempSync(path.join(parent, 'glassbox-data-'));
  // A worker thread's exit hooks run when the worker ends, before the main thread publishes: there
  // the main thread takes the folder over (`removeAtExitUnlessPublished`) when it gets the result.
  if (isMainThread) removeAtExitUnlessPublished(stagedDir);
  const files: string[] = [];
  const stagedFile = (name: string): StagedFile => {
    const fd = openSync(path.join(stagedDir, name), 'w');
    files.push(name);
    return { write: (data) => void (typeof data === 'string' ? writeSync(fd, data) : writeSync(fd, data)), close: () => closeSync(fd) };
  };
  const options: Partial<ShardOptions> = limits.targetRecords ? { targetRecords: limits.targetRecords } : {};
  const shards = new DataShardWriter(stagedFile, options);
  const whole = new BoundedFile(path.join(stagedDir, SCANS_JSON_FILE), limits.wholeMaxBytes ?? WHOLE_FILE_MAX_BYTES);
  whole.write(scansJsonHead(schemaUrl, sources.length));
  const csv = new TeeGzipFile(stagedFile(SCORES_CSV_FILE), stagedFile(SCORES_CSV_GZ_FILE));
  await csv.write(scoresCsvHeader());
  for (const [index, { record, data }] of sources.entries()) {
    // The record as committed (keys in the file's order), as /data/scans.json has always had it.
    // Its values are the validated scan's, so its scores.csv row is the same too.
    const dataRecord = { ...data, scan: committedScan(readFileSync(record.sourcePath)) };
    const json = dataRecordJson(dataRecord);
    await shards.add(record.id, json);
    whole.write(index === 0 ? json : ',' + json);
    await csv.write(CSV_NEWLINE + scoresCsvRow(dataRecord));
  }
  await csv.write(scoresCsvTail(sources.length));
  const scoresCsv = await csv.close();
  whole.write(SCANS_JSON_TAIL);
  const published = whole.close();
  if (published) files.push(SCANS_JSON_FILE);
  const manifest = dataManifest(schemaUrl, await shards.finish(), published ? { path: SCANS_JSON_FILE, bytes: whole.bytes } : null);
  writeFileSync(path.join(stagedDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  files.push(MANIFEST_FILE);
  return {
    manifest,
    whole: { bytes: whole.bytes, maxBytes: whole.maxBytes, published },
    scoresCsv,
    stagedDir,
    files,
  };
}

/** Copy the staged files into a built site's `/data/` folder and remove the staging folder. */
export function publishDataDownloads(downloads: DataDownloads, dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  for (const name of downloads.files) copyFileSync(path.join(downloads.stagedDir, name), path.join(dataDir, name));
  rmSync(downloads.stagedDir, { recursive: true, force: true });
  unpublished.delete(downloads.stagedDir);
}

/**
 * Staging folders never published: the dev server stages afresh whenever a scan changes, and a
 * build can fail after the /data/ page rendered. They go when the process exits, not before:
 * a page may still be reading one.
 */
const unpublished = new Set<string>();
let exitHookSet = false;

/** Remove a staging folder when the process exits, unless it was published by then. */
export function removeAtExitUnlessPublished(stagedDir: string): void {
  // One hook per process: keyed on the set being empty, a process that staged, published and
  // staged again would add a second.
  if (!exitHookSet) process.once('exit', () => unpublished.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  exitHookSet = true;
  unpublished.add(stagedDir);
}

/**
 * A file written piece by piece that is dropped as soon as it passes `maxBytes`, still counting
 * the bytes it would have had: `scans.json` is 146 MB at 10,000 scans, and writing it only to
 * delete it would double the build's disk writes for the downloads.
 */
class BoundedFile {
  bytes = 0;
  readonly maxBytes: number;
  private readonly file: string;
  private fd: number | null;

  // Fields, not parameter properties: the build's worker thread runs this file with Node's type
  // stripping, which leaves out TypeScript syntax that generates code.
  constructor(file: string, maxBytes: number) {
    this.file = file;
    this.maxBytes = maxBytes;
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.bytes += Buffer.byteLength(text);
    if (this.fd === null) return;
    if (keepsWholeFile(this.bytes, this.maxBytes)) writeSync(this.fd, text);
    else this.drop();
  }

  /** Close the file; returns whether it was kept. */
  close(): boolean {
    if (this.fd === null) return false;
    closeSync(this.fd);
    this.fd = null;
    return true;
  }

  private drop(): void {
    closeSync(this.fd!);
    this.fd = null;
    unlinkSync(this.file);
  }
}

/** An open staged file. */
interface StagedFile {
  write(data: Uint8Array | string): void;
  close(): void;
}

/** Text written to a file and, gzipped as it comes, to a second file (`scores.csv` and `scores.csv.gz`). */
class TeeGzipFile {
  private readonly plain: StagedFile;
  private readonly gzipped: StagedFile;
  private readonly gzip: GzipStream;

  constructor(plain: StagedFile, gzipped: StagedFile) {
    this.plain = plain;
    this.gzipped = gzipped;
    this.gzip = new GzipStream(DEFAULT_SHARD_OPTIONS.level, (chunk) => gzipped.write(chunk));
  }

  async write(text: string): Promise<void> {
    this.plain.write(text);
    await this.gzip.write(text);
  }

  /** Close both files; returns their sizes. */
  async close(): Promise<{ bytes: number; gzipBytes: number }> {
    const summary = await this.gzip.end().finally(() => {
      this.plain.close();
      this.gzipped.close();
    });
    return { bytes: summary.uncompressedBytes, gzipBytes: summary.bytes };
  }
}
