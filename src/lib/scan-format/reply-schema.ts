/**
 * The reply format: a statement by a paper's authors (or anyone) about an audit, filed beside
 * it as `scans/<id>/replies/<date>-<slug>.json` (see `companions.ts`). Each statement concerns
 * the whole audit, one checklist item, one red flag or one claim, and records its outcome: still
 * open, the audit stands, or the audit was corrected.
 *
 * Like the scan schema, this one zod schema gives the types, the validator's checks and the
 * published JSON Schema (`schema/reply.schema.json`). What it cannot see, whether a red flag or
 * claim index exists in the audit, is checked in `companions.ts` against the scan.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { allItems } from './rubric.ts';
import { ISO_DATE_PATTERN, isCalendarDate, isFutureDate } from './dates.ts';
import { httpUrl, longText, nonBlankText, orcid, safeString } from './schema.ts';

/** A Git commit hash, abbreviated (7 characters or more) or full. */
export const COMMIT_PATTERN = /^[0-9a-f]{7,40}$/;

/** Who a replier is to the paper: one of its authors, or anyone else. */
export const RELATIONS = ['author', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

/** What a statement can be about. */
export const STATEMENT_TARGETS = ['audit', 'item', 'red_flag', 'claim'] as const;
export type StatementTarget = (typeof STATEMENT_TARGETS)[number];

/** Outcomes of a statement: still open, the audit stands as it is, or the audit was corrected. */
export const OUTCOME_STATUSES = ['open', 'audit_stands', 'corrected'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** Every checklist item as `category/item`, the form statements use. */
export const ITEM_REFERENCES = allItems().map(({ category, item }) => `${category.key}/${item.key}`) as [string, ...string[]];

// Three checks in order, so one bad date gets one message: its form, the calendar, the clock.
const pastDate = (what: string) =>
  z
    .string()
    .regex(ISO_DATE_PATTERN, { error: (issue) => `${what} must be written YYYY-MM-DD, got ${JSON.stringify(issue.input)}`, abort: true })
    .refine(isCalendarDate, { error: (issue) => `${what} ${JSON.stringify(issue.input)} is not a calendar date`, abort: true })
    .refine((value) => !isFutureDate(value), { error: (issue) => `${what} ${String(issue.input)} is in the future` });

const itemReference = z
  .enum(ITEM_REFERENCES, { error: (issue) => unknownItemMessage(issue.input) })
  .describe('The checklist item, as "<category>/<item>", e.g. "artifacts/code_released"');

/** Message for an item reference the rubric does not have, suggesting the closest one when it looks like a typo. */
export function unknownItemMessage(input: unknown): string {
  const given = typeof input === 'string' ? input : '';
  const suggestion = closest(given, ITEM_REFERENCES);
  if (given && distance(given, suggestion) <= Math.max(2, Math.floor(suggestion.length / 6))) {
    return `unknown checklist item ${JSON.stringify(input)}: did you mean "${suggestion}"?`;
  }
  return `unknown checklist item ${JSON.stringify(input)}: expected "<category>/<item>" from the rubric, e.g. "artifacts/code_released"`;
}

const position = (what: string) =>
  z
    .number({ error: (issue) => `expected the ${what}'s position (a whole number from 0), got ${JSON.stringify(issue.input)}` })
    .int({ error: `the ${what}'s position must be a whole number` })
    .min(0, { error: `the ${what}'s position counts from 0` });

/** Who wrote the reply. */
export const replierSchema = z
  .strictObject({
    name: nonBlankText('name').describe('Full name of the person replying'),
    orcid: orcid.optional(),
    affiliation: nonBlankText('affiliation').optional().describe('Institution or company, if they want it shown'),
    relation: z
      .enum(RELATIONS, { error: (issue) => `expected one of ${RELATIONS.join(' | ')}, got ${JSON.stringify(issue.input)}` })
      .describe('"author" for an author of the paper, "other" for anyone else'),
  })
  .describe('Who wrote the reply');

const openOutcome = z
  .strictObject({ status: z.literal('open').describe('Not resolved yet: the audit is disputed on this point') })
  .describe('Open: not resolved yet');
const standsOutcome = z
  .strictObject({
    status: z.literal('audit_stands').describe('Checked by a maintainer: the audit is kept as it is'),
    note: longText('note').describe('Why the audit stands, citing the evidence'),
  })
  .describe('The audit stands');
const correctedOutcome = z
  .strictObject({
    status: z.literal('corrected').describe('The audit was changed in response'),
    commit: z
      .string()
      .regex(COMMIT_PATTERN, { error: (issue) => `expected a Git commit hash (7 to 40 hex digits), got ${JSON.stringify(issue.input)}` })
      .optional()
      .describe('Commit that made the correction'),
    date: pastDate('correction date').optional().describe('Day the correction was made (YYYY-MM-DD)'),
    note: longText('note').optional().describe('What was corrected'),
  })
  .refine((outcome) => outcome.commit !== undefined || outcome.date !== undefined, {
    error: 'a corrected statement names the correction: give "commit", "date" or both',
  })
  .describe('The audit was corrected');

/** What became of a statement. */
export const outcomeSchema = z
  .discriminatedUnion('status', [openOutcome, standsOutcome, correctedOutcome], {
    error: (issue) => `expected one of ${OUTCOME_STATUSES.join(' | ')}, got ${JSON.stringify((issue.input as { status?: unknown })?.status)}`,
  })
  .describe('What became of the statement');

const statementText = longText('text').describe("What the reply says about it, in the replier's words");

/** A statement of one kind: what it is about (the discriminator), the target's own field if any, its text and outcome. */
function statementAbout<About extends StatementTarget, Target extends z.ZodRawShape>(about: About, what: string, target: Target) {
  return z
    .strictObject({ about: z.literal(about).describe(`About ${what}`), ...target, text: statementText, outcome: outcomeSchema })
    .describe(`A statement about ${what}`);
}

/** One point a reply makes. */
export const statementSchema = z
  .discriminatedUnion(
    'about',
    [
      statementAbout('audit', 'the audit as a whole', {}),
      statementAbout('item', 'one checklist item', { item: itemReference }),
      statementAbout('red_flag', 'one red flag', {
        red_flag: position('red flag').describe("The red flag's position in the audit's red_flags, from 0 (the page shows it as flag 1)"),
      }),
      statementAbout('claim', 'one claim', { claim: position('claim').describe("The claim's position in the audit's claims, from 0") }),
    ],
    {
      error: (issue) => `expected one of ${STATEMENT_TARGETS.join(' | ')}, got ${JSON.stringify((issue.input as { about?: unknown })?.about)}`,
    },
  )
  .describe('One point the reply makes');

/** A whole reply file. */
export const replySchema = z
  .strictObject({
    $schema: safeString('$schema').optional().describe('Path or URL of the JSON Schema, for editors'),
    by: replierSchema,
    date: pastDate('date').describe('Day the reply was made (YYYY-MM-DD); the file name starts with it'),
    url: httpUrl.optional().describe('Where the reply was made in public, e.g. the dispute issue'),
    statements: z.array(statementSchema).min(1, { error: 'a reply makes at least one statement' }).describe('The points the reply makes'),
  })
  .describe("A reply to a Glassbox audit, by the paper's authors or anyone else");

export type Reply = z.infer<typeof replySchema>;
export type Replier = z.infer<typeof replierSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;

/** The JSON Schema of reply files, for editors and other tools. */
export function replyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(replySchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  requireCorrectionReference(schema);
  return schema;
}

/**
 * zod cannot export a refinement, so the one rule spanning fields, "a corrected outcome names a
 * commit or a date", is written out in JSON Schema terms on every corrected outcome (one per
 * kind of statement), letting editors flag it as the validator does. Dates that do not exist
 * or lie in the future, and ORCID checksums, stay with the validator.
 */
function requireCorrectionReference(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  const object = node as { properties?: { status?: { const?: unknown } }; anyOf?: unknown };
  if (object.properties?.status?.const === 'corrected') object.anyOf = ['commit', 'date'].map((key) => ({ properties: { [key]: true }, required: [key] }));
  for (const child of Object.values(node)) requireCorrectionReference(child);
}
