/**
 * The files a build writes beside its pages, from plain data: each audit's committed `scan.json`
 * (byte for byte), its `badge.svg`, its citation files, its independent audits and replies (byte
 * for byte), and the staged `/data/` downloads. `background-file-writer.ts` runs this in a worker
 * thread while Astro renders pages on the main one; tests run it directly.
 *
 * Imports nothing that reads the scans folder or needs Vite: a worker thread runs it with Node's
 * own type stripping (see `file-writer-worker.ts`).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stageDataDownloads, type DataDownloadOptions, type DataDownloads } from '../build-model/data-downloads.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';
import { citationFiles, type AuditCitationInput } from '../lib/publishing/citation.ts';
import type { DataRecordFacts } from '../lib/publishing/open-data.ts';
import { badgePath, citationFilePath, scanFilePath } from '../lib/publishing/published-paths.ts';

/** One scan as this writer publishes it: its committed file and its data record. */
export interface AuditFileSource {
  /** Absolute path of the committed scan file. */
  sourcePath: string;
  /** The data record without its scan: the files are made from the committed file, and a worker is sent no scans. */
  data: DataRecordFacts;
  /** What its citation files are made from (made while writing, so 10,000 audits' files are never all in memory). */
  citation: AuditCitationInput;
  /** Its independent audits and replies: where each is published, and its committed file. */
  companions: { sitePath: string; sourcePath: string }[];
}

/** What the writer is asked to do. */
export interface FileWriterJob {
  /** Every scan, in id order. */
  sources: AuditFileSource[];
  /** The built site's folder. */
  outDir: string;
  /** Stage the `/data/` downloads too, before the per-scan files (pages wait for them); absent when already staged. */
  downloads?: DataDownloadOptions;
}

/** What the writer reports, in this order: the staged downloads (when asked), then the count of scans written. */
export type FileWriterReport = { kind: 'downloads'; downloads: DataDownloads } | { kind: 'written'; count: number };

/** Where a site path lands in the output folder. */
export function outputFile(outDir: string, sitePath: string): string {
  return path.join(outDir, ...decodeURI(sitePath).split('/'));
}

/** Write every per-scan file into a built site; returns how many scans it wrote. */
export function writeAuditFiles(sources: readonly AuditFileSource[], outDir: string): number {
  for (const { sourcePath, data, citation, companions } of sources) {
    const target = outputFile(outDir, scanFilePath(data.id));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(sourcePath));
    writeFileSync(outputFile(outDir, badgePath(data.id)), badgeSvg(data.scores.overall));
    for (const file of citationFiles(citation)) writeFileSync(outputFile(outDir, citationFilePath(data.id, file.name)), file.text);
    for (const companion of companions) {
      const output = outputFile(outDir, companion.sitePath);
      mkdirSync(path.dirname(output), { recursive: true });
      copyFileSync(companion.sourcePath, output);
    }
  }
  return sources.length;
}

/** Do a job, reporting each part as it is done. */
export async function runFileWriter(job: FileWriterJob, report: (message: FileWriterReport) => void): Promise<void> {
  if (job.downloads) {
    const sources = job.sources.map(({ sourcePath, data }) => ({ record: { id: data.id, sourcePath }, data }));
    report({ kind: 'downloads', downloads: await stageDataDownloads(sources, job.downloads.schemaUrl, job.downloads.limits) });
  }
  report({ kind: 'written', count: writeAuditFiles(job.sources, job.outDir) });
}
