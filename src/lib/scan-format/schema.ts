/**
 * The scan format: one zod schema that gives the TypeScript types, the validator and the
 * published JSON Schema (`/schema/scan.schema.json`).
 *
 * The allowed checklist categories and items come from the rubric data, so they are never
 * typed twice. Objects are strict: an unknown key is an error (usually a typo), except a
 * top-level `$schema` that editors use to find the JSON Schema.
 */
import { z } from 'zod';
import { RUBRIC } from './rubric.ts';

/** Support levels a claim can have, strongest first. */
export const SUPPORT_LEVELS = ['strong', 'moderate', 'weak', 'unsupported'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

/**
 * New-style arXiv id (`2405.05949`, optional version) or old-style (`hep-th/9901001`, `math.GT/0309136`).
 * New-style numbers have four digits from 0704 to 1412 and five since 1501, so `2405.5949` is a typo.
 */
export const ARXIV_ID_PATTERN =
  /^(?:(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;
/** A DOI as printed without resolver prefix, e.g. `10.1145/3442188.3445922`. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** Folder name for papers without an arXiv id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Only web links are accepted, so no `javascript:` or `data:` URL can enter a page as a link. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** The latest publication year accepted: papers can carry next year's date near year end. */
export function latestAcceptedYear(now: Date = new Date()): number {
  return now.getUTCFullYear() + 1;
}

// A pattern rather than a refine, so the published JSON Schema flags blank text in editors too;
// JavaScript's \s is the same set of characters that trim() removes.
const text = (what: string) =>
  z
    .string()
    .regex(/\S/, { error: `${what} must not be blank` })
    .describe(what);

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

const doi = z
  .string()
  .regex(DOI_PATTERN, { error: (issue) => `malformed DOI ${JSON.stringify(issue.input)}: expected e.g. "10.1145/3442188.3445922"` })
  .describe('Digital Object Identifier without resolver prefix');

const httpUrl = z
  .string()
  .regex(HTTP_URL_PATTERN, { error: (issue) => `expected an http(s) URL, got ${JSON.stringify(issue.input)}` })
  .describe('Web address (http or https only)');

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

/** One answered checklist item. */
export const checklistItemSchema = z
  .strictObject({
    applies: z.boolean().describe('Whether the item applies to this paper at all'),
    answer: z.boolean().describe('Whether the paper satisfies the item; false when it does not apply'),
    justification: text('justification').describe('Evidence for the answer, citing sections, tables or URLs'),
  })
  .refine((item) => item.applies || !item.answer, {
    error: 'contradiction: "applies" is false but "answer" is true (an item that does not apply cannot be satisfied)',
    path: ['answer'],
  });

function categorySchema(category: (typeof RUBRIC)[number]) {
  const items = Object.fromEntries(category.items.map((item) => [item.key, checklistItemSchema.describe(item.question)]));
  return z.strictObject(items).describe(category.summary);
}

/** The checklist: exactly the rubric's categories, each with exactly its items. */
export const checklistSchema = z
  .strictObject(Object.fromEntries(RUBRIC.map((category) => [category.key, categorySchema(category)])))
  .describe('Answers to every rubric item, grouped by category');

/** A claim the paper makes, and how well its evidence supports it. */
export const claimSchema = z
  .strictObject({
    claim: text('claim').describe('The claim, as the paper makes it'),
    evidence: text('evidence').describe('What in the paper supports or fails to support it'),
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
    detail: text('detail').describe('Explanation with evidence'),
  })
  .describe('A red flag');

/** A paper the audited paper builds on or compares against. */
export const citedPaperSchema = z
  .strictObject({
    title: text('title'),
    authors: z.array(text('author name')).describe('Author names; may be abbreviated to the first author'),
    year: year,
    relevance: text('relevance').describe('Why this citation matters to the audit'),
    arxiv_id: arxivId.optional(),
    doi: doi.optional(),
    url: httpUrl.optional(),
  })
  .describe('A cited paper');

/** A whole scan file. */
export const scanSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors'),
    paper: paperSchema,
    checklist: checklistSchema,
    claims: z.array(claimSchema).describe('Claims the paper makes, with their support'),
    methodology_tags: z.array(text('methodology tag')).describe('Kinds of methodology, e.g. "benchmark-eval"'),
    key_findings: text('key_findings').describe('What the paper finds, in a paragraph'),
    red_flags: z.array(redFlagSchema).describe('Problems a reader should know about'),
    cited_papers: z.array(citedPaperSchema).describe('Papers the audited paper builds on'),
  })
  .describe('A Glassbox transparency audit of one paper');

export type Scan = z.infer<typeof scanSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type CitedPaper = z.infer<typeof citedPaperSchema>;
/** Answers of one category, keyed by item. */
export type CategoryAnswers = Record<string, ChecklistItem>;

/** The JSON Schema for editors and other tools, generated from the zod schema. */
export function scanJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scanSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchemaNode;
  addCrossFieldRules(schema);
  return schema;
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  [keyword: string]: unknown;
}

/**
 * zod cannot export its refinements, so the two rules that span fields are written out here in
 * JSON Schema terms, letting editors flag them as the validator does.
 */
function addCrossFieldRules(schema: JsonSchemaNode): void {
  const paper = schema.properties!.paper!;
  paper.anyOf = ['arxiv_id', 'doi', 'url'].map((key) => ({ properties: { [key]: true }, required: [key] }));
  // One shared definition: the item schemas differ only in their descriptions.
  schema.$defs = {
    ...(schema.$defs as object | undefined),
    noAnswerWhereNothingApplies: {
      description: 'An item that does not apply cannot be satisfied: "applies": false requires "answer": false',
      type: 'object',
      if: { properties: { applies: { const: false } }, required: ['applies'] },
      then: { properties: { answer: { const: false } } },
    },
  };
  for (const category of Object.values(schema.properties!.checklist!.properties!)) {
    for (const item of Object.values(category.properties!)) item.$ref = '#/$defs/noAnswerWhereNothingApplies';
  }
}

/** Field builders shared with the other file formats (`reply-schema.ts`), so their rules match the scan's. */
export { text as nonBlankText, httpUrl };
