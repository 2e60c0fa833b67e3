/**
 * Scan records: each validated scan with its computed scores and the path of its committed file,
 * sorted by id (the order every listing and data file starts from).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditFilePath, replyFilePath } from '../lib/publishing/published-paths.ts';
import { isDisputed, type NamedReply } from '../lib/replies/replies.ts';
import { AUDITS_FOLDER, REPLIES_FOLDER } from '../lib/scan-format/companions.ts';
import { gitBlobId } from '../lib/scan-format/blob-id.ts';
import type { ListedScan } from '../lib/scan-format/listed-scan.ts';
import type { Scan } from '../lib/scan-format/schema.ts';
import { SCAN_FILE_NAME } from '../lib/scan-format/scan-id.ts';
import { compareId } from '../lib/scoring/ranking.ts';
import { scoreScan, type ScanScores } from '../lib/scoring/scoring.ts';
import { assertValid, type ValidatedScans } from './validated-scans.ts';

/** A scan ready to render. */
export interface ScanRecord {
  id: string;
  /** The scan without its checklist answers' text, which `readWholeScan` reads from the file. */
  scan: ListedScan;
  /** Git's blob id of the file that was validated, to tell that the file read again is the same. */
  blobId: string;
  scores: ScanScores;
  /** Absolute path of the committed file, for publishing it byte for byte and reading its git history. */
  sourcePath: string;
  /** Independent audits of the same paper (`audits/<name>.json`), by name; empty for most papers. */
  audits: CompanionAudit[];
  /** Replies to the audit (`replies/<date>-<slug>.json`), oldest first. */
  replies: CompanionReply[];
  /** Whether a reply has a statement still open. */
  disputed: boolean;
}

/** An independent audit of a record's paper, with where its file is. */
export interface CompanionAudit {
  /** File name without `.json`. */
  name: string;
  scan: Scan;
  /** Absolute path of the file, for publishing it byte for byte. */
  sourcePath: string;
}

/** A reply to a record's audit, with where its file is. */
export interface CompanionReply extends NamedReply {
  /** Absolute path of the file, for publishing it byte for byte. */
  sourcePath: string;
}

/** A record's companions from a validated scan's, with their file paths below the scan's folder. */
export function companionsOf(
  folder: string,
  scan: { audits: readonly { name: string; scan: Scan }[]; replies: readonly NamedReply[] },
): Pick<ScanRecord, 'audits' | 'replies' | 'disputed'> {
  return {
    audits: scan.audits.map(({ name, scan }) => ({ name, scan, sourcePath: path.join(folder, AUDITS_FOLDER, `${name}.json`) })),
    replies: scan.replies.map(({ name, reply }) => ({ name, reply, sourcePath: path.join(folder, REPLIES_FOLDER, `${name}.json`) })),
    disputed: isDisputed(scan.replies),
  };
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
    .scans.map((validScan) => {
      const { id, scan, blobId } = validScan;
      const folder = path.join(validated.root, id);
      return { id, scan, blobId, scores: scoreScan(scan), sourcePath: path.join(folder, SCAN_FILE_NAME), ...companionsOf(folder, validScan) };
    })
    .sort((a, b) => compareId(a.id, b.id));
}

/**
 * A record's whole scan, its answers' text included, read again from its file (records keep
 * `ListedScan`s). The file must be the one validated: one changed since (an edit while a build
 * runs) stops the page with a message rather than show unvalidated text.
 */
export function readWholeScan(record: Pick<ScanRecord, 'sourcePath' | 'blobId'>): Scan {
  const bytes = readFileSync(record.sourcePath);
  if (gitBlobId(bytes) !== record.blobId) throw new Error(`${record.sourcePath} changed since it was validated: build again`);
  return committedScan(bytes);
}

/** The independent audits and replies of a record, with the site path each is published at. */
export function companionFiles(record: ScanRecord): { sitePath: string; sourcePath: string }[] {
  return [
    ...record.audits.map(({ name, sourcePath }) => ({ sitePath: auditFilePath(record.id, name), sourcePath })),
    ...record.replies.map(({ name, sourcePath }) => ({ sitePath: replyFilePath(record.id, name), sourcePath })),
  ];
}
