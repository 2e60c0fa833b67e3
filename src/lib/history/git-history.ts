/**
 * Versions of scan files, read from git at build time.
 *
 * One `git log --raw` over the whole scans folder gives every commit and the blob ids of every
 * file it touched, and one `git cat-file --batch` reads the blobs needed to diff answers: two
 * processes per build whatever the number of scans (10,000 `git log -- file` spawns would take
 * minutes). Without git, in a shallow clone (whose oldest commit seems to add every file), or
 * for a file with uncommitted changes, a scan is "unversioned": never a build failure.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { RUBRIC, findCategory } from '../scan-format/rubric.ts';

/** How a checklist item was answered: yes, no, or not applicable. */
export type AnswerState = 'yes' | 'no' | 'na';

/** One checklist answer that changed between two revisions. */
export interface AnswerChange {
  category: string;
  item: string;
  /** Undefined when the item did not exist in the older revision. */
  before?: AnswerState;
  /** Undefined when the item no longer exists in the newer revision. */
  after?: AnswerState;
}

/** A commit that changed a scan file. */
export interface Revision {
  commit: string;
  short: string;
  /** Committer date, ISO 8601 with offset, as git prints it. */
  date: string;
  message: string;
  /** `added` for the commit that created the file. */
  kind: 'added' | 'modified';
  /** Checklist answers that changed; empty when only text (justifications, claims, …) changed. */
  changes: AnswerChange[];
}

/** The history of one scan file: its revisions newest first, or why it has none to show. */
export type ScanHistory = { versioned: true; revisions: [Revision, ...Revision[]] } | { versioned: false; reason: string; revisions: Revision[] };

/** A commit with the blobs it changed, parsed from `git log --raw`. */
export interface LoggedCommit {
  commit: string;
  short: string;
  date: string;
  message: string;
  files: { path: string; before: string | null; after: string | null }[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const NULL_BLOB = /^0+$/;

/** Length of short commit ids: fixed, unlike git's own abbreviation, which grows with the repository and differs between clones. */
export const SHORT_COMMIT_LENGTH = 7;

/** Parse the output of `git log --format=<RECORD>%H<FIELD>%cI<FIELD>%s --raw --no-abbrev`. */
export function parseGitLog(output: string): LoggedCommit[] {
  return output
    .split(RECORD)
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [header, ...rawLines] = chunk.split('\n');
      const [commit, date, ...message] = header!.split(FIELD) as [string, string, ...string[]];
      const files = rawLines.filter((line) => line.startsWith(':')).map(parseRawLine);
      return { commit, short: commit.slice(0, SHORT_COMMIT_LENGTH), date, message: message.join(' '), files };
    });
}

function parseRawLine(line: string): LoggedCommit['files'][number] {
  // `:100644 100644 <old blob> <new blob> M\t<path>`
  const [meta, filePath] = line.split('\t') as [string, string];
  const [, , before, after] = meta.split(' ') as [string, string, string, string];
  return { path: filePath, before: NULL_BLOB.test(before) ? null : before, after: NULL_BLOB.test(after) ? null : after };
}

/** Every answer of a parsed scan as `category/item` → state; tolerant of malformed old revisions. */
export function answerStates(scan: unknown): Map<string, AnswerState> {
  const states = new Map<string, AnswerState>();
  const checklist = (scan as { checklist?: unknown } | null)?.checklist;
  if (!isObject(checklist)) return states;
  for (const [category, items] of Object.entries(checklist)) {
    if (!isObject(items)) continue;
    for (const [item, answer] of Object.entries(items)) {
      if (!isObject(answer)) continue;
      states.set(`${category}/${item}`, answer.applies === false ? 'na' : answer.answer === true ? 'yes' : 'no');
    }
  }
  return states;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Answers that differ between two revisions, in rubric order (then any retired items). */
export function diffAnswers(before: Map<string, AnswerState>, after: Map<string, AnswerState>): AnswerChange[] {
  const rubricOrder = RUBRIC.flatMap((category) => category.items.map((item) => `${category.key}/${item.key}`));
  const keys = [...new Set([...rubricOrder, ...[...before.keys(), ...after.keys()].sort()])];
  return keys.flatMap((key) => {
    const [was, now] = [before.get(key), after.get(key)];
    if (was === now) return [];
    const [category, item] = key.split('/') as [string, string];
    return [{ category, item, ...(was && { before: was }), ...(now && { after: now }) }];
  });
}

/** Run git in a folder; undefined when git is missing or the folder is not in a work tree. */
export function git(cwd: string, args: string[], input?: string): Buffer | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Read many blobs with one `git cat-file --batch`, parsed as JSON (undefined when not JSON). */
export function readBlobs(cwd: string, ids: string[]): Map<string, unknown> {
  const blobs = new Map<string, unknown>();
  if (ids.length === 0) return blobs;
  const output = git(cwd, ['cat-file', '--batch'], ids.join('\n') + '\n');
  if (!output) return blobs;
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [id, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    if (type !== 'blob') {
      offset = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(id!, parseJson(output.subarray(start, end).toString('utf8')));
    offset = end + 1;
  }
  return blobs;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Histories of scan files, keyed by absolute file path. */
export interface HistoryReader {
  /** Path of a file relative to the repository root (for links to it on the forge), or undefined outside git. */
  repoPathOf(absolutePath: string): string | undefined;
  /**
   * The history of one file (absolute path) whose bytes have git blob id `blobId` (the
   * validator's, so the file is not read again); unversioned when git knows nothing of it, or
   * when those bytes are not its last commit's.
   */
  historyOf(absolutePath: string, blobId: string): ScanHistory;
}

/** Read the git history of every file under `dir` at once. */
export function readHistory(dir: string): HistoryReader {
  const absoluteDir = path.resolve(dir);
  const unversioned = (reason: string): HistoryReader => ({ repoPathOf: () => undefined, historyOf: () => ({ versioned: false, reason, revisions: [] }) });
  const top = git(absoluteDir, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])?.toString('utf8').trim().split('\n');
  if (!top) return unversioned('not in a git repository');
  if (top[1] === 'true') return unversioned('shallow git clone: history is incomplete');
  const root = top[0]!;
  const gitPathOf = gitPaths(absoluteDir);
  const log = git(absoluteDir, ['log', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--raw', '--no-abbrev', '--no-renames', '--', '.']);
  const commits = parseGitLog(log?.toString('utf8') ?? '');
  const byFile = new Map<string, { commit: LoggedCommit; before: string | null; after: string | null }[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const key = path.join(root, file.path);
      byFile.set(key, [...(byFile.get(key) ?? []), { commit, before: file.before, after: file.after }]);
    }
  }
  const needed = new Set<string>();
  for (const entries of byFile.values()) for (const { before, after } of entries) if (before && after) needed.add(before).add(after);
  const blobs = readBlobs(absoluteDir, [...needed].sort());
  const states = new Map<string, Map<string, AnswerState>>();
  const statesOf = (blob: string) => states.get(blob) ?? states.set(blob, answerStates(blobs.get(blob))).get(blob)!;

  return {
    repoPathOf: (absolutePath) => path.relative(root, gitPathOf(absolutePath)).split(path.sep).join('/'),
    historyOf(absolutePath, blobId) {
      const entries = byFile.get(gitPathOf(absolutePath)) ?? [];
      // The file's history runs back from now to its most recent creation (ids can be re-added).
      const lastAdd = entries.findIndex((entry) => entry.before === null);
      const current = lastAdd === -1 ? entries : entries.slice(0, lastAdd + 1);
      const revisions: Revision[] = current
        .filter((entry) => entry.after !== null)
        .map(({ commit, before, after }) => ({
          commit: commit.commit,
          short: commit.short,
          date: commit.date,
          message: commit.message,
          kind: before === null ? 'added' : 'modified',
          changes: before && after ? diffAnswers(statesOf(before), statesOf(after)) : [],
        }));
      if (revisions.length === 0) return { versioned: false, reason: 'not committed to git', revisions };
      if (current[0]!.after !== blobId) return { versioned: false, reason: 'has uncommitted changes', revisions };
      return { versioned: true, revisions: revisions as [Revision, ...Revision[]] };
    },
  };
}

/**
 * The path git knows a file by, for files under `dir`: git prints the real path of the work tree,
 * and callers may reach the scans folder through a symlink (/tmp on macOS). The folder's real path
 * is resolved once, not once per file: two `realpath` calls per audit page were 0.8 s of a
 * 10,000-scan build. A file outside the folder is resolved on its own.
 */
function gitPaths(dir: string): (absolutePath: string) => string {
  const realDir = realPath(dir);
  return (absolutePath) => {
    const inside = path.relative(dir, absolutePath);
    return inside.startsWith('..') || path.isAbsolute(inside) ? realPath(absolutePath) : path.join(realDir, inside);
  };
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

const STATE_WORDS: Record<AnswerState, string> = { yes: 'yes', no: 'no', na: 'not applicable' };

/** A changed answer in words: item label (from the rubric, or its key if retired) and before/after. */
export function describeChange(change: AnswerChange): { label: string; before: string; after: string } {
  const item = findCategory(change.category)?.items.find((candidate) => candidate.key === change.item);
  return {
    label: item?.label ?? `${change.category}/${change.item}`,
    before: change.before ? STATE_WORDS[change.before] : 'not asked',
    after: change.after ? STATE_WORDS[change.after] : 'removed',
  };
}

/** All changes of a revision in one line: "Code released: yes → no; Ablation study: no → yes". */
export function summariseChanges(changes: readonly AnswerChange[]): string {
  return changes
    .map((change) => {
      const { label, before, after } = describeChange(change);
      return `${label}: ${before} → ${after}`;
    })
    .join('; ');
}
