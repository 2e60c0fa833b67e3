/**
 * The one place pages get scans from: every validated scan with its computed scores, sorted
 * by id, computed once per build and shared by all pages.
 *
 * Scans are read from SCANS_DIR here rather than from Astro's content store, which would hold
 * them several times over (see src/loaders/scans-loader.ts). The loader has already validated the same
 * files and stopped the build with located errors if any was invalid.
 */
import path from 'node:path';
import type { Scan } from '../lib/scan-format/schema.ts';
import { scoreScan, type ScanScores } from '../lib/scoring/scoring.ts';
import { SCAN_FILE_NAME } from '../lib/scan-format/scan-id.ts';
import { formatProblem, validateScansDir } from '../lib/scan-format/validator.ts';
import { InvalidScansError, scansDir } from '../loaders/scans-loader.ts';

/** A scan ready to render. */
export interface ScanRecord {
  id: string;
  scan: Scan;
  scores: ScanScores;
  /** Absolute path of the committed file, for publishing it byte for byte and reading its git history. */
  sourcePath: string;
}

let cached: Promise<ScanRecord[]> | undefined;

/** Every scan with its scores, sorted by id (deterministic output order). */
export function getAllScans(): Promise<ScanRecord[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ScanRecord[]> {
  const root = scansDir();
  const { scans, problems } = validateScansDir(root);
  // Only if a file changed between the loader's check and now.
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    throw new InvalidScansError(problems.length);
  }
  return scans
    .map(({ id, scan }) => ({ id, scan, scores: scoreScan(scan), sourcePath: path.join(root, id, SCAN_FILE_NAME) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
