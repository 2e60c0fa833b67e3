/**
 * The validated scans of a folder, validated once per Node process and shared.
 *
 * `astro build` runs the content config (and with it the scans loader), the pages and the
 * integrations' hooks in three module graphs, so a module-level cache would be three caches, but
 * they all run in one process. The loader's result is therefore kept on `globalThis`, under a
 * `Symbol.for` key, per folder: the pages and the `astro:build:done` hook get the very objects
 * the loader validated. Each entry carries a fingerprint of every scan file (path, size, mtime),
 * so a file changed since (an edit under `astro dev`) is validated again on the next request.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { AUDITS_FOLDER, REPLIES_FOLDER } from '../lib/scan-format/companions.ts';
import type { Reply } from '../lib/scan-format/reply-schema.ts';
import { listedScan, type ListedScan } from '../lib/scan-format/listed-scan.ts';
import type { Scan } from '../lib/scan-format/schema.ts';
import { countOf } from '../lib/site/format-count.ts';
import { RUBRIC_VERSIONS } from '../lib/scan-format/rubric.ts';
import { findScanFiles, formatProblem, validateScansDir, type Problem } from '../lib/scan-format/validator.ts';

/** A scan that passed validation, without its bytes or its answers' text (not kept for the whole build). */
export interface ValidatedScan {
  id: string;
  /** File path as shown to the user. */
  file: string;
  /** The scan without its checklist answers' text: `readWholeScan` in scans.ts reads that for the audit page. */
  scan: ListedScan;
  /** Git's blob id of the file's bytes: a digest of exactly what was validated. */
  blobId: string;
  /** Independent audits beside the scan (`audits/<name>.json`), by name, without their bytes. */
  audits: { name: string; scan: Scan }[];
  /** Replies beside the scan (`replies/<date>-<slug>.json`), oldest first, without their bytes. */
  replies: { name: string; reply: Reply }[];
}

/** One validation of a folder. */
export interface ValidatedScans {
  /** The folder, absolute. */
  root: string;
  /** Fingerprint of the files when they were read; undefined when the folder could not be listed. */
  fingerprint: string | undefined;
  scans: ValidatedScan[];
  problems: Problem[];
}

/** Error thrown when scans are invalid, after one line per problem has been logged. */
export class InvalidScansError extends Error {
  constructor(count: number) {
    // Kept short and fixed: the located lines above are the whole story (and Astro guesses
    // misleading hints from words in long messages).
    super(`${countOf(count, 'problem')} in scans, listed above; nothing was built`);
    this.name = 'InvalidScansError';
    // Empty, not the message: Astro prints a "Stack trace:" heading for any non-empty stack.
    this.stack = '';
  }
}

const CACHE_KEY = Symbol.for('glassbox.validated-scans');

function cache(): Map<string, ValidatedScans> {
  const shared = globalThis as { [CACHE_KEY]?: Map<string, ValidatedScans> };
  return (shared[CACHE_KEY] ??= new Map());
}

/** The files in a paper folder's `audits/` and `replies/`, so an edited audit or reply is validated again too. */
function companionFiles(paperFolder: string): string[] {
  return [AUDITS_FOLDER, REPLIES_FOLDER].flatMap((kind) => {
    const folder = path.join(paperFolder, kind);
    return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : [];
  });
}

/**
 * A digest of every scan file's path, size and modification time (and those of the independent audits and replies beside it): one directory walk and a
 * `stat` per file, milliseconds where validating takes seconds. Undefined when the folder
 * cannot be listed (missing, or a file), so such a folder is never taken from the cache.
 */
export function scansFingerprint(root: string): string | undefined {
  try {
    const hash = createHash('sha1');
    for (const file of findScanFiles(root)) {
      for (const entry of [file, ...companionFiles(path.dirname(file))]) {
        const stat = statSync(entry);
        hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Every scan below `dir`, validated, from this process's cache when possible. With `recheck`
 * (the dev server's loader and every request) the folder is fingerprinted and validated again
 * if any file changed since; without it (a build, whose loader, pages and after-build hook run
 * once in one process) the cached validation is taken as it is, and a first validation takes
 * no fingerprint, as nothing will compare it: each saves a walk over every file (about 2 s at
 * 10,000 scans on a busy machine, 11 s at 100,000).
 */
export function validatedScans(dir: string, { recheck = true }: { recheck?: boolean } = {}): ValidatedScans {
  const root = path.resolve(dir);
  const cached = cache().get(root);
  if (cached && !recheck) return cached;
  // Taken before reading, so a file changed while it is validated is validated again next time.
  const fingerprint = recheck ? scansFingerprint(root) : undefined;
  if (cached && fingerprint !== undefined && cached.fingerprint === fingerprint) return cached;
  const { scans, problems } = validateScansDir(root, RUBRIC_VERSIONS, listedScan);
  const result: ValidatedScans = {
    root,
    fingerprint,
    scans: scans.map(({ id, file, scan, blobId, audits, replies }) => ({
      id,
      file,
      scan,
      blobId,
      audits: audits.map(({ name, scan }) => ({ name, scan })),
      replies: replies.map(({ name, reply }) => ({ name, reply })),
    })),
    problems,
  };
  // One entry per folder: a dev server's edits replace the entry rather than pile up.
  cache().set(root, result);
  return result;
}

/** Throw `InvalidScansError` after logging each problem when there is any; a validation without problems passes through. */
export function assertValid(validated: ValidatedScans, log: (line: string) => void): ValidatedScans {
  if (validated.problems.length === 0) return validated;
  for (const problem of validated.problems) log(formatProblem(problem));
  throw new InvalidScansError(validated.problems.length);
}
