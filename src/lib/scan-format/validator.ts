/**
 * Validate scan files and report every problem as one located line:
 * `scans/2401.00001/scan.json:12:7 /checklist/artifacts/code_released/answer expected boolean, got "yes"`.
 *
 * Used by `npm run validate`, by the Astro loader during `npm run build`, and by the tests, so
 * contributors see the same messages everywhere.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { core, z } from 'zod';
import { gitBlobId } from './blob-id.ts';
import { validateCompanions, type ValidAudit, type ValidReply } from './companions.ts';
import { decodeUtf8, parseJsonSource, toPointer, type JsonSource, type SourcePosition } from './json-source.ts';
import type { ListedScan } from './listed-scan.ts';
import { RUBRIC_VERSIONS, type RubricVersions } from './rubric.ts';
import { scanSchemaForDocument, type Scan } from './schema.ts';
import { compareId } from '../scoring/ranking.ts';
import { SCAN_FILE_NAME, folderMismatch, paperIdentityKeys, scanIdFromRelativePath } from './scan-id.ts';
import { plausibleTypoOf } from './suggest.ts';

/** Largest scan file accepted, in bytes: a full audit is a few tens of kilobytes. */
export const MAX_SCAN_FILE_BYTES = 1_000_000;

/** One problem in one file. */
export interface Problem extends SourcePosition {
  /** File path as shown to the user (relative to the working directory when possible). */
  file: string;
  /** JSON pointer of the offending value; `/` for the whole document. */
  pointer: string;
  message: string;
}

/** A scan that passed validation: the whole scan, or what the caller kept of it (see `validateScansDir`). */
export interface ValidScan<S extends ListedScan = Scan> {
  id: string;
  /** File path as shown to the user. */
  file: string;
  /** Git's blob id of the file's bytes: a digest of exactly what was validated. */
  blobId: string;
  scan: S;
  /** Independent audits of the same paper in `audits/` beside the scan, by file name (see companions.ts). */
  audits: ValidAudit[];
  /** Replies to the audit in `replies/` beside the scan, oldest first (see companions.ts). */
  replies: ValidReply[];
}

/** Format a problem as the single line printed by the validator and the build. */
export function formatProblem(problem: Problem): string {
  return printable(`${problem.file}:${problem.line}:${problem.column} ${problem.pointer} ${problem.message}`);
}

// Control characters would split the line; bidirectional overrides would make a terminal show
// text other than what the file holds (a key can contain either).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Replace characters that could break or disguise a one-line message with visible `\u{…}` escapes. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

/**
 * Validate one file's bytes; `id` is its folder relative to the scans root. `versions` is the
 * list of rubric versions to check against (the published ones unless a test passes others).
 */
export function validateScanBytes(
  bytes: Uint8Array,
  file: string,
  id: string,
  versions: RubricVersions = RUBRIC_VERSIONS,
): { scan?: Scan; problems: Problem[] } {
  const { scan, problems } = checkScanBytes(bytes, file, id, versions);
  return { scan: problems.length ? undefined : scan, problems };
}

/** The problem for a file over the size limit, naming the limit. */
function tooLargeProblem(file: string, size: number): Problem {
  const bytes = (count: number) => count.toLocaleString('en-US');
  return {
    file,
    line: 1,
    column: 1,
    pointer: '/',
    // An independent audit is a scan; a reply is the only other kind of file read.
    message: `file is ${bytes(size)} bytes, over the limit of 1 MB (${bytes(MAX_SCAN_FILE_BYTES)} bytes) for a ${/(^|\/)replies\/[^/]*$/.test(file) ? 'reply' : 'scan'}`,
  };
}

/**
 * `scan` is set whenever the file passed the schema, even if its folder is wrong, so it can
 * still be matched against other scans.
 */
function checkScanBytes(bytes: Uint8Array, file: string, id: string, versions: RubricVersions): { scan?: Scan; problems: Problem[] } {
  const { value: scan, source, problems } = checkJsonBytes(bytes, file, (document) => scanSchemaForDocument(document, versions));
  if (!scan || !source) return { problems };
  const mismatch = folderMismatch(id, scan.paper);
  // A slug folder is wrong for the paper as a whole; a numbered folder is wrong for its arXiv id.
  const pointer = scan.paper.arxiv_id ? '/paper/arxiv_id' : '/paper';
  if (mismatch) problems.push({ file, ...source.locate(pointer), pointer, message: mismatch });
  return { scan, problems: sortProblems(problems) };
}

/**
 * Check a JSON file's bytes against a schema (the scan's, or another format's such as replies),
 * with every problem located. Every file in the scans folder goes through here, so the size
 * limit and the encoding rules are the same for scans, independent audits and replies. `schema`
 * may be chosen from the parsed document (a scan's declared rubric version). `value` and
 * `source` are set whenever the file passed the schema, even with a duplicate key, so callers
 * can add checks that need the parsed value.
 */
export function checkJsonBytes<T>(
  bytes: Uint8Array,
  file: string,
  schemaFor: z.ZodType<T> | ((document: object) => z.ZodType<T>),
): { value?: T; source?: JsonSource; problems: Problem[] } {
  if (bytes.length > MAX_SCAN_FILE_BYTES) return { problems: [tooLargeProblem(file, bytes.length)] };
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { problems: [{ file, ...decoded.problem }] };
  const parsed = parseJsonSource(decoded.text);
  if ('problem' in parsed) return { problems: [{ file, ...parsed.problem }] };
  const { source } = parsed;
  const problems: Problem[] = parsed.problems.map((problem) => ({ file, ...problem }));
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [...problems, { file, ...source.locate('/'), pointer: '/', message: `top level must be a JSON object, got ${describeType(value)}` }] };
  }
  const schema = typeof schemaFor === 'function' ? schemaFor(value) : schemaFor;
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) {
    problems.push(...result.error.issues.flatMap((issue) => problemsFromIssue(issue, source, file, schema)));
    return { problems: sortProblems(problems) };
  }
  return { value: result.data, source, problems: sortProblems(problems) };
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer));
}

function problemsFromIssue(issue: core.$ZodIssue, source: JsonSource, file: string, schema: unknown): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const pointer = toPointer([...issue.path, key]);
      return { file, ...source.locateKey(pointer), pointer, message: unknownKeyMessage(key, knownKeysAt(schema, issue.path)) };
    });
  }
  const branch = issue.code === 'invalid_union' ? matchingBranch(issue) : undefined;
  if (branch) return branch.flatMap((inner) => problemsFromIssue({ ...inner, path: [...issue.path, ...inner.path] }, source, file, schema));
  const pointer = toPointer(issue.path);
  // Decided from the document, not the issue: an enum or refine with a custom message reports
  // an absent key in its own words ("expected one of …, got undefined"), which misleads. A
  // cross-field rule (code "custom") that points at an absent key says why it is needed.
  if (isMissing(source.value, issue.path)) {
    const message = issue.code === 'custom' ? issue.message : `missing required field "${String(issue.path.at(-1))}"`;
    return [{ file, ...source.locate(toPointer(issue.path.slice(0, -1))), pointer, message }];
  }
  return [{ file, ...source.locate(pointer), pointer, message: issueMessage(issue) }];
}

/**
 * For a value that matches no alternative of a union ("all" or a list), the issues of the one
 * alternative whose type it has, so the message names the bad element rather than the union.
 */
function matchingBranch(issue: core.$ZodIssueInvalidUnion): core.$ZodIssue[] | undefined {
  const wrongType = (branch: core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]!.path.length === 0 && (branch[0]!.code === 'invalid_type' || branch[0]!.code === 'invalid_value');
  const candidates = issue.errors.filter((branch) => !wrongType(branch));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Whether the last key of `path` is absent from an object that does exist in the document. */
function isMissing(document: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent: unknown = document;
  for (const token of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return false;
    parent = (parent as Record<string, unknown>)[String(token)];
  }
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return false;
  return !Object.hasOwn(parent, String(path.at(-1)));
}

function issueMessage(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'int') return issue.message;
    return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
  }
  return issue.message;
}

/** Keys the schema allows at a path, for "did you mean" suggestions. */
function knownKeysAt(root: unknown, path: readonly PropertyKey[]): string[] {
  let schema: unknown = root;
  for (const token of path) {
    const shape = objectShape(schema);
    if (shape) schema = shape[String(token)];
    else schema = elementOf(schema);
    if (!schema) return [];
  }
  return Object.keys(objectShape(schema) ?? {});
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  const def = (schema as { _zod?: { def?: { type?: string; shape?: Record<string, unknown>; in?: unknown; innerType?: unknown } } })?._zod?.def;
  if (!def) return undefined;
  if (def.type === 'object') return def.shape;
  if (def.type === 'pipe') return objectShape(def.in);
  if (def.innerType) return objectShape(def.innerType);
  return undefined;
}

function elementOf(schema: unknown): unknown {
  return (schema as { _zod?: { def?: { element?: unknown } } })?._zod?.def?.element;
}

/** Message for an unknown key, suggesting the closest allowed key when it looks like a typo. */
export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = plausibleTypoOf(key, allowed);
  return suggestion !== undefined
    ? `unknown key ${JSON.stringify(key)}: did you mean ${JSON.stringify(suggestion)}?`
    : `unknown key ${JSON.stringify(key)} is not allowed here`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // JSON.parse turns a number such as 1e400 into Infinity, which JSON.stringify would show as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to represent';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? shown.slice(0, 57) + '…"' : shown;
}

/** A `scan.json` below the scans folder, or an entry there refused without being read. */
export interface ScanFolderEntry {
  /** Full path of the entry (of the link itself, for a symbolic link). */
  path: string;
  /** Why the entry is refused; undefined for a regular `scan.json` to validate. */
  refused?: string;
}

/**
 * Every `scan.json` below `root` and every entry refused there, in a sorted walk so output and
 * builds are deterministic. Symbolic links are refused and never followed, so no file outside
 * the folder is read or named; a `scan.json` that is not a regular file (a folder, a pipe) is
 * refused too, since reading a pipe would hang.
 */
export function scanFolderEntries(root: string): ScanFolderEntry[] {
  const found: ScanFolderEntry[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareId(a.name, b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) found.push({ path: full, refused: symbolicLinkReason(entry.name) });
      else if (entry.name === SCAN_FILE_NAME) found.push(entry.isFile() ? { path: full } : { path: full, refused: NOT_A_REGULAR_FILE });
      else if (entry.isDirectory()) visit(full);
    }
  };
  visit(root);
  return found;
}

const NOT_A_REGULAR_FILE = `${SCAN_FILE_NAME} is not a regular file (but a folder, pipe, socket or device): a scan must be a regular file`;

function symbolicLinkReason(name: string): string {
  return name === SCAN_FILE_NAME
    ? `${SCAN_FILE_NAME} is a symbolic link: a scan must be a regular file inside the scans folder (the link was not followed)`
    : 'symbolic link in the scans folder: scans and their folders must be inside it, not linked (the link was not followed)';
}

/** Every regular `scan.json` below `root`, sorted (the files `validateScansDir` reads). */
export function findScanFiles(root: string): string[] {
  return scanFolderEntries(root)
    .filter((entry) => entry.refused === undefined)
    .map((entry) => entry.path);
}

/** Path shown in messages: relative to the working directory when the file is below it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/**
 * Validate every scan below `root`, including checks across scans (the same paper twice). With
 * `keep`, each valid scan is kept as `keep` makes it, as soon as it is checked: the build keeps
 * scans without their answers' text (`listedScan`), and holding every whole scan until the last
 * was read doubled what was live during validation (143 MB against 74 MB at 10,000 small synthetic
 * scans), which V8 then took as the measure for how far to let the heap grow.
 */
export function validateScansDir(root: string, versions?: RubricVersions): { scans: ValidScan[]; problems: Problem[] };
export function validateScansDir<S extends ListedScan>(
  root: string,
  versions: RubricVersions,
  keep: (scan: Scan) => S,
): { scans: ValidScan<S>[]; problems: Problem[] };
export function validateScansDir(
  root: string,
  versions: RubricVersions = RUBRIC_VERSIONS,
  keep: (scan: Scan) => ListedScan = (scan) => scan,
): { scans: ValidScan<ListedScan>[]; problems: Problem[] } {
  const kind = pathKind(root);
  // Pointing at one scan.json (say, from an editor's terminal) checks it in its own folder.
  if (kind === 'file' && path.basename(root) === SCAN_FILE_NAME) return validateScansDir(path.dirname(root), versions, keep);
  if (kind !== 'directory') {
    const message = kind === 'missing' ? 'scans folder does not exist' : `expected a folder of scans or a ${SCAN_FILE_NAME} file`;
    return { scans: [], problems: [{ file: displayPath(root), line: 1, column: 1, pointer: '/', message }] };
  }
  // Only bytes and parsed data are kept per scan: holding every file's syntax tree for 10,000
  // scans costs gigabytes and makes garbage collection dominate the run.
  const checked: ValidScan<ListedScan>[] = [];
  const problems: Problem[] = [];
  const entries = scanFolderEntries(root);
  for (const entry of entries) {
    const file = displayPath(entry.path);
    if (entry.refused !== undefined) {
      problems.push({ file, line: 1, column: 1, pointer: '/', message: entry.refused });
      continue;
    }
    const id = scanIdUnder(root, entry.path);
    const raw = readFileOrProblem(entry.path, file);
    if (!(raw instanceof Uint8Array)) {
      problems.push(raw);
      continue;
    }
    const result = checkScanBytes(raw, file, id, versions);
    problems.push(...result.problems);
    if (result.scan) checked.push({ id, file, blobId: gitBlobId(raw), scan: keep(result.scan), audits: [], replies: [] });
  }
  // Scans that failed only a folder or duplicate-key check still take part: a misfiled second
  // copy of a paper is exactly the case where the folder is wrong.
  problems.push(...duplicatePaperProblems(checked));
  sortByFileOrder(
    problems,
    entries.map((entry) => entry.path),
  );
  // Independent audits and replies beside the scans: listed after the scans' own problems. The
  // checker is handed over so companions.ts need not import this module back.
  problems.push(...validateCompanions(root, checked, { checkJson: checkJsonBytes, displayPath, readFile: readFileOrProblem, versions }));
  const broken = new Set(problems.map((problem) => problem.file));
  return { scans: checked.filter((scan) => !broken.has(scan.file)), problems };
}

/** Group problems by file in discovery order, so each file's lines (including cross-scan ones) print together. */
function sortByFileOrder(problems: Problem[], fullPaths: readonly string[]): void {
  const order = new Map(fullPaths.map((fullPath, index) => [displayPath(fullPath), index]));
  problems.sort(
    (a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer),
  );
}

/**
 * The id of a scan file below `root`. A `scan.json` directly in `root` takes the root's own
 * folder name (two for an old-style id), so `npm run validate -- scans/2405.05949` checks one paper as it would be filed.
 */
function scanIdUnder(root: string, fullPath: string): string {
  const relative = path.relative(root, fullPath);
  if (relative !== SCAN_FILE_NAME) return scanIdFromRelativePath(relative);
  const folder = path.resolve(root);
  const [archive, number] = [path.basename(path.dirname(folder)), path.basename(folder)];
  // An old-style id spans two folders (`hep-th/9901001`).
  return /^\d{7}$/.test(number) && /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?$/.test(archive) ? `${archive}/${number}` : number;
}

// O_NOFOLLOW refuses a symbolic link swapped in after the walk; O_NONBLOCK keeps a pipe from
// hanging the open. Windows has neither flag, and no such files in a checkout.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of a file in the scans folder (a scan, an independent audit or a reply), read only
 * when it is a regular file within the size limit; otherwise the problem, shown as `file`.
 */
function readFileOrProblem(fullPath: string, file: string): Uint8Array | Problem {
  const read = readCheckedFile(fullPath);
  if (read instanceof Uint8Array) return read;
  return 'size' in read ? tooLargeProblem(file, read.size) : { file, line: 1, column: 1, pointer: '/', message: read.message };
}

function readCheckedFile(file: string): Uint8Array | { size: number } | { message: string } {
  const name = path.basename(file);
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return { message: name === SCAN_FILE_NAME ? NOT_A_REGULAR_FILE : `${name} is not a regular file: audits and replies must be regular files` };
    if (stats.size > MAX_SCAN_FILE_BYTES) return { size: stats.size };
    return readFileSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { message: symbolicLinkReason(name) };
    return { message: `cannot read file: ${code === 'ENOENT' ? 'it no longer exists' : (code ?? String(error))}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function pathKind(target: string): 'directory' | 'file' | 'missing' {
  try {
    return statSync(target).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Two scans of the same paper (same arXiv id or DOI): one problem on each file, naming the other. */
export function duplicatePaperProblems(scans: readonly ValidScan<ListedScan>[]): Problem[] {
  const byKey = new Map<string, { scan: ValidScan<ListedScan>; label: string; pointer: string }[]>();
  for (const scan of scans) {
    for (const identity of paperIdentityKeys(scan.scan.paper)) {
      const holders = byKey.get(identity.key) ?? [];
      holders.push({ scan, label: identity.label, pointer: identity.pointer });
      byKey.set(identity.key, holders);
    }
  }
  const problems: Problem[] = [];
  for (const holders of byKey.values()) {
    if (holders.length < 2) continue;
    for (const holder of holders) {
      const others = holders.filter((other) => other !== holder).map((other) => other.scan.file);
      const position = locateInFile(holder.scan.file, holder.pointer);
      problems.push({
        file: holder.scan.file,
        ...position,
        pointer: holder.pointer,
        message: `same paper as ${others.join(', ')} (${holder.label}): keep one scan per paper`,
      });
    }
  }
  return problems;
}

/**
 * Where a pointer is in a validated file, read again: the bytes are not kept past each file's
 * check, and a paper scanned twice is rare. A file changed or gone since points at its start.
 */
function locateInFile(file: string, pointer: string): SourcePosition {
  const bytes = readCheckedFile(file);
  if (!(bytes instanceof Uint8Array)) return { line: 1, column: 1 };
  const parsed = parseJsonSource(new TextDecoder().decode(bytes));
  return 'source' in parsed ? parsed.source.locate(pointer) : { line: 1, column: 1 };
}
