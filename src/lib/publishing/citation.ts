/**
 * Citations of one audit at one version: BibTeX, an APA-style line and CSL-JSON.
 *
 * The work cited is the audit, never the paper: its title says so, its authors are the
 * Glassbox contributors, its publisher is Glassbox, and the audited paper appears as the
 * reviewed work. A citation pins the version (short commit and its date) and links to a
 * permalink carrying that version, so it stays meaningful after the audit changes.
 * Inputs are explicit (no git, no clock), so the same input always gives the same text.
 */
import type { Paper } from '../scan-format/schema.ts';

/** The site that publishes audits, as named in citations. */
export const PUBLISHER = 'Glassbox';
/** The collective author of every audit. */
export const AUDIT_AUTHOR = 'Glassbox contributors';

/** The git version of an audit being cited. */
export interface CitedVersion {
  /** Short commit id, e.g. `15c8dec`. */
  short: string;
  /** ISO 8601 date of the commit; only the calendar date is used. */
  date: string;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Year, month and day of an ISO date as written (the committer's calendar day, not converted to UTC). */
export function dateParts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`expected an ISO date, got ${JSON.stringify(isoDate)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** BibTeX entry (`@misc`) for the audit. */
export function toBibtex(input: AuditCitationInput): string {
  const { paper, version } = input;
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(auditTitle(paper))}}`],
    ['author', `{${bibtexEscape(AUDIT_AUTHOR)}}`],
    ['publisher', bibtexEscape(PUBLISHER)],
  ];
  if (version) {
    const [year, month, day] = dateParts(version.date);
    fields.push(
      ['year', String(year)],
      ['month', BIBTEX_MONTHS[month - 1]!],
      ['date', `${year}-${pad(month)}-${pad(day)}`],
      ['version', bibtexEscape(version.short)],
    );
  }
  fields.push(['url', bibtexUrl(permalink(input.pageUrl, version))], ['note', bibtexEscape(reviewedWork(paper, version))]);
  const body = fields.map(([name, value]) => `  ${name} = ${name === 'month' ? value : `{${value}}`},`).join('\n');
  return `@misc{${citationKey(input.id, version)},\n${body}\n}`;
}

/** APA-style reference line for the audit (plain text). */
export function toApa(input: AuditCitationInput): string {
  const { paper, version } = input;
  const date = version ? apaDate(version.date) : 'n.d.';
  const versionNote = version ? ` (Version ${version.short})` : '';
  const reviewed = `[Review of the paper ${oneLine(paper.title)}, by ${authorsShort(paper.authors)} (${paper.year}), ${paperIdentifier(paper)}]`;
  return `${AUDIT_AUTHOR}. (${date}). ${auditTitle(paper)}${versionNote} ${reviewed}. ${PUBLISHER}. ${permalink(input.pageUrl, version)}`;
}

/** CSL-JSON item (type `review`) for the audit, for Zotero, Pandoc and citeproc. */
export function toCslJson(input: AuditCitationInput): Record<string, unknown> {
  const { paper, version } = input;
  return {
    id: citationKey(input.id, version),
    type: 'review',
    title: auditTitle(paper),
    author: [{ literal: AUDIT_AUTHOR }],
    publisher: PUBLISHER,
    ...(version && { issued: { 'date-parts': [dateParts(version.date)] }, version: version.short }),
    URL: permalink(input.pageUrl, version),
    'reviewed-title': oneLine(paper.title),
    // Names stay literal: splitting "given family" by guesswork would mangle many names.
    'reviewed-author': paper.authors.map((name) => ({ literal: oneLine(name) })),
    note: venueAndIdentifier(paper),
  };
}

/** CSL-JSON as the text to copy: an array of one item, one field per line (fully indented JSON runs to dozens of lines). */
export function toCslJsonText(input: AuditCitationInput): string {
  const fields = Object.entries(toCslJson(input)).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]`;
}

function reviewedWork(paper: Paper, version: CitedVersion | null): string {
  const audited = `Transparency audit of ${authorsShort(paper.authors)} (${paper.year}), "${oneLine(paper.title)}", ${venueAndIdentifier(paper)}`;
  return version ? `${audited}. Audit version ${version.short}` : `${audited}. Unversioned audit`;
}

/** "NeurIPS, doi:…", or just "arXiv:…" when the venue is arXiv itself. */
function venueAndIdentifier(paper: Paper): string {
  const identifier = paperIdentifier(paper);
  const venue = oneLine(paper.venue);
  return identifier.toLowerCase().startsWith(venue.toLowerCase() + ':') ? identifier : `${venue}, ${identifier}`;
}

function apaDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${year}, ${MONTHS[month - 1]} ${day}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Collapse line breaks and runs of white space, which would split a citation line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escape text for a BibTeX field so no character of a title can end the field or run TeX. */
export function bibtexEscape(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_^~]/g, (char) => BIBTEX_SPECIALS[char]!);
}

/** URLs keep their characters (biblatex reads them verbatim) except braces and spaces, which would break the field. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (char) => encodeURIComponent(char));
}
