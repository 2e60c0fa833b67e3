/**
 * The one CSL-JSON record of an audit at one version, from which every citation style and
 * bibliography format is rendered (see `citation.ts`).
 *
 * The work cited is the audit, never the paper: its title says so, its authors are the people
 * who made or reviewed it (or "Glassbox contributors" when a scan names none), its publisher is Glassbox,
 * and the audited paper appears as the reviewed work. A citation pins the version (short commit
 * and its date) and links to a permalink carrying that version, so it stays meaningful after the
 * audit changes. Inputs are explicit (no git, no clock), so the same input always gives the same
 * record. Free of the formatter (only citation-js's small name parser is used), so head tags and
 * JSON-LD share these names and helpers without loading citeproc.
 */
import { parse as parseName } from '@citation-js/name';
import type { Paper, Provenance } from '../scan-format/schema.ts';

/** The site that publishes audits, as named in citations. */
export const PUBLISHER = 'Glassbox';
/** The collective author of an audit whose scan names no reviewer. */
export const AUDIT_AUTHOR = 'Glassbox contributors';

/** The git version of an audit being cited. */
export interface CitedVersion {
  /** Short commit id, e.g. `15c8dec`. */
  short: string;
  /** ISO 8601 date of the commit; only the calendar date is used. */
  date: string;
}

/** A person credited with the audit (who made or checked it), as the scan's provenance block names them (see `provenancePeople`). */
export interface Reviewer {
  name: string;
}

/** Everything a citation of one audit rests on. */
export interface AuditCitationInput {
  /** Scan id, e.g. `2405.05949` or `hep-th/9901001`. */
  id: string;
  paper: Paper;
  /** Absolute URL of the audit page (without version). */
  pageUrl: string;
  /** The version cited; null when the audit is unversioned. */
  version: CitedVersion | null;
  /** People the scan's provenance credits (`provenancePeople`); when absent or empty the audit is credited to the project. */
  reviewers?: readonly Reviewer[] | undefined;
}

/** A CSL name: split into parts when that is safe, else one literal string. */
export type CslName = { literal: string } | { family: string; given?: string; 'non-dropping-particle'?: string };

/** The CSL-JSON fields Glassbox's records use (a subset of CSL-JSON 1.0.2): an audit, or a release of the dataset. */
export interface CslRecord {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  author: CslName[];
  publisher: string;
  issued?: { 'date-parts': [[number, number, number]] };
  version?: string;
  URL: string;
  'reviewed-title'?: string;
  'reviewed-author'?: { literal: string }[];
  note?: string;
}

/** Title of the audit as a work of its own. */
export function auditTitle(paper: Pick<Paper, 'title'>): string {
  return `Glassbox transparency audit of: ${oneLine(paper.title)}`;
}

/** The page URL pinned to a version (`…/papers/2405.05949/?v=15c8dec`), or the page URL when unversioned. */
export function permalink(pageUrl: string, version: CitedVersion | null): string {
  if (!version) return pageUrl;
  const url = new URL(pageUrl);
  url.searchParams.set('v', version.short);
  return url.href;
}

/** Stable citation key: `glassbox-2405.05949-15c8dec`. */
export function citationKey(id: string, version: CitedVersion | null): string {
  return `glassbox-${id.replace(/[^A-Za-z0-9.-]+/g, '-')}${version ? `-${version.short}` : ''}`;
}

/** How the audited paper is identified: arXiv id, DOI or URL. */
export function paperIdentifier(paper: Paper): string {
  if (paper.arxiv_id) return `arXiv:${paper.arxiv_id}`;
  if (paper.doi) return `doi:${paper.doi}`;
  return paper.url ?? '';
}

/** Author names as cited in running text: "A", "A and B", "A et al.". */
export function authorsShort(authors: readonly string[]): string {
  const names = authors.map(oneLine);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} et al.`;
}

/** Year, month and day of an ISO date as written (the committer's calendar day, not converted to UTC). */
export function dateParts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`expected an ISO date, got ${JSON.stringify(isoDate)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

// Only names written wholly in these scripts follow the "Given [particles] Family" order the parser assumes.
const WESTERN_NAME = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}.'’ -]+$/u;

/**
 * A reviewer's name as CSL: "Jan van der Berg" → given Jan, particle "van der", family Berg
 * (parsed by `@citation-js/name`), so styles can write "van der Berg, J.". Names that cannot be
 * split safely stay literal and are printed as written: one word, names with commas
 * ("King, Jr."), and names in scripts whose order is not given-then-family (王小明, محمد عبد الله).
 */
export function cslName(raw: string): CslName {
  const name = oneLine(raw);
  if (!name.includes(' ') || !WESTERN_NAME.test(name)) return { literal: name };
  const parsed = parseName(name) as { given?: string; family?: string; 'non-dropping-particle'?: string };
  if (!parsed.family || !parsed.given) return { literal: name };
  return {
    given: parsed.given,
    ...(parsed['non-dropping-particle'] && { 'non-dropping-particle': parsed['non-dropping-particle'] }),
    family: parsed.family,
  };
}

/**
 * The people a scan's provenance names as the audit's authors: those who made it by hand
 * (`auditors`), then those who checked it against the paper (`reviews`), each name once. A program
 * is never an author; a scan without provenance, or made by a program and unchecked, names no one.
 */
export function provenancePeople(provenance: Pick<Provenance, 'auditors' | 'reviews'> | undefined): Reviewer[] {
  const people = [...(provenance?.auditors ?? []), ...(provenance?.reviews ?? []).map((review) => review.reviewer)];
  return [...new Set(namesOf(people))].map((name) => ({ name }));
}

/** The people's names on one line each, blank ones dropped. */
function namesOf(reviewers: readonly Reviewer[] | undefined): string[] {
  return (reviewers ?? []).map((reviewer) => oneLine(reviewer.name)).filter(Boolean);
}

/** The authors' names as written, for tags that take one name each (Highwire `citation_author`): the people, or the project. */
export function citedAuthorNames(reviewers: readonly Reviewer[] | undefined): string[] {
  const named = namesOf(reviewers);
  return named.length > 0 ? named : [AUDIT_AUTHOR];
}

/** The authors credited: the reviewers when the scan names any, otherwise the project as an institution. */
export function citedAuthors(reviewers: readonly Reviewer[] | undefined): CslName[] {
  const named = namesOf(reviewers);
  return named.length > 0 ? named.map(cslName) : [{ literal: AUDIT_AUTHOR }];
}

/**
 * The CSL-JSON record of the audit. Typed `webpage`, which is what an audit is: with it APA,
 * Chicago and the others print the day and "Glassbox" as the site, BibTeX gets `@misc`,
 * BibLaTeX `@online` and RIS `ELEC`; `review` would drop the publisher in APA, make BibTeX an
 * `@article` without a journal and put the paper's authors in RIS's author tags. The reviewed
 * paper still appears through `reviewed-title` and `reviewed-author` ("[Review of …, by …]").
 */
export function cslRecord(input: AuditCitationInput): CslRecord & { note: string } {
  const { paper, version } = input;
  return {
    id: citationKey(input.id, version),
    type: 'webpage',
    title: auditTitle(paper),
    author: citedAuthors(input.reviewers),
    publisher: PUBLISHER,
    ...(version && { issued: { 'date-parts': [dateParts(version.date)] }, version: version.short }),
    URL: permalink(input.pageUrl, version),
    'reviewed-title': oneLine(paper.title),
    // Paper authors stay literal: splitting a byline by guesswork would mangle many names.
    'reviewed-author': paper.authors.map((name) => ({ literal: oneLine(name) })),
    note: reviewedWork(paper, version),
  };
}

/** The audited paper and audit version in one sentence, for BibTeX and RIS notes (they have no reviewed-work field). */
export function reviewedWork(paper: Paper, version: CitedVersion | null): string {
  const audited = `Transparency audit of ${authorsShort(paper.authors)} (${paper.year}), "${oneLine(paper.title)}", ${venueAndIdentifier(paper)}`;
  return version ? `${audited}. Audit version ${version.short}` : `${audited}. Unversioned audit`;
}

/** "NeurIPS, doi:…", or just "arXiv:…" when the venue is arXiv itself. */
function venueAndIdentifier(paper: Paper): string {
  const identifier = paperIdentifier(paper);
  const venue = oneLine(paper.venue);
  return identifier.toLowerCase().startsWith(venue.toLowerCase() + ':') ? identifier : `${venue}, ${identifier}`;
}

/** Collapse line breaks and runs of white space, which would split a citation line or a RIS tag. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
