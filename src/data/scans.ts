/**
 * The one place pages get scans from: every validated scan with its computed scores, sorted
 * by id, computed once per build and shared by all pages.
 */
import path from 'node:path';
import { getCollection } from 'astro:content';
import type { Scan } from '../lib/schema.ts';
import { scoreScan, type ScanScores } from '../lib/scoring.ts';
import { SCAN_FILE_NAME } from '../lib/scan-id.ts';

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
  const entries = await getCollection('scans');
  const root = path.resolve(process.env.SCANS_DIR || 'scans');
  return entries
    .map((entry) => ({
      id: entry.id,
      scan: entry.data as Scan,
      scores: scoreScan(entry.data as Scan),
      sourcePath: path.join(root, entry.id, SCAN_FILE_NAME),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
