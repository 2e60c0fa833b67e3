/**
 * Releases of the whole index, read from git at build time: every tag on a commit is a release,
 * and a release holds the scan files as they were at that commit.
 *
 * One `git for-each-ref` lists the tags, one `git ls-tree` per tag lists the scan files in its
 * tree, and one `git cat-file --batch` reads every distinct blob once (an audit unchanged over
 * ten releases is read and parsed once). Without git, in a shallow clone (tags may name commits
 * that are not there) or with no tags there are no releases: never a build failure.
 */
import path from 'node:path';
import { SCAN_FILE_NAME, scanIdFromRelativePath } from '../scan-format/scan-id.ts';
import { git, readBlobs } from './git-history.ts';

/** A tag naming a commit. */
export interface ReleaseTag {
  /** Tag name, e.g. `v2026.11`. */
  name: string;
  commit: string;
  /** ISO 8601 date of the tag (annotated) or of its commit (lightweight). */
  date: string;
  /** First line of the tag's message, or of the commit's. */
  subject: string;
}

/** A scan file in a release's tree. */
export interface ReleaseFile {
  id: string;
  blob: string;
  /** The file parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

/** A release and its scan files, sorted by id. */
export interface ReleaseSnapshot {
  tag: ReleaseTag;
  files: ReleaseFile[];
}

/** The releases of a repository, oldest first, or why there are none. */
export type ReleaseHistory = { available: true; releases: ReleaseSnapshot[] } | { available: false; reason: string };

const FIELD = '\x1f';
/** Format of `git for-each-ref` lines parsed by `parseTagRefs`. */
export const TAG_FORMAT = [
  '%(refname:short)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
  '%(creatordate:iso-strict)',
  '%(subject)',
].join(FIELD);

// Tag names become URL path segments (`/releases/<tag>/`); others are left out rather than escaped.
const SAFE_TAG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Whether a tag name can be a release's URL segment. */
export function isReleaseTagName(name: string): boolean {
  return SAFE_TAG.test(name) && !name.includes('..');
}

/** Tags on commits from `git for-each-ref --format=<TAG_FORMAT>`, in the order given; tags of trees or blobs and unsafe names are skipped. */
export function parseTagRefs(output: string): ReleaseTag[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      const [name, type, object, peeledType, peeled, date, ...subject] = line.split(FIELD) as [string, string, string, string, string, string, ...string[]];
      // An annotated tag points at a tag object; what it tags is the peeled object.
      const [targetType, commit] = type === 'tag' ? [peeledType, peeled] : [type, object];
      if (targetType !== 'commit' || !isReleaseTagName(name)) return [];
      return [{ name, commit, date, subject: subject.join(' ') }];
    });
}

/** Scan files listed by `git ls-tree -r <commit> -- <scansPath>` (paths relative to the repository root). */
export function parseLsTree(output: string, scansPath: string): { id: string; blob: string }[] {
  const prefix = scansPath ? `${scansPath}/` : '';
  return output
    .split('\n')
    .filter((line) => line.includes('\t'))
    .flatMap((line) => {
      // `100644 blob <sha>\t<path>`
      const [meta, filePath] = line.split('\t') as [string, string];
      const [, type, blob] = meta.split(' ') as [string, string, string];
      if (type !== 'blob' || !filePath.startsWith(prefix) || path.posix.basename(filePath) !== SCAN_FILE_NAME) return [];
      return [{ id: scanIdFromRelativePath(filePath.slice(prefix.length)), blob }];
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Read every release of the repository holding `scansDir`, oldest first. */
export function readReleaseHistory(scansDir: string): ReleaseHistory {
  const dir = path.resolve(scansDir);
  const top = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--show-prefix'])?.toString('utf8').split('\n');
  if (!top) return { available: false, reason: 'not in a git repository' };
  if (top[1] === 'true') return { available: false, reason: 'shallow git clone: tags and history are incomplete' };
  const root = top[0]!;
  const scansPath = (top[2] ?? '').replace(/\/$/, '');
  const tags = parseTagRefs(git(root, ['for-each-ref', '--sort=creatordate', `--format=${TAG_FORMAT}`, 'refs/tags'])?.toString('utf8') ?? '');
  if (tags.length === 0) return { available: false, reason: 'no tags yet' };
  const listed = tags.map((tag) => ({
    tag,
    entries: parseLsTree(git(root, ['ls-tree', '-r', tag.commit, '--', scansPath || '.'])?.toString('utf8') ?? '', scansPath),
  }));
  const blobs = readBlobs(root, [...new Set(listed.flatMap(({ entries }) => entries.map((entry) => entry.blob)))].sort());
  return {
    available: true,
    releases: listed.map(({ tag, entries }) => ({ tag, files: entries.map((entry) => ({ ...entry, json: blobs.get(entry.blob) })) })),
  };
}
