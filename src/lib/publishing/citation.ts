/**
 * Citations of one audit at one version, every style and format rendered by citation-js from the
 * one CSL-JSON record of `citation-record.ts`: APA, Chicago (author-date), MLA, IEEE, Harvard and
 * Vancouver through citeproc-js, plus BibTeX, BibLaTeX, RIS and CSL-JSON.
 *
 * Styles are plain text (never citeproc's HTML), so scan text reaches pages only through the
 * template's escaping. Rendering a style costs citeproc 1–5 ms of CPU per audit, so records of
 * one shape share a layout (style-layouts.ts), and callers choose which styles to render
 * (`citationStylesToRender`); the data formats cost about 0.1 ms.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import CSL, { type Engine } from 'citeproc';
import chicagoAuthorDate from './csl-styles/chicago-author-date.csl?raw';
import ieee from './csl-styles/ieee.csl?raw';
import mla from './csl-styles/modern-language-association.csl?raw';
import { cslRecord, type AuditCitationInput, type CslName, type CslRecord } from './citation-record.ts';
import { StyleLayouts, type TextCase } from './style-layouts.ts';

export * from './citation-record.ts';

/** A citation style rendered by citeproc. */
export interface CitationStyle {
  key: 'apa' | 'chicago' | 'mla' | 'ieee' | 'harvard' | 'vancouver';
  label: string;
  /** Template name in citation-js: bundled by `@citation-js/plugin-csl`, or registered below from `csl-styles/`. */
  template: string;
}

/** The styles offered, in the order a picker lists them (APA first: it is the default). */
export const CITATION_STYLES: readonly CitationStyle[] = [
  { key: 'apa', label: 'APA (7th edition)', template: 'apa' },
  { key: 'chicago', label: 'Chicago (author-date)', template: 'chicago-author-date' },
  { key: 'mla', label: 'MLA (9th edition)', template: 'modern-language-association' },
  { key: 'ieee', label: 'IEEE', template: 'ieee' },
  { key: 'harvard', label: 'Harvard (Cite Them Right)', template: 'harvard1' },
  { key: 'vancouver', label: 'Vancouver', template: 'vancouver' },
];

/** Key of a citation style. */
export type CitationStyleKey = CitationStyle['key'];

/** The styles every audit page carries whatever the number of audits. */
export const DEFAULT_STYLES: readonly CitationStyleKey[] = ['apa'];

/** A downloadable bibliography file of one audit, written under `/papers/<id>/`. */
export interface CitationFile {
  /** File name, e.g. `cite.bib`. */
  name: string;
  contentType: string;
  text: string;
}

/** The data formats, each also a downloadable file. */
export const CITATION_DATA_FORMATS = [
  { key: 'bibtex', label: 'BibTeX', file: 'cite.bib', contentType: 'application/x-bibtex; charset=utf-8' },
  { key: 'biblatex', label: 'BibLaTeX', file: 'cite.biblatex.bib', contentType: 'application/x-bibtex; charset=utf-8' },
  { key: 'ris', label: 'RIS', file: 'cite.ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  { key: 'csl-json', label: 'CSL-JSON', file: 'cite.json', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

/** Key of a data format. */
export type CitationDataKey = (typeof CITATION_DATA_FORMATS)[number]['key'];

/** One rendered citation: a style (text to paste) or a data format (text that is also a file). */
export interface CitationFormat {
  key: CitationStyleKey | CitationDataKey;
  label: string;
  kind: 'style' | 'data';
  text: string;
  /** For data formats: the file name it is downloaded as. */
  file?: string;
}

/** citation-js's register of CSL styles (its `Register`). */
interface CslRegister {
  get(name: string): string;
  set(name: string, xml: string): void;
}
const cslConfig = plugins.config.get('@csl') as {
  styles: CslRegister;
  /** citation-js's citeproc engine for a style: made once per style and locale, then reused. */
  engine(data: object[], style: string, lang: string, format: string): Engine;
};
cslConfig.styles.set('chicago-author-date', chicagoAuthorDate);
cslConfig.styles.set('modern-language-association', mla);
cslConfig.styles.set('ieee', ieee);
// Every style without its sort keys, before any engine is built from it (see `withoutSort`).
for (const { template } of CITATION_STYLES) cslConfig.styles.set(template, withoutSort(cslConfig.styles.get(template)));
// Our citation key, as written, instead of one derived from author and year; UTF-8 rather than TeX
// escapes, because citation-js's ASCII mode mangles Greek and drops CJK (see `bibtexRecord`).
Object.assign((plugins.config.get('@bibtex') as { format: object }).format, { useIdAsLabel: true, checkLabel: false, asciiOnly: false });

/**
 * A CSL style without its `<sort>` elements. Each audit's citation is a bibliography of one entry,
 * so there is nothing to sort; and citeproc-js (2.4.63) expands the macros a sort key calls inline,
 * again for every key, when it builds an engine. APA's sort keys made its engine 96 MB of heap and
 * 1.2 s to build, against 2.4 MB and 50 ms without, held through the whole build (the fix upstream,
 * Juris-M/citeproc-js#276, is not released). Tests check the output is the original style's.
 */
export function withoutSort(styleXml: string): string {
  return styleXml.replace(/<sort\b[^>]*>[\s\S]*?<\/sort>/g, '');
}

/** One style of the record as plain text, by citeproc itself (what every layout is checked against). */
export function citeprocText(record: CslRecord, style: CitationStyle): string {
  return (new Cite(record).format('bibliography', { template: style.template, format: 'text', lang: 'en-US' }) as string).trim();
}

/** Layouts shared by every audit of a build: the same shape is laid out once (see style-layouts.ts). */
const layouts = new StyleLayouts();

const textCases = new Map<CitationStyleKey, TextCase>();

/**
 * The style's title case, as citeproc applies it: its own formatter, given an engine of the style
 * (which carries the locale's list of words title case leaves in lower case). Chicago and MLA set
 * titles in title case; with this, their records share layouts too instead of each costing citeproc
 * 1.5–2.5 ms (about 2.6 s of a 1,000-scan build, which renders every style).
 */
export function textCaseOf(style: CitationStyle): TextCase {
  let textCase = textCases.get(style.key);
  if (!textCase) {
    // The engine citation-js renders the style with: building another would parse the style again.
    const engine = cslConfig.engine([], style.template, 'en-US', 'text');
    textCase = { title: (text) => CSL.Output.Formatters.title(engine, text) };
    textCases.set(style.key, textCase);
  }
  return textCase;
}

/** One style of the record as plain text: citeproc's output, through a layout of the record's shape when one can be trusted. */
function renderStyle(record: CslRecord, style: CitationStyle): string {
  return layouts.render(style.key, record, (shaped) => citeprocText(shaped, style), textCaseOf(style));
}

/** RIS has no particle field, and citation-js drops particles: fold them into the family name ("van der Berg, Jan"). */
function risName(name: CslName): CslName {
  if ('literal' in name || !name['non-dropping-particle']) return name;
  const { 'non-dropping-particle': particle, ...rest } = name;
  return { ...rest, family: `${particle} ${rest.family}` };
}

/**
 * RIS text: citation-js maps the record to tags, and the tags are written here one per line,
 * because its own writer breaks values every 70 characters, which splits URLs for most readers.
 */
function toRisText(record: CslRecord): string {
  const [entry] = new Cite({ ...record, author: record.author.map(risName) }).format('ris', { format: 'object' }) as Record<string, unknown>[];
  const lines = Object.entries(entry!)
    .filter(([tag]) => tag !== 'TY')
    .flatMap(([tag, value]) => [value].flat().map((item) => `${tag}  - ${String(item)}`));
  return [`TY  - ${String(entry!.TY)}`, ...lines, 'ER  - '].join('\n');
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escape text for a BibTeX field so no character of a title or name can end the field or run TeX. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~<>]/g, (char) => TEX_SPECIALS[char]!);
}

function bibtexName(name: CslName): CslName {
  if ('literal' in name) return { literal: bibtexEscape(name.literal) };
  return Object.fromEntries(Object.entries(name).map(([part, value]) => [part, bibtexEscape(value)])) as CslName;
}

/**
 * The record as the BibTeX writer must see it. citation-js either escapes TeX specials and
 * transliterates to ASCII (dropping CJK characters and mangling Greek), or writes UTF-8 with no
 * escaping at all, letting a `}` in a title end the field. So it writes UTF-8, and the specials
 * of every free-text field are escaped here first. URLs keep their characters (biblatex reads
 * them verbatim) except braces and white space, which would break the field.
 */
function bibtexRecord(record: CslRecord): CslRecord {
  return {
    ...record,
    title: bibtexEscape(record.title),
    author: record.author.map(bibtexName),
    publisher: bibtexEscape(record.publisher),
    ...(record.note !== undefined && { note: bibtexEscape(record.note) }),
    URL: record.URL.replace(/[{}\s]/g, (char) => encodeURIComponent(char)),
  };
}

/** CSL-JSON as the text to copy: an array of one item, one field per line (fully indented JSON runs to dozens of lines). */
export function cslJsonText(record: CslRecord): string {
  const fields = Object.entries(record).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]`;
}

function dataText(key: CitationDataKey, record: CslRecord): string {
  switch (key) {
    case 'bibtex':
    case 'biblatex':
      return (new Cite(bibtexRecord(record)).format(key) as string).trim();
    case 'ris':
      return toRisText(record);
    case 'csl-json':
      return cslJsonText(record);
  }
}

/** Options of `citationFormats`. */
export interface CitationFormatOptions {
  /** Styles to render (default: all); data formats are always included. */
  styles?: readonly CitationStyleKey[];
  /**
   * Whether data formats carry their text (default true). A page that only links their files
   * (see `inlineData` in citation-choices.ts) asks for none: their text is left empty, not rendered.
   */
  dataText?: boolean;
}

/**
 * Every citation of a CSL record, styles first (in `CITATION_STYLES` order, limited to
 * `options.styles`), then BibTeX, BibLaTeX, RIS and CSL-JSON.
 */
export function recordCitations(record: CslRecord, options: CitationFormatOptions = {}): CitationFormat[] {
  const wanted = new Set(options.styles ?? CITATION_STYLES.map((style) => style.key));
  const styles = CITATION_STYLES.filter((style) => wanted.has(style.key)).map((style): CitationFormat => ({
    key: style.key,
    label: style.label,
    kind: 'style',
    text: renderStyle(record, style),
  }));
  const data = CITATION_DATA_FORMATS.map((format): CitationFormat => ({
    key: format.key,
    label: format.label,
    kind: 'data',
    text: options.dataText === false ? '' : dataText(format.key, record),
    file: format.file,
  }));
  return [...styles, ...data];
}

/** The downloadable files of a CSL record (`cite.bib`, `cite.biblatex.bib`, `cite.ris`, `cite.json`), each ending in a newline. */
export function recordFiles(record: CslRecord): CitationFile[] {
  return CITATION_DATA_FORMATS.map((format) => ({
    name: format.file,
    contentType: format.contentType,
    // The file is a CSL-JSON array, like the text shown, so reference managers import it as is.
    text: `${format.key === 'csl-json' ? JSON.stringify([record], null, 2) : dataText(format.key, record)}\n`,
  }));
}

/** Every citation of the audit (see `recordCitations`). */
export function citationFormats(input: AuditCitationInput, options: CitationFormatOptions = {}): CitationFormat[] {
  return recordCitations(cslRecord(input), options);
}

/** The downloadable files of the audit, for the build to write under `/papers/<id>/`. */
export function citationFiles(input: AuditCitationInput): CitationFile[] {
  return recordFiles(cslRecord(input));
}

/** Most audits for which `CITATION_STYLES=auto` renders every style into the pages (about 10 s of CPU at ~10 ms each). */
export const ALL_STYLES_MAX_SCANS = 1000;

/**
 * Which styles the build renders into audit pages, from env `CITATION_STYLES`: `all`, `default`
 * (APA only), or `auto` (the default: all styles up to `ALL_STYLES_MAX_SCANS` audits, APA only
 * above, where every style would add minutes to the build). Data formats are always rendered.
 */
export function citationStylesToRender(scanCount: number, env: Record<string, string | undefined> = process.env): CitationStyleKey[] {
  const setting = env.CITATION_STYLES ?? 'auto';
  const all = CITATION_STYLES.map((style) => style.key);
  if (setting === 'all') return all;
  if (setting === 'default') return [...DEFAULT_STYLES];
  if (setting !== 'auto') throw new Error(`CITATION_STYLES must be auto, all or default, got ${JSON.stringify(setting)}`);
  return scanCount <= ALL_STYLES_MAX_SCANS ? all : [...DEFAULT_STYLES];
}

/** APA reference line (plain text). */
export function toApa(input: AuditCitationInput): string {
  return citationFormats(input, { styles: ['apa'] })[0]!.text;
}

/** BibTeX entry (`@misc`). */
export function toBibtex(input: AuditCitationInput): string {
  return dataText('bibtex', cslRecord(input));
}

/** CSL-JSON record, for Zotero, Pandoc and citeproc. */
export function toCslJson(input: AuditCitationInput): CslRecord {
  return cslRecord(input);
}

/** CSL-JSON as the text to copy (see `cslJsonText`). */
export function toCslJsonText(input: AuditCitationInput): string {
  return cslJsonText(cslRecord(input));
}
