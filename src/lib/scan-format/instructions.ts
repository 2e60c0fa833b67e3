/**
 * The instructions an automated scanner (a language model reading a paper) or a person follows
 * to fill in a scan for one rubric version, with that version's JSON Schema for structured
 * output, and a SHA-256 of the instructions so a scan's provenance can name the exact text it
 * followed.
 *
 * Everything here is a pure function of the rubric data and the schema: the same rubric gives
 * byte-identical instructions and hash on every machine, on every day. Nothing in the text
 * depends on where the site is deployed; links are relative to the instructions file.
 */
import { createHash } from 'node:crypto';
import { RUBRIC_VERSIONS, rubricChangelog, type RubricChangelogEntry, type RubricVersion, type RubricVersions } from './rubric.ts';
import { AUDIT_METHODS, latestAcceptedYear, versionJsonSchema } from './schema.ts';
import { MAX_TEXT_LENGTH } from './text-rules.ts';

/** Folder of the site (and of `public/`) where the instructions are published. */
export const RUBRIC_PUBLISH_DIR = 'rubric';

/** Site paths of one version's files, relative to the site root: `rubric/v1/instructions.md` and `rubric/v1/scan.schema.json`. */
export function rubricVersionPaths(version: number): { instructions: string; schema: string } {
  return { instructions: `${RUBRIC_PUBLISH_DIR}/v${version}/instructions.md`, schema: `${RUBRIC_PUBLISH_DIR}/v${version}/scan.schema.json` };
}

/** Site path of the index of versions: `rubric/index.json`. */
export const RUBRIC_INDEX_PATH = `${RUBRIC_PUBLISH_DIR}/index.json`;

/** SHA-256 of a text's UTF-8 bytes, in lowercase hexadecimal. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

type JsonNode = { [keyword: string]: unknown };

/**
 * A JSON Schema without the calendar-bound upper limit on publication years (next year is the
 * latest accepted), so text that embeds it does not change every January. The validator still
 * enforces the limit.
 */
export function withoutCalendarBounds<T>(schema: T, now: Date = new Date()): T {
  const copy = structuredClone(schema);
  const latest = latestAcceptedYear(now);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const object = node as JsonNode;
    if (object.type === 'integer' && object.minimum === 1900 && object.maximum === latest) delete object.maximum;
    Object.values(object).forEach(visit);
  };
  visit(copy);
  return copy;
}

/** The JSON Schema of one rubric version as published beside its instructions (two-space JSON, final newline). */
export function versionSchemaText(rubric: RubricVersion, versions: RubricVersions = RUBRIC_VERSIONS): string {
  return JSON.stringify(withoutCalendarBounds(versionJsonSchema(rubric, versions)), null, 2) + '\n';
}

const METHOD_MEANINGS: Record<(typeof AUDIT_METHODS)[number], string> = {
  automated: 'a program made every answer and no person has checked them',
  human: 'a person made every answer',
  automated_then_reviewed: 'a program made the answers and the people listed in `reviews` checked them (all, or the items each review lists)',
};

function checklistSection(rubric: RubricVersion): string[] {
  return rubric.categories.flatMap((category) => [
    `### ${category.label} (\`${category.key}\`)`,
    '',
    category.summary,
    '',
    ...category.items.flatMap((item) => [
      `#### \`${category.key}/${item.key}\`: ${item.label}`,
      '',
      `Question: ${item.question}`,
      '',
      `Why it matters: ${item.why}`,
      '',
      `- Yes: ${item.guidance.yes}`,
      `- No: ${item.guidance.no}`,
      `- Not applicable: ${item.guidance.not_applicable}`,
      '',
    ]),
  ]);
}

function changesSection(entry: RubricChangelogEntry | undefined): string[] {
  if (!entry || entry.version === 1) return [];
  const list = (title: string, refs: string[]) => (refs.length ? [`${title}: ${refs.map((ref) => `\`${ref}\``).join(', ')}.`, ''] : []);
  return [
    `## Changes since version ${entry.version - 1}`,
    '',
    ...entry.notes.map((note) => `- ${note}`),
    '',
    ...list(
      'Added',
      entry.added.map((change) => `${change.category}/${change.item}`),
    ),
    ...list(
      'Removed',
      entry.removed.map((change) => `${change.category}/${change.item}`),
    ),
    ...list(
      'Reworded',
      entry.reworded.map((change) => `${change.category}/${change.item}`),
    ),
  ];
}

/** The instructions for filling in a scan under one rubric version, as Markdown. */
export function scannerInstructions(rubric: RubricVersion, versions: RubricVersions = RUBRIC_VERSIONS): string {
  const v = rubric.version;
  const itemCount = rubric.categories.reduce((sum, category) => sum + category.items.length, 0);
  const entry = rubricChangelog(versions).find((candidate) => candidate.version === v);
  const lines = [
    `# Glassbox scan instructions, rubric version ${v}`,
    '',
    `Rubric version ${v}, in effect from ${rubric.released}: ${itemCount} items in ${rubric.categories.length} categories.`,
    'These instructions are for a program (such as a language model reading the paper) and for a person; both follow the same rules.',
    `They are published as \`instructions.md\` beside \`scan.schema.json\`, the JSON Schema of the result; \`../index.json\` lists every rubric version with the SHA-256 of its instructions.`,
    '',
    '## The task',
    '',
    'Read one paper and write one JSON document, a scan, that matches the JSON Schema at the end of this text.',
    "A scan records, for every item of the checklist below, whether the item applies to the paper, whether the paper meets it, and the evidence; then the paper's main claims and how well they are supported, its key findings, red flags a reader should know about, the papers it builds on, and how the scan itself was made.",
    'The checklist measures transparency: whether a reader has what they need to check the work, not whether the work is right.',
    '',
    '## Rules',
    '',
    '1. Answer from the paper and its public material only (its appendices, code and data repositories, project page). Never guess: when the paper does not show something, the answer is no, not yes.',
    '2. Answer every item of the checklist, each with `applies`, `answer` and `justification`. "Yes" is always the transparent answer.',
    '3. Set `applies` to false, and then `answer` to false, only in the situation the item\'s "Not applicable" line describes; say why in `justification`. Items that do not apply do not count towards the score, so never use "not applicable" for "not found".',
    '4. The `justification` says where the evidence is (section, table, figure, page, appendix or URL) and what it shows. Write it in your own words.',
    '5. Give `evidence`: verbatim quotes from the paper, copied exactly (shorten with "…" only), each with its `location` (at least one of `section`, `page`, `table`, `figure`, `appendix`). For a "no" answer, quote what the paper says instead, if anything; an empty list is allowed when there is nothing to quote.',
    '6. A program may add `confidence`, from 0 to 1, to each answer: how sure it is. A person leaves it out.',
    '7. Claims: list the main claims the paper makes, as it makes them, with `supported` one of "strong", "moderate", "weak" or "unsupported".',
    '8. Text: no control characters other than tab and line feed (and those only in long text such as a justification or a quote); no text that is empty or only invisible characters; at most ' +
      `${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters in any one field, and at most 1 MB for the whole file. Links are http or https only.`,
    `9. Write \`"rubric_version": ${v}\` in the scan.`,
    '',
    '## How the scan was made: `provenance`',
    '',
    '- `method`: ' + AUDIT_METHODS.map((method) => `\`"${method}"\` when ${METHOD_MEANINGS[method]}`).join('; ') + '.',
    '- `audited_on`: the day the scan was made, YYYY-MM-DD.',
    '- `paper_version`: which version of the paper was read: `arxiv_version` (e.g. `"v2"`) for an arXiv paper; otherwise `doi` or `url` with `read_on`, the day it was read.',
    '- For a program: `tool` (`name`, `version`, and `url` if it is public), `model` (`name`, and `version` or `date` of the snapshot), `configuration` (an identifier of the prompt and settings, such as `"sha256:"` followed by the 64 hexadecimal digits of their hash), and `instructions`:',
    '',
    '  ```json',
    `  { "rubric_version": ${v}, "sha256": "<SHA-256 of this file, as listed in ../index.json>" }`,
    '  ```',
    '',
    '- For a person: `auditors`, each with `name` and optionally `orcid` (e.g. `"0000-0002-1825-0097"`) and `github` (a user name without "@").',
    '- `reviews`: for each person who checked the answers against the paper, `reviewer`, `reviewed_on`, `covers` (`"all"`, or a list of categories such as `"artifacts"` and items such as `"artifacts/code_released"`) and optionally `notes` on what they changed. A program leaves this out; reviewers add themselves.',
    '',
    ...changesSection(entry),
    '## The checklist',
    '',
    "Each item gives its key (`category/item`, as in the scan's `checklist`), its question, why it matters, and what counts as each answer.",
    '',
    ...checklistSection(rubric),
    '## JSON Schema of the result',
    '',
    'The scan must validate against this schema (draft 2020-12), published beside this file as `scan.schema.json`. Glassbox\'s validator checks a few rules the schema cannot express: dates that exist and are not in the future, reviews dated after the audit, ORCID check digits, and no `confidence` when the method is "human".',
    '',
    '```json',
    versionSchemaText(rubric, versions).trimEnd(),
    '```',
    '',
  ];
  return lines.join('\n');
}

/** One rubric version as published: where its files go, their text, and the hash a scan names. */
export interface PublishedRubricVersion {
  version: number;
  released: string;
  /** Site path of the instructions, e.g. `rubric/v1/instructions.md`. */
  instructionsPath: string;
  instructions: string;
  /** SHA-256 of `instructions`, what a scan writes in `provenance.instructions.sha256`. */
  sha256: string;
  /** Site path of the version's JSON Schema, e.g. `rubric/v1/scan.schema.json`. */
  schemaPath: string;
  schema: string;
}

/** The published files of every rubric version. */
export function publishedRubricVersions(versions: RubricVersions = RUBRIC_VERSIONS): PublishedRubricVersion[] {
  return versions.map((rubric) => {
    const instructions = scannerInstructions(rubric, versions);
    const paths = rubricVersionPaths(rubric.version);
    return {
      version: rubric.version,
      released: rubric.released,
      instructionsPath: paths.instructions,
      instructions,
      sha256: sha256Hex(instructions),
      schemaPath: paths.schema,
      schema: versionSchemaText(rubric, versions),
    };
  });
}

/** `rubric/index.json`: every version with its files (relative to the index), instructions hash and changelog entry, newest first. */
export function rubricIndexText(versions: RubricVersions = RUBRIC_VERSIONS): string {
  const published = new Map(publishedRubricVersions(versions).map((entry) => [entry.version, entry]));
  const relative = (sitePath: string) => sitePath.slice(RUBRIC_PUBLISH_DIR.length + 1);
  const index = {
    current: versions[versions.length - 1]!.version,
    versions: rubricChangelog(versions).map((entry) => {
      const files = published.get(entry.version)!;
      return {
        version: entry.version,
        released: entry.released,
        instructions: relative(files.instructionsPath),
        instructions_sha256: files.sha256,
        schema: relative(files.schemaPath),
        item_count: entry.itemCount,
        notes: entry.notes,
        added: entry.added.map((change) => `${change.category}/${change.item}`),
        removed: entry.removed.map((change) => `${change.category}/${change.item}`),
        reworded: entry.reworded.map((change) => `${change.category}/${change.item}`),
      };
    }),
  };
  return JSON.stringify(index, null, 2) + '\n';
}
