/**
 * The scan format: one zod schema that gives the TypeScript types, the validator and the
 * published JSON Schema (`/schema/scan.schema.json`).
 *
 * The allowed checklist categories and items come from the rubric data, so they are never
 * typed twice. A scan is checked against the rubric version it declares (`rubric_version`,
 * default 1), so the schema is built per version: `scanSchemaFor(version)`, and
 * `scanSchemaForDocument` picks the one a document asks for. Objects are strict: an unknown key
 * is an error (usually a typo), except a top-level `$schema` that editors use to find the JSON Schema.
 *
 * Every field added after the first release (`rubric_version`, `provenance`, and `evidence` and
 * `confidence` on checklist answers) is optional, so scans written before them stay valid.
 */
import { z } from 'zod';
import { ISO_DATE_PATTERN, isCalendarDate, isFutureDate, latestToday } from './dates.ts';
import { ORCID_PATTERN, isValidOrcid, orcidCheckCharacter } from './orcid.ts';
import { RUBRIC_VERSIONS, currentRubric, itemRef, type RubricVersion, type RubricVersions } from './rubric.ts';
import { plausibleTypoOf } from './suggest.ts';
import { LINE_TEXT_PATTERN, LONG_TEXT_PATTERN, MAX_TEXT_LENGTH, SAFE_LINE_PATTERN, textProblemMessage, tooLongMessage, type TextKind } from './text-rules.ts';

export * from './vocabulary.ts';
import {
  ARXIV_ID_PATTERN,
  ARXIV_VERSION_PATTERN,
  AUDIT_METHODS,
  CONFIGURATION_PATTERN,
  DOI_PATTERN,
  GITHUB_HANDLE_PATTERN,
  HTTP_URL_PATTERN,
  SHA256_PATTERN,
  SUPPORT_LEVELS,
  type AuditMethod,
} from './vocabulary.ts';

/** The latest publication year accepted: papers can carry next year's date near year end. */
export function latestAcceptedYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

/**
 * A string with the checks every string shares: a length limit, no control characters (tab and
 * line feed allowed in long text), no unpaired surrogates, and for text something a reader can
 * see. One pattern rather than a refine, so the published JSON Schema carries it to editors too.
 */
function checkedString(what: string, kind: TextKind) {
  const pattern = kind.visible ? (kind.long ? LONG_TEXT_PATTERN : LINE_TEXT_PATTERN) : SAFE_LINE_PATTERN;
  return z
    .string()
    .max(MAX_TEXT_LENGTH, { error: (issue) => tooLongMessage(what, issue.input) })
    .regex(pattern, { error: (issue) => textProblemMessage(what, issue.input, kind) });
}

/** An identifier or address: one line, nothing hidden in it. */
const safeString = (what: string) => checkedString(what, { long: false, visible: false });

/** One line of text a reader must be able to see (a name, a title). */
const text = (what: string) => checkedString(what, { long: false, visible: true }).describe(what);

/** Text that may run over several lines and paragraphs (a justification, a quote). */
const longText = (what: string) => checkedString(what, { long: true, visible: true }).describe(what);

const year = z
  .number()
  .int({ error: 'year must be a whole number' })
  .min(1900, { error: (issue) => `year must be 1900 or later, got ${String(issue.input)}` })
  .max(latestAcceptedYear(), { error: (issue) => `year must be ${latestAcceptedYear()} or earlier, got ${String(issue.input)}` });

const arxivId = z
  .string()
  .regex(ARXIV_ID_PATTERN, {
    error: (issue) => `malformed arXiv id ${JSON.stringify(issue.input)}: expected e.g. "2405.05949", "2405.05949v2" or "hep-th/9901001"`,
  })
  .describe('arXiv identifier, new style (2405.05949) or old style (hep-th/9901001), optionally with a version');

const doi = safeString('doi')
  .regex(DOI_PATTERN, { error: (issue) => `malformed DOI ${JSON.stringify(issue.input)}: expected e.g. "10.1145/3442188.3445922"` })
  .describe('Digital Object Identifier without resolver prefix');

const httpUrl = safeString('url')
  .regex(HTTP_URL_PATTERN, { error: (issue) => `expected an http(s) URL, got ${JSON.stringify(issue.input)}` })
  .describe('Web address (http or https only)');

/** A YYYY-MM-DD date that exists and is not in the future. */
function pastDate(what: string) {
  return z
    .string()
    .regex(ISO_DATE_PATTERN, { error: (issue) => `${what} must be a date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` })
    .refine((date) => !ISO_DATE_PATTERN.test(date) || isCalendarDate(date), {
      error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a date that exists`,
    })
    .refine((date) => !isFutureDate(date), { error: (issue) => `${what} ${String(issue.input)} is in the future (today is ${latestToday()} at the latest)` })
    .meta({ format: 'date' });
}

/** Bibliographic data of the audited paper. */
export const paperSchema = z
  .strictObject({
    title: text('title').describe('Title of the paper as published'),
    authors: z.array(text('author name')).min(1, { error: 'authors must list at least one author' }).describe('Author names in byline order'),
    year: year.describe('Year of publication (first version)'),
    venue: text('venue').describe('Where the paper appeared, e.g. "NeurIPS" or "arXiv"'),
    arxiv_id: arxivId.optional(),
    doi: doi.optional(),
    url: httpUrl.optional().describe('Landing page of the paper when it has neither arXiv id nor DOI'),
  })
  .refine((paper) => paper.arxiv_id || paper.doi || paper.url, {
    error: 'paper needs at least one identifier: arxiv_id, doi or url',
  })
  .describe('The audited paper');

/** Where in the paper a quote is found; at least one part is given. */
export const locationSchema = z
  .strictObject({
    section: text('section').optional().describe('Section number or title, e.g. "4.2 Ablations"'),
    page: z
      .number()
      .int({ error: 'page must be a whole number' })
      .min(1, { error: (issue) => `page must be 1 or more, got ${String(issue.input)}` })
      .optional()
      .describe('Page of the version read, counting the first page as 1'),
    table: text('table').optional().describe('Table number or label, e.g. "2"'),
    figure: text('figure').optional().describe('Figure number or label, e.g. "3b"'),
    appendix: text('appendix').optional().describe('Appendix letter or title, e.g. "B"'),
  })
  .refine((location) => Object.keys(location).length > 0, { error: 'location needs at least one of section, page, table, figure or appendix' })
  .describe('Where the quote is in the paper');

/** A verbatim passage of the paper that an answer rests on. */
export const quoteSchema = z
  .strictObject({
    quote: longText('quote').describe('The passage exactly as the paper words it (no paraphrase); shorten with "…" if needed'),
    location: locationSchema,
  })
  .meta({ id: 'quote', description: 'A verbatim quote from the paper with where it is' });

/** One answered checklist item. */
export const checklistItemSchema = z
  .strictObject({
    applies: z.boolean().describe('Whether the item applies to this paper at all'),
    answer: z.boolean().describe('Whether the paper satisfies the item; false when it does not apply'),
    justification: longText('justification').describe('Evidence for the answer, citing sections, tables or URLs'),
    evidence: z.array(quoteSchema).optional().describe('Verbatim quotes from the paper that the answer rests on, each with its location'),
    confidence: z
      .number()
      .min(0, { error: (issue) => `confidence must be between 0 and 1, got ${String(issue.input)}` })
      .max(1, { error: (issue) => `confidence must be between 0 and 1, got ${String(issue.input)}` })
      .optional()
      .describe("For an answer made by a program: the program's confidence in it, from 0 to 1"),
  })
  .refine((item) => item.applies || !item.answer, {
    error: 'contradiction: "applies" is false but "answer" is true (an item that does not apply cannot be satisfied)',
    path: ['answer'],
  });

function categorySchema(category: RubricVersion['categories'][number]) {
  const items = Object.fromEntries(category.items.map((item) => [item.key, checklistItemSchema.describe(item.question)]));
  return z.strictObject(items).describe(category.summary);
}

/** The checklist of one rubric version: exactly its categories, each with exactly its items. */
export function checklistSchemaFor(rubric: RubricVersion) {
  return z
    .strictObject(Object.fromEntries(rubric.categories.map((category) => [category.key, categorySchema(category)])))
    .describe('Answers to every rubric item, grouped by category');
}

/** The checklist of the current rubric version. */
export const checklistSchema = checklistSchemaFor(currentRubric());

// For a document naming a rubric version that does not exist: its answers are still checked
// one by one, but against no particular list of items.
const anyChecklistSchema = z.record(z.string(), z.record(z.string(), checklistItemSchema)).describe('Answers to rubric items, grouped by category');

/** A claim the paper makes, and how well its evidence supports it. */
export const claimSchema = z
  .strictObject({
    claim: longText('claim').describe('The claim, as the paper makes it'),
    evidence: longText('evidence').describe('What in the paper supports or fails to support it'),
    supported: z
      .enum(SUPPORT_LEVELS, {
        error: (issue) => `expected one of ${SUPPORT_LEVELS.join(' | ')}, got ${JSON.stringify(issue.input)}`,
      })
      .describe('How well the evidence supports the claim'),
  })
  .describe('A claim and its support');

/** A problem a reader should know about. */
export const redFlagSchema = z
  .strictObject({
    flag: text('flag').describe('Short statement of the problem'),
    detail: longText('detail').describe('Explanation with evidence'),
  })
  .describe('A red flag');

/** A paper the audited paper builds on or compares against. */
export const citedPaperSchema = z
  .strictObject({
    title: text('title'),
    authors: z.array(text('author name')).describe('Author names; may be abbreviated to the first author'),
    year: year,
    relevance: longText('relevance').describe('Why this citation matters to the audit'),
    arxiv_id: arxivId.optional(),
    doi: doi.optional(),
    url: httpUrl.optional(),
  })
  .describe('A cited paper');

const orcid = z
  .string()
  .regex(ORCID_PATTERN, {
    error: (issue) =>
      `malformed ORCID iD ${JSON.stringify(issue.input)}: expected four groups of four characters, e.g. "0000-0002-1825-0097" (without https://orcid.org/)`,
  })
  .refine((value) => !ORCID_PATTERN.test(value) || isValidOrcid(value), {
    error: (issue) => {
      const value = String(issue.input);
      const expected = orcidCheckCharacter(value.replaceAll('-', '').slice(0, 15));
      return `ORCID iD ${JSON.stringify(value)} fails its checksum (ISO 7064 MOD 11-2): its digits give check character "${expected}", not "${value.at(-1)}"; a digit is probably mistyped`;
    },
  })
  .describe('ORCID iD, e.g. "0000-0002-1825-0097"; its last character is a checksum');

const githubHandle = z
  .string()
  .regex(GITHUB_HANDLE_PATTERN, {
    error: (issue) => `malformed GitHub user name ${JSON.stringify(issue.input)}: letters, digits and single hyphens, at most 39 characters, without "@"`,
  })
  .describe('GitHub user name, without "@"');

/** A person who audited or reviewed a scan. */
export const personSchema = z
  .strictObject({
    name: text('name').describe('Name as the person wants it shown'),
    orcid: orcid.optional(),
    github: githubHandle.optional(),
  })
  .meta({ id: 'person', description: 'A person, with optional ORCID iD and GitHub user name' });

const toolSchema = z
  .strictObject({
    name: text('tool name').describe('Name of the program that made the audit'),
    version: text('tool version').describe('Its version, e.g. "1.4.0" or a commit'),
    url: httpUrl.optional().describe('Where the program can be found (http or https only)'),
  })
  .describe('The program that made the audit');

const modelSchema = z
  .strictObject({
    name: text('model name').describe('Name of the language model the program used'),
    version: text('model version').optional().describe('Its version or snapshot name, as its provider gives it'),
    date: pastDate('model date').optional().describe('Date of the model snapshot, or the day it was used when it has no version, YYYY-MM-DD'),
  })
  .refine((model) => model.version !== undefined || model.date !== undefined, {
    error: 'model needs "version" or "date" (the snapshot, or the day it was used), so the same model can be named again',
  })
  .describe('The language model that read the paper');

const paperVersionSchema = z
  .strictObject({
    arxiv_version: z
      .string()
      .regex(ARXIV_VERSION_PATTERN, { error: (issue) => `malformed arXiv version ${JSON.stringify(issue.input)}: expected e.g. "v2"` })
      .optional()
      .describe('The arXiv version read, e.g. "v2"'),
    doi: doi.optional().describe('DOI of the version read, when it is not an arXiv version'),
    url: httpUrl.optional().describe('Web address of the version read, when it is not an arXiv version'),
    read_on: pastDate('read_on').optional().describe('Day the paper was read at that DOI or URL, YYYY-MM-DD'),
  })
  .refine((version) => version.arxiv_version !== undefined || version.read_on !== undefined || (version.doi === undefined && version.url === undefined), {
    error: 'a DOI or URL can change what it serves: add "read_on", the day the paper was read there',
    path: ['read_on'],
  })
  .refine((version) => version.arxiv_version !== undefined || version.doi !== undefined || version.url !== undefined, {
    error: 'paper_version needs "arxiv_version" (e.g. "v2"), or "doi" or "url" with "read_on"',
  })
  .describe('Which version of the paper was read');

type AnyRubric = RubricVersion | undefined;

/** `category` or `category/item` of the rubric version, or any such name when the version is unknown. */
function reviewedItemSchema(rubric: AnyRubric) {
  if (!rubric) return z.string().regex(/^[a-z0-9_]+(?:\/[a-z0-9_]+)?$/, { error: 'expected a category key or "category/item"' });
  const refs = rubric.categories.flatMap((category) => [category.key, ...category.items.map((item) => itemRef(category.key, item.key))]);
  return z.enum(refs as [string, ...string[]], {
    error: (issue) => {
      const suggestion = plausibleTypoOf(String(issue.input), refs);
      const hint = suggestion
        ? `did you mean ${JSON.stringify(suggestion)}?`
        : `expected a category key or "category/item" of rubric version ${rubric.version}`;
      return `unknown checklist item ${JSON.stringify(issue.input)}: ${hint}`;
    },
  });
}

function reviewSchema(rubric: AnyRubric) {
  return z
    .strictObject({
      reviewer: personSchema,
      reviewed_on: pastDate('reviewed_on').describe('Day the review was finished, YYYY-MM-DD'),
      covers: z
        .union([z.literal('all'), z.array(reviewedItemSchema(rubric)).min(1, { error: 'covers lists at least one item; write "all" for every item' })], {
          error: (issue) => `expected "all" or a list of items, got ${JSON.stringify(issue.input)}`,
        })
        .describe('What the reviewer checked against the paper: "all", or a list of categories ("artifacts") and items ("artifacts/code_released")'),
      notes: longText('notes').optional().describe('What the reviewer changed or questioned, if anything'),
    })
    .describe('A person who checked the answers against the paper');
}

function instructionsSchema(rubric: AnyRubric) {
  const version = rubric
    ? z.literal(rubric.version, {
        error: (issue) => `instructions are for rubric version ${JSON.stringify(issue.input)}, but this scan answers version ${rubric.version}`,
      })
    : z.number();
  return z
    .strictObject({
      rubric_version: version.describe("Rubric version of the instructions; the same as the scan's rubric_version"),
      sha256: z
        .string()
        .regex(SHA256_PATTERN, { error: (issue) => `malformed SHA-256 ${JSON.stringify(issue.input)}: expected 64 lowercase hexadecimal digits` })
        .describe('SHA-256 of the instructions text (published beside it as instructions.md)'),
    })
    .describe('The published scanner instructions the audit followed, named by version and hash');
}

// Two valid dates where the one that should come first comes after the other.
const outOfOrder = (earlier: string, later: string) => isCalendarDate(earlier) && isCalendarDate(later) && earlier > later;

function provenanceSchema(rubric: AnyRubric) {
  return z
    .strictObject({
      method: z
        .enum(AUDIT_METHODS, { error: (issue) => `expected one of ${AUDIT_METHODS.join(' | ')}, got ${JSON.stringify(issue.input)}` })
        .describe(
          'How the answers were made: "automated" (a program, unchecked), "human" (a person), or "automated_then_reviewed" (a program, then checked by the reviewers listed)',
        ),
      audited_on: pastDate('audited_on').describe('Day the audit was made, YYYY-MM-DD'),
      paper_version: paperVersionSchema.optional(),
      tool: toolSchema.optional(),
      model: modelSchema.optional(),
      configuration: text('configuration')
        .regex(CONFIGURATION_PATTERN, { error: 'a configuration named by hash is written "sha256:" and 64 lowercase hexadecimal digits' })
        .optional()
        .describe('Identifier or hash of the prompt and settings the program ran with, e.g. "sha256:" and 64 hexadecimal digits, or a release tag'),
      instructions: instructionsSchema(rubric).optional(),
      auditors: z
        .array(personSchema)
        .min(1, { error: 'auditors, when given, lists at least one person' })
        .optional()
        .describe('People who made the audit by hand'),
      reviews: z.array(reviewSchema(rubric)).optional().describe('People who checked the answers against the paper, and what each covered'),
    })
    .superRefine((provenance, context) => {
      const issue = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message, input: provenance });
      const reviewed = (provenance.reviews?.length ?? 0) > 0;
      if (provenance.method !== 'human' && !provenance.tool && !provenance.model)
        issue(['method'], `an audit made by method "${provenance.method}" names the program that made it: add "tool" or "model"`);
      if (provenance.method === 'automated_then_reviewed' && !reviewed)
        issue(['method'], 'method "automated_then_reviewed" needs at least one entry in "reviews"; without one, the method is "automated"');
      if (provenance.method === 'automated' && reviewed)
        issue(['method'], '"reviews" lists a review, so the method is "automated_then_reviewed", not "automated"');
      provenance.reviews?.forEach((review, index) => {
        if (outOfOrder(provenance.audited_on, review.reviewed_on))
          issue(
            ['reviews', index, 'reviewed_on'],
            `reviewed_on ${review.reviewed_on} is before audited_on ${provenance.audited_on}: a review follows the audit`,
          );
      });
      const readOn = provenance.paper_version?.read_on;
      if (readOn && outOfOrder(readOn, provenance.audited_on))
        issue(['paper_version', 'read_on'], `read_on ${readOn} is after audited_on ${provenance.audited_on}: the paper is read before the audit is made`);
    })
    .describe('How the audit was made, from which version of the paper, and who checked it');
}

/** The shape every version shares; the rubric decides the checklist, the reviewable items and the declared version. */
function scanShape(rubric: AnyRubric, versions: RubricVersions) {
  return {
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors'),
    rubric_version: rubricVersionSchema(rubric, versions),
    paper: paperSchema,
    checklist: (rubric ? checklistSchemaFor(rubric) : anyChecklistSchema) as z.ZodType<Record<string, CategoryAnswers>>,
    claims: z.array(claimSchema).describe('Claims the paper makes, with their support'),
    methodology_tags: z.array(text('methodology tag')).describe('Kinds of methodology, e.g. "benchmark-eval"'),
    key_findings: longText('key_findings').describe('What the paper finds, in a paragraph'),
    red_flags: z.array(redFlagSchema).describe('Problems a reader should know about'),
    cited_papers: z.array(citedPaperSchema).describe('Papers the audited paper builds on'),
    provenance: provenanceSchema(rubric).optional(),
  };
}

/**
 * `rubric_version` as a version's scans may write it: the first version may leave it out (scans
 * from before versions existed); a later one must be named. A version's schema depends on that
 * version alone, so its published instructions (which embed the schema) keep their hash when
 * later versions are added. The cast keeps one static type (`number`, optional) for all versions.
 */
function rubricVersionSchema(rubric: AnyRubric, versions: RubricVersions): z.ZodOptional<z.ZodNumber> {
  if (!rubric) {
    const known = versions.map((version) => version.version);
    return z
      .number()
      .refine((version) => known.includes(version), {
        error: (issue) => `unknown rubric version ${JSON.stringify(issue.input)}: this site knows version${known.length === 1 ? '' : 's'} ${known.join(', ')}`,
      })
      .optional()
      .describe('Version of the rubric the checklist answers') as unknown as z.ZodOptional<z.ZodNumber>;
  }
  const first = rubric.version === versions[0].version;
  const literal = z.literal(rubric.version);
  const description = `Version of the rubric the checklist answers: ${rubric.version}${first ? ' (may be left out: a scan without it answers version 1)' : ''}`;
  return (first ? literal.optional() : literal).describe(description) as unknown as z.ZodOptional<z.ZodNumber>;
}

/** Rules across fields of the whole scan, which no single part can check. */
function crossFieldRules(scan: { paper: Paper; checklist: Record<string, CategoryAnswers>; provenance?: Provenance | undefined }, context: z.RefinementCtx) {
  const provenance = scan.provenance;
  if (provenance?.method === 'human') {
    for (const [category, answers] of Object.entries(scan.checklist)) {
      for (const [item, answer] of Object.entries(answers)) {
        if (answer.confidence !== undefined)
          context.addIssue({
            code: 'custom',
            path: ['checklist', category, item, 'confidence'],
            message: 'confidence is for answers made by a program, but provenance.method is "human"',
            input: answer.confidence,
          });
      }
    }
  }
  if (provenance?.paper_version?.arxiv_version !== undefined && !scan.paper.arxiv_id)
    context.addIssue({
      code: 'custom',
      path: ['provenance', 'paper_version', 'arxiv_version'],
      message: 'the paper has no arxiv_id, so no arXiv version can have been read: give "doi" or "url" with "read_on"',
      input: provenance.paper_version.arxiv_version,
    });
}

/** The whole scan schema for one rubric version. */
export function scanSchemaFor(rubric: RubricVersion, versions: RubricVersions = RUBRIC_VERSIONS) {
  return z.strictObject(scanShape(rubric, versions)).superRefine(crossFieldRules).describe('A Glassbox transparency audit of one paper');
}

const schemaCache = new WeakMap<RubricVersion | RubricVersions, ReturnType<typeof scanSchemaFor>>();

function cached(key: RubricVersion | RubricVersions, build: () => ReturnType<typeof scanSchemaFor>): ReturnType<typeof scanSchemaFor> {
  let schema = schemaCache.get(key);
  if (!schema) schemaCache.set(key, (schema = build()));
  return schema;
}

/**
 * The schema a parsed document is checked against: that of the rubric version it declares (the
 * first when it declares none). A version that does not exist gets a schema that reports it and
 * checks everything else, with the checklist answers checked one by one.
 */
export function scanSchemaForDocument(document: unknown, versions: RubricVersions = RUBRIC_VERSIONS): ReturnType<typeof scanSchemaFor> {
  const declared = typeof document === 'object' && document !== null ? (document as { rubric_version?: unknown }).rubric_version : undefined;
  const rubric = declared === undefined ? versions[0] : versions.find((version) => version.version === declared);
  if (rubric) return cached(rubric, () => scanSchemaFor(rubric, versions));
  return cached(versions, () =>
    z.strictObject(scanShape(undefined, versions)).superRefine(crossFieldRules).describe('A Glassbox transparency audit of one paper'),
  );
}

/** The scan schema of the current rubric version. */
export const scanSchema = scanSchemaFor(currentRubric());

export type Scan = z.infer<typeof scanSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type CitedPaper = z.infer<typeof citedPaperSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteLocation = z.infer<typeof locationSchema>;
export type Person = z.infer<typeof personSchema>;
export type Provenance = z.infer<ReturnType<typeof provenanceSchema>>;
export type Review = Provenance extends { reviews?: (infer R)[] | undefined } ? R : never;
/** Answers of one category, keyed by item. */
export type CategoryAnswers = Record<string, ChecklistItem>;

const JSON_SCHEMA_OPTIONS = { target: 'draft-2020-12', unrepresentable: 'any' } as const;

/**
 * The JSON Schema for editors and other tools, generated from the zod schema. With one rubric
 * version it is that version's schema; with several, a document must match one of them (they
 * differ in `rubric_version`, so exactly one can match).
 */
export function scanJsonSchema(versions: RubricVersions = RUBRIC_VERSIONS): Record<string, unknown> {
  if (versions.length === 1) return versionJsonSchema(versions[0], versions);
  const schemas = versions.map((version) => scanSchemaFor(version, versions));
  const schema = z.toJSONSchema(
    z.union(schemas as [ReturnType<typeof scanSchemaFor>, ...ReturnType<typeof scanSchemaFor>[]]),
    JSON_SCHEMA_OPTIONS,
  ) as JsonSchemaNode;
  for (const branch of schema.anyOf as JsonSchemaNode[]) addCrossFieldRules(branch, schema);
  schema.description = `A Glassbox transparency audit of one paper, answering one of rubric versions ${versions.map((version) => version.version).join(', ')}`;
  return schema;
}

/** The JSON Schema of scans answering one rubric version, as given to automated scanners for structured output. */
export function versionJsonSchema(rubric: RubricVersion, versions: RubricVersions = RUBRIC_VERSIONS): Record<string, unknown> {
  const schema = z.toJSONSchema(scanSchemaFor(rubric, versions), JSON_SCHEMA_OPTIONS) as JsonSchemaNode;
  addCrossFieldRules(schema, schema);
  return schema;
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  [keyword: string]: unknown;
}

// Each branch names its key under `properties` too, as strict JSON Schema tools require.
const requiredOne = (...keys: string[]) => keys.map((key) => ({ properties: { [key]: true }, required: [key] }));
const whenMethod = (methods: readonly AuditMethod[], then: Record<string, unknown>) => ({
  if: { properties: { method: { enum: methods } }, required: ['method'] },
  then,
});

/**
 * zod cannot export its refinements, so the rules that span fields are written out here in
 * JSON Schema terms, letting editors flag them as the validator does. Rules on dates relative to
 * each other or to today, and on confidence in human audits, are left to the validator.
 */
function addCrossFieldRules(scan: JsonSchemaNode, root: JsonSchemaNode): void {
  const paper = scan.properties!.paper!;
  paper.anyOf = requiredOne('arxiv_id', 'doi', 'url');
  // One shared definition: the item schemas differ only in their descriptions.
  root.$defs = {
    ...(root.$defs as object | undefined),
    noAnswerWhereNothingApplies: {
      description: 'An item that does not apply cannot be satisfied: "applies": false requires "answer": false',
      type: 'object',
      if: { properties: { applies: { const: false } }, required: ['applies'] },
      then: { properties: { answer: { const: false } } },
    },
  };
  for (const category of Object.values(scan.properties!.checklist!.properties!)) {
    for (const item of Object.values(category.properties!)) item.$ref = '#/$defs/noAnswerWhereNothingApplies';
  }
  const defs = root.$defs as Record<string, JsonSchemaNode>;
  defs.quote!.properties!.location!.anyOf = requiredOne('section', 'page', 'table', 'figure', 'appendix');
  const provenance = scan.properties!.provenance!;
  provenance.allOf = [
    whenMethod(['automated', 'automated_then_reviewed'], { anyOf: requiredOne('tool', 'model') }),
    whenMethod(['automated_then_reviewed'], { required: ['reviews'], properties: { reviews: { type: 'array', minItems: 1 } } }),
    whenMethod(['automated'], { properties: { reviews: { type: 'array', maxItems: 0 } } }),
  ];
  provenance.properties!.model!.anyOf = requiredOne('version', 'date');
  provenance.properties!.paper_version!.anyOf = [...requiredOne('arxiv_version'), { ...requiredOne('read_on')[0], anyOf: requiredOne('doi', 'url') }];
}

/** Field builders shared with the other file formats (`reply-schema.ts`), so their rules match the scan's. */
export { text as nonBlankText, longText, safeString, httpUrl, orcid };
