/**
 * The empty scan `npm run new-scan` writes for a contributor to fill in.
 *
 * Every field the schema requires is present, so editors offer completion everywhere, but left
 * blank (`""`) or unknown (`null`): an unfilled scaffold fails validation with one located line
 * per field still to answer, instead of passing with made-up defaults. It declares the current
 * rubric version, and has room for evidence quotes and for how the audit was made; a scaffold is
 * for a person, so it asks for the auditor's name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { currentRubric } from '../../src/lib/scan-format/rubric.ts';
import { ARXIV_ID_PATTERN, DOI_PATTERN, HTTP_URL_PATTERN, SLUG_PATTERN } from '../../src/lib/scan-format/schema.ts';
import { SCAN_FILE_NAME, arxivIdWithoutVersion } from '../../src/lib/scan-format/scan-id.ts';

/** What identifies the paper to scaffold: an arXiv id, or a slug with a DOI and/or a URL. */
export interface ScaffoldRequest {
  arxiv?: string | undefined;
  slug?: string | undefined;
  doi?: string | undefined;
  url?: string | undefined;
}

/** Where the scaffold goes and what it holds. */
export interface ScaffoldPlan {
  /** Scan id, i.e. the folder below the scans folder (`2405.05949`, `hep-th/9901001`, `my-slug`). */
  id: string;
  /** Path of the new file relative to the scans folder, always with `/`. */
  relativePath: string;
  scan: ScaffoldScan;
}

/** An unfilled checklist answer: `null` means "not answered yet"; quotes go in `evidence`. */
export interface ScaffoldItem {
  applies: boolean | null;
  answer: boolean | null;
  justification: string;
  evidence: [];
}

/** How the audit was made, still to fill in: the method, the day, the version read, who made it. */
export interface ScaffoldProvenance {
  method: null;
  audited_on: string;
  paper_version: { arxiv_version: string } | { doi?: string; url?: string; read_on: string };
  auditors: { name: string }[];
}

/** The scaffold's shape: a scan whose answers are still open. */
export interface ScaffoldScan {
  $schema: string;
  rubric_version: number;
  paper: { title: string; authors: string[]; year: number | null; venue: string; arxiv_id?: string; doi?: string; url?: string };
  checklist: Record<string, Record<string, ScaffoldItem>>;
  claims: [];
  methodology_tags: [];
  key_findings: string;
  red_flags: [];
  cited_papers: [];
  provenance: ScaffoldProvenance;
}

/** Path of the committed JSON Schema from the repository root (also where the site publishes it). */
export const SCHEMA_PATH = 'schema/scan.schema.json';

/**
 * Normalise what a contributor may paste as an arXiv id: `arXiv:2405.05949`,
 * `https://arxiv.org/abs/2405.05949v2` or `…/pdf/2405.05949.pdf` become the bare id (version kept).
 */
export function normaliseArxivInput(input: string): string {
  return input
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/\.pdf$/i, '')
    .replace(/\/$/, '');
}

/** Decide the id and contents of a new scan, or explain why the request cannot be scaffolded. */
export function planScaffold(request: ScaffoldRequest): ScaffoldPlan | { error: string } {
  const identity = resolveIdentity(request);
  if ('error' in identity) return identity;
  const relativePath = `${identity.id}/${SCAN_FILE_NAME}`;
  return { id: identity.id, relativePath, scan: scaffoldScan(identity.paper, schemaReference(identity.id)) };
}

type Identity = { id: string; paper: Pick<ScaffoldScan['paper'], 'arxiv_id' | 'doi' | 'url'> };

function resolveIdentity({ arxiv, slug, doi, url }: ScaffoldRequest): Identity | { error: string } {
  if (arxiv !== undefined && slug !== undefined) return { error: 'give either an arXiv id or --slug, not both' };
  if (doi !== undefined && !DOI_PATTERN.test(doi)) return { error: `malformed DOI ${JSON.stringify(doi)}: expected e.g. "10.1145/3442188.3445922"` };
  if (url !== undefined && !HTTP_URL_PATTERN.test(url)) return { error: `expected an http(s) URL, got ${JSON.stringify(url)}` };
  const links = { ...(doi === undefined ? {} : { doi }), ...(url === undefined ? {} : { url }) };
  if (arxiv !== undefined) {
    const arxivId = normaliseArxivInput(arxiv);
    if (!ARXIV_ID_PATTERN.test(arxivId)) {
      return { error: `malformed arXiv id ${JSON.stringify(arxiv)}: expected e.g. "2405.05949", "2405.05949v2" or "hep-th/9901001"` };
    }
    return { id: arxivIdWithoutVersion(arxivId), paper: { arxiv_id: arxivId, ...links } };
  }
  if (slug === undefined) return { error: 'give an arXiv id, or --slug with --doi and/or --url for a paper without one' };
  if (!SLUG_PATTERN.test(slug))
    return { error: `malformed slug ${JSON.stringify(slug)}: use lowercase letters, digits and single hyphens, e.g. "attention-is-all-you-need"` };
  if (doi === undefined && url === undefined) return { error: 'a paper without an arXiv id needs --doi or --url' };
  return { id: slug, paper: links };
}

/**
 * `$schema` relative to the scan file. Because scans sit at `scans/<id>/scan.json` and the site
 * publishes them at `papers/<id>/scan.json`, the same relative path finds the schema both in
 * the repository (`schema/scan.schema.json`) and on the site (`/schema/scan.schema.json`).
 */
export function schemaReference(id: string): string {
  return '../'.repeat(id.split('/').length + 1) + SCHEMA_PATH;
}

/**
 * Which version of the paper is being read: the arXiv version when the id given has one (that is
 * known, not made up), otherwise blank; for a paper off arXiv, its DOI or URL and the day read.
 */
function paperVersion(identifiers: Identity['paper']): ScaffoldProvenance['paper_version'] {
  if (identifiers.arxiv_id !== undefined) return { arxiv_version: /v\d+$/.exec(identifiers.arxiv_id)?.[0] ?? '' };
  return {
    ...(identifiers.doi === undefined ? {} : { doi: identifiers.doi }),
    ...(identifiers.url === undefined ? {} : { url: identifiers.url }),
    read_on: '',
  };
}

function scaffoldScan(identifiers: Identity['paper'], schema: string): ScaffoldScan {
  const rubric = currentRubric();
  const blankItem = (): ScaffoldItem => ({ applies: null, answer: null, justification: '', evidence: [] });
  const checklist = Object.fromEntries(
    rubric.categories.map((category) => [category.key, Object.fromEntries(category.items.map((item) => [item.key, blankItem()]))]),
  );
  return {
    $schema: schema,
    rubric_version: rubric.version,
    paper: { title: '', authors: [''], year: null, venue: '', ...identifiers },
    checklist,
    claims: [],
    methodology_tags: [],
    key_findings: '',
    red_flags: [],
    cited_papers: [],
    provenance: { method: null, audited_on: '', paper_version: paperVersion(identifiers), auditors: [{ name: '' }] },
  };
}

/** The file text of a scaffold: two-space JSON with a final newline, like the committed scans. */
export function scaffoldText(scan: ScaffoldScan): string {
  return JSON.stringify(scan, null, 2) + '\n';
}

/**
 * Write a new file, creating its folder, unless the file exists: returns false then. The 'wx'
 * flag makes the existence check and the write one step, so nothing is ever overwritten.
 */
export function writeNewFile(file: string, text: string): boolean {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
