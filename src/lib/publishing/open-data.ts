/**
 * The downloadable data: `/data/scores.csv` (one row per paper) and `/data/scans.json` (every
 * scan with its computed scores), plus the column documentation the `/data/` page prints.
 * Columns come from the rubric and the schema, so a new rubric item is a new column with its
 * documentation, and nothing here is typed twice.
 */
import Papa from 'papaparse';
import { paperAgreement, paperAudits } from '../agreement/paper-agreement.ts';
import { isDisputed, openStatements, type NamedReply } from '../replies/replies.ts';
import { itemAnswer } from '../scan-format/answers.ts';
import { AUDIT_ORIGINS, AUDIT_ORIGIN_WORDS, auditOrigin } from '../scan-format/audit-origin.ts';
import { reviewCoverage } from '../scan-format/provenance.ts';
import { RUBRIC, allItems, scanRubricVersion } from '../scan-format/rubric.ts';
import { paperSchema, type Scan } from '../scan-format/schema.ts';
import type { ListedScan } from '../scan-format/listed-scan.ts';
import type { ScanScores, Score } from '../scoring/scoring.ts';

/** One scan as the data exports see it. */
export interface DataRecord {
  id: string;
  scan: Scan;
  scores: ScanScores;
  /** The version (last commit) of the scan file, or null when unversioned. */
  version: { commit: string; date: string } | null;
  /** Independent audits and replies; absent means none. */
  companions?: CompanionFacts;
}

/**
 * A data record without its scan: what the build keeps and hands its file writer. The scan is
 * added from its committed file when the data is written, so it is published as committed.
 */
export type DataRecordFacts = Omit<DataRecord, 'scan'>;

/** What a row of `scores.csv` is made from: a data record whose scan needs no answer text. */
export type ScoresCsvRecord = DataRecordFacts & { scan: ListedScan };

/** What the data says about a paper's independent audits and the replies to its audit. */
export interface CompanionFacts {
  /** File names of the independent audits (`scans/<id>/audits/<name>.json`), besides the published one. */
  audits: string[];
  /** Share of checklist items on which every audit gives the same answer, 0 to 1; null without an independent audit. */
  items_agreed: number | null;
  /** Every reply, oldest first, by file name (`scans/<id>/replies/<name>.json`). */
  replies: NamedReply[];
  /** Statements of the replies still open. */
  open_statements: number;
  /** Some statement is still open. */
  disputed: boolean;
}

/** The facts of a paper without independent audits or replies. */
export const NO_COMPANIONS: CompanionFacts = { audits: [], items_agreed: null, replies: [], open_statements: 0, disputed: false };

/** The companion facts of a published scan, its independent audits and its replies. */
export function companionFacts(published: ListedScan, audits: readonly { name: string; scan: ListedScan }[], replies: readonly NamedReply[]): CompanionFacts {
  if (audits.length === 0 && replies.length === 0) return NO_COMPANIONS;
  const agreement = audits.length ? paperAgreement(paperAudits(published, audits)) : undefined;
  return {
    audits: audits.map((audit) => audit.name).sort(),
    items_agreed: agreement ? (agreement.items.length - agreement.disagreements.length) / agreement.items.length : null,
    // Name and reply only: the build's records also carry where the file lies on the machine that built them.
    replies: replies.map(({ name, reply }) => ({ name, reply })),
    open_statements: openStatements(replies).length,
    disputed: isDisputed(replies),
  };
}

/** A documented column of the CSV. */
export interface ColumnDoc {
  name: string;
  description: string;
}

const PAPER_FIELDS = ['title', 'year', 'venue'] as const;

function fieldDescription(field: (typeof PAPER_FIELDS)[number]): string {
  return paperSchema.shape[field].description ?? field;
}

/** Every column of `scores.csv`, in order, with what it holds. */
export function csvColumns(): ColumnDoc[] {
  const scoreColumns = (prefix: string, what: string): ColumnDoc[] => [
    { name: `${prefix}_score`, description: `${what}: share of applicable items answered yes, 0 to 1 (4 decimals); empty when no item applies` },
    { name: `${prefix}_yes`, description: `${what}: number of applicable items answered yes` },
    { name: `${prefix}_applicable`, description: `${what}: number of items that apply` },
  ];
  return [
    { name: 'id', description: 'Scan id: the arXiv id (old-style ids keep their slash) or a slug; the audit page is /papers/<id>/' },
    ...PAPER_FIELDS.map((field) => ({ name: field, description: fieldDescription(field) })),
    { name: 'version_commit', description: 'Git commit of the scan file’s last change; empty when unversioned' },
    { name: 'version_date', description: 'Date of that commit (ISO 8601); empty when unversioned' },
    ...scoreColumns('overall', 'All categories'),
    ...RUBRIC.flatMap((category) => scoreColumns(category.key, category.label)),
    { name: 'red_flags', description: 'Number of red flags the audit raised' },
    ...PROVENANCE_COLUMNS,
    ...COMPANION_COLUMNS,
    ...allItems().map(({ category, item }) => ({
      name: itemColumn(category.key, item.key),
      description: `${item.question} yes, no, or na (not applicable); empty when not assessed under the scan's rubric version`,
    })),
  ];
}

// Second opinions and replies: how far independent audits agree, and whether the audit is disputed.
const COMPANION_COLUMNS: ColumnDoc[] = [
  { name: 'independent_audits', description: 'Independent audits of the same paper besides the published one (files in scans/<id>/audits/)' },
  {
    name: 'items_agreed',
    description: 'Share of checklist items on which every audit of the paper gives the same answer, 0 to 1 (4 decimals); empty without an independent audit',
  },
  { name: 'replies', description: 'Replies to the audit by its authors or others (files in scans/<id>/replies/)' },
  { name: 'open_statements', description: 'Statements in those replies still open' },
  { name: 'disputed', description: 'true when some statement is still open, otherwise false' },
];

function companionCells({ audits, items_agreed, replies, open_statements, disputed }: CompanionFacts): string[] {
  return [String(audits.length), items_agreed === null ? '' : fourDecimals(items_agreed), String(replies.length), String(open_statements), String(disputed)];
}

// How each audit was made, so a reader can tell a program's unchecked answers from a person's.
const PROVENANCE_COLUMNS: ColumnDoc[] = [
  {
    name: 'audit_made',
    description: `How the audit was made: ${AUDIT_ORIGINS.map((origin) => `${origin} (${AUDIT_ORIGIN_WORDS[origin].toLowerCase()})`).join(', ')}`,
  },
  {
    name: 'reviewed',
    description: 'How many of its answers a person checked: none, partial or full (a person made it, or reviews covered every item); empty when not recorded',
  },
  { name: 'rubric_version', description: 'Rubric version the checklist answered; items added since are empty in the item columns and not scored' },
  { name: 'tool', description: 'Name and version of the program that made the audit; empty when none is recorded' },
  { name: 'model', description: 'Name and version or date of the language model the program used; empty when none is recorded' },
];

function provenanceCells(scan: ListedScan): string[] {
  const { tool, model } = scan.provenance ?? {};
  const coverage = reviewCoverage(scan);
  return [
    auditOrigin(scan),
    coverage === 'unrecorded' ? '' : coverage,
    String(scanRubricVersion(scan)),
    tool ? `${tool.name} ${tool.version}` : '',
    model ? [model.name, model.version, model.date].filter(Boolean).join(' ') : '',
  ];
}

/** Column name of a checklist item: `artifacts.code_released`. */
export function itemColumn(categoryKey: string, itemKey: string): string {
  return `${categoryKey}.${itemKey}`;
}

/** A score value rounded for the CSV (4 decimals), or empty when not applicable. */
export function csvScore(score: Score): string {
  return score.value === null ? '' : fourDecimals(score.value);
}

function fourDecimals(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

function csvRow(record: ScoresCsvRecord): string[] {
  const { scan, scores } = record;
  const scoreCells = (score: Score) => [csvScore(score), String(score.yes), String(score.applicable)];
  return [
    record.id,
    scan.paper.title,
    String(scan.paper.year),
    scan.paper.venue,
    record.version?.commit ?? '',
    record.version?.date ?? '',
    ...scoreCells(scores.overall),
    ...RUBRIC.flatMap((category) => scoreCells(scores.categories[category.key])),
    String(scores.redFlagCount),
    ...provenanceCells(scan),
    ...companionCells(record.companions ?? NO_COMPANIONS),
    ...allItems().map(({ category, item }) => {
      const answer = scan.checklist[category.key]?.[item.key];
      return answer ? itemAnswer(answer) : '';
    }),
  ];
}

const FORMULA_START = /^[=+\-@\t\r]/;

// Spreadsheet apps run cells starting with = + - @ as formulas; Papa prefixes those with '.
// Its built-in pattern (`^[=+\-@\t\r].*$`) misses cells containing a line break, hence our own.
const CSV_OPTIONS = { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false };

/** The line ending between the rows of `scores.csv`. */
export const CSV_NEWLINE = CSV_OPTIONS.newline;

/** `scores.csv`: a header row and one row per scan (RFC 4180, CRLF line ends). */
export function scoresCsv(records: readonly ScoresCsvRecord[]): string {
  return Papa.unparse({ fields: csvColumns().map((column) => column.name), data: records.map(csvRow) }, CSV_OPTIONS);
}

/**
 * `scores.csv` a row at a time, for a build that writes it as it reads each scan: the header, each
 * record's row after a `CSV_NEWLINE`, then `scoresCsvTail`, is exactly `scoresCsv` (a test checks).
 */
export function scoresCsvHeader(): string {
  return Papa.unparse([csvColumns().map((column) => column.name)], CSV_OPTIONS);
}

/** One record's row of `scores.csv` (see `scoresCsvHeader`). */
export function scoresCsvRow(record: ScoresCsvRecord): string {
  return Papa.unparse([csvRow(record)], CSV_OPTIONS);
}

/** The end of `scores.csv` after its last row: nothing, except that Papa ends a file of no rows with a line end. */
export function scoresCsvTail(rowCount: number): string {
  return rowCount === 0 ? CSV_NEWLINE : '';
}

/**
 * `scans.json` in pieces: every scan exactly as validated, with its version and computed scores.
 * Written piece by piece because at 10,000 scans the whole document is over 100 MB, and one
 * string of it (plus its encoded copy) would crowd the build's memory.
 */
export function* scansJsonChunks(records: Iterable<DataRecord>, count: number, schemaUrl: string): Generator<string> {
  yield scansJsonHead(schemaUrl, count);
  let first = true;
  for (const record of records) {
    yield (first ? '' : ',') + dataRecordJson(record);
    first = false;
  }
  yield SCANS_JSON_TAIL;
}

/** The text of `scans.json` before its first record. */
export function scansJsonHead(schemaUrl: string, count: number): string {
  return `{"scan_schema":${JSON.stringify(schemaUrl)},"count":${count},"scans":[`;
}

/** The text of `scans.json` after its last record. */
export const SCANS_JSON_TAIL = ']}';

/** One record of `scans.json` (and one line of the data shards): `{id, version, scores, scan}`, on one line. */
export function dataRecordJson(record: DataRecord): string {
  const { id, version, scores, scan, companions = NO_COMPANIONS } = record;
  return JSON.stringify({ id, version, scores, companions, scan });
}

/** `scans.json` as one string (for small sets and tests). */
export function scansJson(records: readonly DataRecord[], schemaUrl: string): string {
  return [...scansJsonChunks(records, records.length, schemaUrl)].join('');
}
