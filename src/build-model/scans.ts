/**
 * Scan records: each validated scan with its computed scores and the path of its committed file,
 * sorted by id (the order every listing and data file starts from).
 */
import path from 'node:path';
import type { Scan } from '../lib/scan-format/schema.ts';
import { SCAN_FILE_NAME } from '../lib/scan-format/scan-id.ts';
import { compareId } from '../lib/scoring/ranking.ts';
import { scoreScan, type ScanScores } from '../lib/scoring/scoring.ts';
import { assertValid, type ValidatedScans } from './validated-scans.ts';

/** A scan ready to render. */
export interface ScanRecord {
  id: string;
  scan: Scan;
  scores: ScanScores;
  /** Absolute path of the committed file, for publishing it byte for byte and reading its git history. */
  sourcePath: string;
}

/**
 * A scan as committed: its file's JSON with the keys in the file's order, for `/data/scans.json`
 * (the validated scan has the schema's order; the values are equal, as the schema adds and
 * rewrites none). TextDecoder drops a byte-order mark, as the validator does.
 */
export function committedScan(bytes: Uint8Array): Scan {
  return JSON.parse(new TextDecoder().decode(bytes)) as Scan;
}

/**
 * Every scan of a validation with its scores, sorted by id. Throws (after logging each problem)
 * if the validation found any: the loader stops the build first, so this only happens when a file
 * changed between the loader's check and the pages', or under `astro dev`.
 */
export function scanRecords(validated: ValidatedScans, log: (line: string) => void = console.error): ScanRecord[] {
  return assertValid(validated, log)
    .scans.map(({ id, scan }) => ({ id, scan, scores: scoreScan(scan), sourcePath: path.join(validated.root, id, SCAN_FILE_NAME) }))
    .sort((a, b) => compareId(a.id, b.id));
}
