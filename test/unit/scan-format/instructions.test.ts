import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  RUBRIC_INDEX_PATH,
  publishedRubricVersions,
  rubricIndexText,
  rubricVersionPaths,
  scannerInstructions,
  sha256Hex,
  versionSchemaText,
  withoutCalendarBounds,
} from '../../../src/lib/scan-format/instructions.ts';
import { RUBRIC_VERSIONS, allItems, currentRubric } from '../../../src/lib/scan-format/rubric.ts';
import { latestAcceptedYear, versionJsonSchema } from '../../../src/lib/scan-format/schema.ts';
import { ADDED_ITEM, testRubricVersions } from '../../helpers/test-rubric.ts';

const v1 = currentRubric();
const text = scannerInstructions(v1);

/** The JSON Schema embedded at the end of the instructions. */
function embeddedSchema(instructions: string): unknown {
  const start = instructions.lastIndexOf('```json\n') + '```json\n'.length;
  return JSON.parse(instructions.slice(start, instructions.lastIndexOf('\n```')));
}

describe('scanner instructions', () => {
  test('name their version and tell the scan to declare it', () => {
    expect(text.startsWith('# Glassbox scan instructions, rubric version 1\n')).toBe(true);
    expect(text).toContain('Write `"rubric_version": 1` in the scan.');
  });

  test.each(allItems(v1.categories).map(({ category, item }) => [`${category.key}/${item.key}`, item] as const))(
    'give %s with its question, reason and guidance for each answer',
    (ref, item) => {
      const section = text.slice(text.indexOf(`#### \`${ref}\``));
      const own = section.slice(0, section.indexOf('\n#', 1));
      for (const part of [
        `Question: ${item.question}`,
        `Why it matters: ${item.why}`,
        `- Yes: ${item.guidance.yes}`,
        `- No: ${item.guidance.no}`,
        `- Not applicable: ${item.guidance.not_applicable}`,
      ])
        expect(own).toContain(part);
    },
  );

  test('explain every provenance field, and the evidence fields of an answer', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading the generated schema
    const provenance = (versionJsonSchema(v1) as any).properties.provenance.properties;
    const fields = [...Object.keys(provenance), ...Object.keys(provenance.paper_version.properties), 'covers', 'evidence', 'location', 'confidence'];
    for (const field of fields) expect(text).toContain(`\`${field}\``);
  });

  test('end with the JSON Schema of the version, free of the calendar-bound year limit', () => {
    const schema = embeddedSchema(text);
    expect(schema).toEqual(JSON.parse(versionSchemaText(v1)));
    expect(schema).toEqual(withoutCalendarBounds(versionJsonSchema(v1)));
    expect(JSON.stringify(schema)).not.toContain(`"maximum":${latestAcceptedYear()}`);
  });

  test('are the same text on any day, so their hash is stable', () => {
    expect(scannerInstructions(v1)).toBe(text);
    const nextYear = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1));
    // Only the calendar-bound maximum could change with the date, and it is removed.
    expect(withoutCalendarBounds(versionJsonSchema(v1), nextYear)).toEqual(versionJsonSchema(v1));
  });

  test('say nothing about where the site is deployed (links are relative)', () => {
    expect(text).not.toMatch(/https?:\/\/(?!json-schema\.org|example\.org|orcid\.org)/);
  });
});

describe('with the test-only version 2', () => {
  const versions = testRubricVersions();
  const second = scannerInstructions(versions[1]!, versions);

  test('the instructions list what changed since version 1 and include the added item', () => {
    expect(second).toContain('## Changes since version 1');
    expect(second).toContain('Added: `artifacts/licence_stated`, `synthetic_category/synthetic_item`.');
    expect(second).toContain('Removed: `evaluation_design/negative_results_reported`.');
    expect(second).toContain(`Question: ${ADDED_ITEM.question}`);
    expect(second).not.toContain('#### `evaluation_design/negative_results_reported`');
  });

  test('each version has its own hash, and version 1 keeps its text when version 2 is added', () => {
    const published = publishedRubricVersions(versions);
    expect(published.map((entry) => entry.version)).toEqual([1, 2]);
    expect(published[0]!.sha256).not.toBe(published[1]!.sha256);
    // A scan names the instructions it followed by hash: publishing a new version must not change an old one's text.
    expect(published[0]!.instructions).toBe(scannerInstructions(v1));
  });
});

describe('published files', () => {
  const [published] = publishedRubricVersions();

  test('paths on the site', () => {
    expect(rubricVersionPaths(1)).toEqual({ instructions: 'rubric/v1/instructions.md', schema: 'rubric/v1/scan.schema.json' });
    expect(RUBRIC_INDEX_PATH).toBe('rubric/index.json');
    expect(published).toMatchObject({ version: 1, instructionsPath: 'rubric/v1/instructions.md', schemaPath: 'rubric/v1/scan.schema.json' });
  });

  test('the hash is the SHA-256 of the instructions text in UTF-8', () => {
    expect(published!.sha256).toBe(createHash('sha256').update(Buffer.from(published!.instructions, 'utf8')).digest('hex'));
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('the index lists every version, newest first, with its files, hash and changes', () => {
    const index = JSON.parse(rubricIndexText());
    expect(index).toEqual({
      current: 1,
      versions: [
        {
          version: 1,
          released: RUBRIC_VERSIONS[0].released,
          instructions: 'v1/instructions.md',
          instructions_sha256: published!.sha256,
          schema: 'v1/scan.schema.json',
          item_count: 50,
          notes: RUBRIC_VERSIONS[0].notes,
          added: [],
          removed: [],
          reworded: [],
        },
      ],
    });
    const withSecond = JSON.parse(rubricIndexText(testRubricVersions()));
    expect(withSecond.current).toBe(2);
    expect(withSecond.versions.map((entry: { version: number }) => entry.version)).toEqual([2, 1]);
    expect(withSecond.versions[0].removed).toEqual(['evaluation_design/negative_results_reported']);
  });
});
