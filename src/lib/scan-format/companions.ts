/**
 * Files that sit beside a paper's published scan:
 *
 * ```text
 * scans/<id>/scan.json                       the published audit; it alone decides the rank
 * scans/<id>/audits/<name>.json              an independent audit of the same paper, in the scan format;
 *                                            <name> is a slug of who or what made it (jane-doe, some-model-2)
 * scans/<id>/replies/<YYYY-MM-DD>-<slug>.json a reply to the published audit (reply-schema.ts);
 *                                            the date is the reply's own, the slug names who replied
 * ```
 *
 * `validateCompanions` checks them as part of `validateScansDir`, with the same located lines:
 * an audit is a scan (same schema) that must name the same paper as the published scan; a reply
 * must match its schema, carry the date its file name starts with, and point only at red flags
 * and claims that exist in the published scan.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gitBlobId } from './blob-id.ts';
import type { JsonSource } from './json-source.ts';
import { replySchema, type Reply } from './reply-schema.ts';
import type { RubricVersions } from './rubric.ts';
import { SLUG_PATTERN, scanSchemaForDocument, type Paper, type Scan } from './schema.ts';
import { SCAN_FILE_NAME, paperIdentityKeys } from './scan-id.ts';
import type { ListedScan } from './listed-scan.ts';
import type { Problem, ValidScan, checkJsonBytes } from './validator.ts';

/** Folder beside `scan.json` holding independent audits of the same paper. */
export const AUDITS_FOLDER = 'audits';
/** Folder beside `scan.json` holding replies to the published audit. */
export const REPLIES_FOLDER = 'replies';

const SLUG = SLUG_PATTERN.source.replace(/^\^|\$$/g, '');
/** `<name>.json` in `audits/`, name a lowercase slug like a paper's slug folder. */
const AUDIT_FILE = new RegExp(`^(${SLUG})\\.json$`);
/** `<YYYY-MM-DD>-<slug>.json` in `replies/`. */
const REPLY_FILE = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})-(${SLUG})\\.json$`);

/** An independent audit that passed validation. */
export interface ValidAudit {
  /** File name without `.json`: who or what made the audit (`second-model`, `jane-doe`). */
  name: string;
  /** File path as shown to the user. */
  file: string;
  /** Git's blob id of the file's bytes: a digest of exactly what was validated. */
  blobId: string;
  scan: Scan;
}

/** A reply that passed validation. */
export interface ValidReply {
  /** File name without `.json` (`2026-01-15-ada-abernathy`); unique per paper, so usable as an anchor. */
  name: string;
  /** File path as shown to the user. */
  file: string;
  /** Git's blob id of the file's bytes: a digest of exactly what was validated. */
  blobId: string;
  reply: Reply;
}

/** What this module borrows from validator.ts; handed in so the two modules do not import each other. */
export interface ValidatorTools {
  checkJson: typeof checkJsonBytes;
  displayPath: (file: string) => string;
  /** A file's bytes, or why it was not read (not a regular file, over the size limit), shown as `file`. */
  readFile: (fullPath: string, file: string) => Uint8Array | Problem;
  /** The rubric versions a scan may declare; an independent audit is checked like the scan. */
  versions: RubricVersions;
}

type Kind = typeof AUDITS_FOLDER | typeof REPLIES_FOLDER;

/** A folder of audits or replies, and the paper folder it belongs to. */
interface CompanionFolder {
  kind: Kind;
  /** Path of the `audits/` or `replies/` folder. */
  folder: string;
  /** Path of the paper's folder, where its `scan.json` should be. */
  paperFolder: string;
}

/**
 * Validate every audit and reply below `root`, attaching the valid ones to their scans
 * (`scan.audits`, `scan.replies`), and return their problems grouped by file in folder order.
 */
export function validateCompanions(root: string, scans: ValidScan<ListedScan>[], tools: ValidatorTools): Problem[] {
  const scanByFolder = new Map(scans.map((scan) => [path.posix.dirname(scan.file), scan]));
  const problems: Problem[] = [];
  for (const companion of findCompanionFolders(root)) {
    const scan = scanByFolder.get(tools.displayPath(companion.paperFolder));
    const orphan = !scan && !existsSync(path.join(companion.paperFolder, SCAN_FILE_NAME));
    for (const entry of sortedEntries(companion.folder)) {
      const full = path.join(companion.folder, entry.name);
      const file = tools.displayPath(full);
      const at = (message: string): Problem => ({ file, line: 1, column: 1, pointer: '/', message });
      // The walk for scan files refuses every symbolic link in the scans folder already.
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        problems.push(at(`unexpected folder in ${companion.kind}/: put each file directly in ${companion.kind}/`));
        continue;
      }
      const fileProblems: Problem[] = [];
      if (orphan) fileProblems.push(at(`no ${SCAN_FILE_NAME} beside ${companion.kind}/: it belongs in the folder of the paper's published scan`));
      const nameProblem = fileNameProblem(companion.kind, entry.name);
      if (nameProblem) fileProblems.push(at(nameProblem));
      if (entry.name.endsWith('.json')) {
        const raw = tools.readFile(full, file);
        if (!(raw instanceof Uint8Array)) fileProblems.push(raw);
        else fileProblems.push(...checkCompanion({ ...companion, name: entry.name, file, raw, scan }, tools));
      }
      problems.push(...fileProblems.sort((a, b) => a.line - b.line || a.column - b.column || a.pointer.localeCompare(b.pointer)));
    }
  }
  return problems;
}

interface CompanionFile extends CompanionFolder {
  name: string;
  file: string;
  raw: Uint8Array;
  /** The published scan beside it, when that scan passed its schema. */
  scan: ValidScan<ListedScan> | undefined;
}

/** Check one audit or reply file's content; a valid one is attached to its scan. */
function checkCompanion(companion: CompanionFile, tools: ValidatorTools): Problem[] {
  const { file, raw, scan, name } = companion;
  const base = name.replace(/\.json$/, '');
  if (companion.kind === AUDITS_FOLDER) {
    const { value, source, problems } = tools.checkJson(raw, file, (document) => scanSchemaForDocument(document, tools.versions));
    if (value && source && scan) problems.push(...samePaperProblems(value.paper, scan, source, file));
    if (value && scan && !problems.length && AUDIT_FILE.test(name)) scan.audits.push({ name: base, file, blobId: gitBlobId(raw), scan: value });
    return problems;
  }
  const { value, source, problems } = tools.checkJson(raw, file, replySchema);
  if (value && source) {
    const dated = REPLY_FILE.exec(name)?.[1];
    if (dated && dated !== value.date) {
      problems.push({ file, ...source.locate('/date'), pointer: '/date', message: `date ${value.date} differs from the file name, which starts ${dated}` });
    }
    if (scan) problems.push(...referenceProblems(value, scan.scan, source, file));
  }
  if (value && scan && !problems.length && REPLY_FILE.test(name)) {
    scan.replies.push({ name: base, file, blobId: gitBlobId(raw), reply: value });
    scan.replies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
  return problems;
}

/**
 * A lowercase slug of a name for file names: accents dropped, anything else but letters and
 * digits becomes one hyphen (`Zoë Ångström` → `zoe-angstrom`); "" when nothing is left.
 */
export function nameSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** File name of a reply: `2026-01-15-ada-abernathy.json`; `reply` stands in for a name with no letters or digits. */
export function replyFileName(date: string, name: string): string {
  return `${date}-${nameSlug(name) || 'reply'}.json`;
}

/** Why a file name does not fit its folder, or undefined when it does. */
export function fileNameProblem(kind: Kind, name: string): string | undefined {
  if (kind === AUDITS_FOLDER) {
    return AUDIT_FILE.test(name) ? undefined : `audit file name must be <name>.json with a lowercase slug name (letters, digits, hyphens), e.g. jane-doe.json`;
  }
  return REPLY_FILE.test(name)
    ? undefined
    : `reply file name must be <YYYY-MM-DD>-<name>.json with the reply's date and a lowercase slug, e.g. 2026-01-15-jane-doe.json`;
}

/**
 * An independent audit must be of the published scan's paper: it shares an identifier with it
 * (arXiv id, DOI or URL) and contradicts none (a different arXiv id or a different DOI).
 */
export function samePaperProblems(paper: Paper, published: ValidScan<ListedScan>, source: JsonSource, file: string): Problem[] {
  const ours = identities(paper);
  const theirs = identities(published.scan.paper);
  const problems: Problem[] = [];
  for (const kind of ['arxiv', 'doi']) {
    const mine = ours.filter((identity) => identity.kind === kind);
    const other = theirs.filter((identity) => identity.kind === kind);
    if (!mine.length || !other.length || mine.some((identity) => other.some((known) => known.key === identity.key))) continue;
    const pointer = mine[0]!.pointer;
    problems.push({
      file,
      ...source.locate(pointer),
      pointer,
      message: `names ${mine[0]!.label} but ${published.file} is of ${other[0]!.label}: an independent audit must be of the same paper`,
    });
  }
  if (!problems.length && !ours.some((identity) => theirs.some((known) => known.key === identity.key))) {
    problems.push({
      file,
      ...source.locate('/paper'),
      pointer: '/paper',
      message: `shares no identifier with ${published.file} (${theirs.map((identity) => identity.label).join(', ')}): an independent audit must be of the same paper`,
    });
  }
  return problems;
}

/** A paper's identifiers for comparison: arXiv id and DOI as duplicates are detected, plus the URL. */
function identities(paper: Paper): { kind: string; key: string; label: string; pointer: string }[] {
  const keys = paperIdentityKeys(paper).map((identity) => ({ ...identity, kind: identity.key.slice(0, identity.key.indexOf(':')) }));
  if (paper.url) keys.push({ kind: 'url', key: `url:${paper.url}`, label: `URL ${paper.url}`, pointer: '/paper/url' });
  return keys;
}

/**
 * Statements about a red flag or claim must name one the published scan has. A corrected
 * statement is exempt: the correction may have been to remove that flag or claim.
 */
export function referenceProblems(reply: Reply, scan: ListedScan, source: JsonSource, file: string): Problem[] {
  const problems: Problem[] = [];
  reply.statements.forEach((statement, index) => {
    if (statement.outcome.status === 'corrected') return;
    const target =
      statement.about === 'red_flag'
        ? { key: 'red_flag', position: statement.red_flag, count: scan.red_flags.length, what: ['red flag', 'red flags'] }
        : statement.about === 'claim'
          ? { key: 'claim', position: statement.claim, count: scan.claims.length, what: ['claim', 'claims'] }
          : undefined;
    if (!target || target.position < target.count) return;
    const pointer = `/statements/${index}/${target.key}`;
    const has =
      target.count === 0
        ? `has no ${target.what[1]}`
        : target.count === 1
          ? `has 1 ${target.what[0]} (position 0)`
          : `has ${target.count} ${target.what[1]} (positions 0–${target.count - 1})`;
    problems.push({ file, ...source.locate(pointer), pointer, message: `${target.what[0]} ${target.position} is not in the audit, which ${has}` });
  });
  return problems;
}

/** Every `audits/` and `replies/` folder below `root`, in sorted order like the scans themselves. */
function findCompanionFolders(root: string): CompanionFolder[] {
  const found: CompanionFolder[] = [];
  const visit = (dir: string) => {
    for (const entry of sortedEntries(dir)) {
      if (!entry.isDirectory()) continue;
      const full = path.join(dir, entry.name);
      if (entry.name === AUDITS_FOLDER || entry.name === REPLIES_FOLDER) found.push({ kind: entry.name, folder: full, paperFolder: dir });
      else visit(full);
    }
  };
  visit(root);
  return found;
}

/** Entries of a folder in code-unit order, without hidden files and `node_modules` (as the scan search skips them). */
function sortedEntries(dir: string) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
