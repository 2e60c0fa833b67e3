/**
 * Runs the build's file writer (`file-writer.ts`) in a worker thread, so the per-scan files and
 * the `/data/` downloads are written on the machine's second core while Astro renders pages on
 * the first. Astro renders in one thread, so without this the build used one core of two: with
 * it, 100,000 seed-sized scans built in 12.4 minutes instead of 16.5 (`docs/scaling.md`).
 */
import { Worker } from 'node:worker_threads';
import { removeAtExitUnlessPublished, type DataDownloads } from '../build-model/data-downloads.ts';
import type { FileWriterJob, FileWriterReport } from './file-writer.ts';

/** A running writer: each promise settles when its part is done, and rejects if the worker fails. */
export interface BackgroundFileWriter {
  /** The staged downloads; rejects if the job did not ask for them. */
  downloads: Promise<DataDownloads>;
  /** How many scans' files were written. */
  written: Promise<number>;
}

/** Start a job in a worker thread. */
export function startFileWriter(job: FileWriterJob): BackgroundFileWriter {
  const worker = new Worker(new URL('./file-writer-worker.ts', import.meta.url), { workerData: job });
  const downloads = Promise.withResolvers<DataDownloads>();
  const written = Promise.withResolvers<number>();
  // A failure is reported where each part is awaited (the /data/ page, the after-build hook), not
  // as an unhandled rejection the moment it happens; and nobody asks for downloads not staged here.
  downloads.promise.catch(() => {});
  written.promise.catch(() => {});
  if (!job.downloads) downloads.reject(new Error('this file writer was not asked to stage the downloads'));
  worker.on('message', (report: FileWriterReport) => {
    if (report.kind === 'downloads') {
      removeAtExitUnlessPublished(report.downloads.stagedDir);
      downloads.resolve(report.downloads);
    } else written.resolve(report.count);
  });
  const fail = (error: Error) => {
    downloads.reject(error);
    written.reject(error);
  };
  worker.on('error', (error) => fail(new Error(`the build's file writer failed: ${error.message}`, { cause: error })));
  // Settled promises ignore later calls, so this only fails a worker that stopped before reporting.
  worker.on('exit', (code) => fail(new Error(`the file writer stopped (exit code ${code}) before it finished`)));
  return { downloads: downloads.promise, written: written.promise };
}
