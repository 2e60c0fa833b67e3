/**
 * Scans are validated against the rubric version they declare, proved with a test-only version
 * 2 (test/helpers/test-rubric.ts) that adds, drops and rewords items: version-1 scans stay
 * valid, version-2 scans must answer exactly version 2's items.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanJsonSchema, scanSchemaForDocument } from '../../../src/lib/scan-format/schema.ts';
import { validateScanBytes } from '../../../src/lib/scan-format/validator.ts';
import { compileLikeAnEditor } from '../../helpers/json-schema.ts';
import { ADDED_CATEGORY, ADDED_ITEM, testRubricVersions } from '../../helpers/test-rubric.ts';

const VERSIONS = testRubricVersions();
const goodText = readFileSync('test/fixtures/good/9912.00001/scan.json', 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reshape scans freely
type Json = any;

const answer = { applies: true, answer: true, justification: 'Synthetic: answered for a test.' };

/** The good fixture rewritten to answer the test-only version 2. */
function version2Scan(): Json {
  const scan = JSON.parse(goodText);
  scan.rubric_version = 2;
  scan.checklist.artifacts[ADDED_ITEM.key] = answer;
  scan.checklist[ADDED_CATEGORY.key] = { synthetic_item: answer };
  delete scan.checklist.evaluation_design.negative_results_reported;
  return scan;
}

/** The problems of a scan as `pointer message`, in the order of the file (the validator sorts by position). */
const check = (scan: unknown) =>
  validateScanBytes(new TextEncoder().encode(JSON.stringify(scan, null, 2)), 'x/scan.json', '9912.00001', VERSIONS).problems.map(
    (problem) => `${problem.pointer} ${problem.message}`,
  );

describe('a scan is checked against the version it declares', () => {
  test('a version-1 scan that declares nothing stays valid, byte for byte, once version 2 exists', () => {
    expect(validateScanBytes(Buffer.from(goodText), 'x/scan.json', '9912.00001', VERSIONS).problems).toEqual([]);
    expect(validateScanBytes(Buffer.from(readFileSync('scans/2405.05949/scan.json')), 'x', '2405.05949', VERSIONS).problems).toEqual([]);
  });

  test('so does one that declares version 1', () => {
    expect(check({ ...JSON.parse(goodText), rubric_version: 1 })).toEqual([]);
  });

  test('a version-2 scan answering exactly version 2 is valid', () => {
    expect(check(version2Scan())).toEqual([]);
  });

  test('a version-2 scan must answer the items version 2 added, and may not answer the one it dropped', () => {
    const scan = { ...JSON.parse(goodText), rubric_version: 2 };
    expect(check(scan)).toEqual([
      '/checklist/synthetic_category missing required field "synthetic_category"',
      '/checklist/artifacts/licence_stated missing required field "licence_stated"',
      '/checklist/evaluation_design/negative_results_reported unknown key "negative_results_reported" is not allowed here',
    ]);
  });

  test('a version-1 scan may not answer items of version 2', () => {
    const scan = version2Scan();
    delete scan.rubric_version;
    expect(check(scan)).toEqual([
      '/checklist/artifacts/licence_stated unknown key "licence_stated" is not allowed here',
      '/checklist/evaluation_design/negative_results_reported missing required field "negative_results_reported"',
      '/checklist/synthetic_category unknown key "synthetic_category" is not allowed here',
    ]);
  });

  test('an unknown version is named, and the answers are still checked one by one', () => {
    const scan = { ...JSON.parse(goodText), rubric_version: 3 };
    scan.checklist.artifacts.code_released.answer = 'yes';
    expect(check(scan)).toEqual([
      '/checklist/artifacts/code_released/answer expected boolean, got "yes"',
      '/rubric_version unknown rubric version 3: this site knows versions 1, 2',
    ]);
  });

  test.each([
    ['a string', '"2"', '/rubric_version expected number, got "2"'],
    ['null', 'null', '/rubric_version expected number, got null'],
  ])('a version written as %s is refused', (_, written, message) => {
    const text = goodText.replace('{\n  "paper"', `{\n  "rubric_version": ${written},\n  "paper"`);
    expect(validateScanBytes(Buffer.from(text), 'x', '9912.00001', VERSIONS).problems.map((p) => `${p.pointer} ${p.message}`)).toEqual([message]);
  });

  test('reviews name items of the version the scan answers', () => {
    const reviewed = (scan: Json, covers: string[]) => ({
      ...scan,
      provenance: {
        method: 'automated_then_reviewed',
        audited_on: '2026-10-01',
        tool: { name: 'Synthetic scanner', version: '0.1.0' },
        reviews: [{ reviewer: { name: 'Synthetic reviewer' }, reviewed_on: '2026-10-02', covers }],
      },
    });
    expect(check(reviewed(version2Scan(), ['artifacts/licence_stated', 'synthetic_category']))).toEqual([]);
    expect(check(reviewed(JSON.parse(goodText), ['artifacts/licence_stated']))).toEqual([
      '/provenance/reviews/0/covers/0 unknown checklist item "artifacts/licence_stated": expected a category key or "category/item" of rubric version 1',
    ]);
  });

  test('instructions must be those of the version the scan answers', () => {
    const scan = {
      ...version2Scan(),
      provenance: {
        method: 'automated',
        audited_on: '2026-10-01',
        model: { name: 'Synthetic model', date: '2026-09-01' },
        instructions: { rubric_version: 1, sha256: 'b'.repeat(64) },
      },
    };
    expect(check(scan)).toEqual(['/provenance/instructions/rubric_version instructions are for rubric version 1, but this scan answers version 2']);
  });

  test('the schema for a document is built once per version', () => {
    expect(scanSchemaForDocument({ rubric_version: 2 }, VERSIONS)).toBe(scanSchemaForDocument({ rubric_version: 2 }, VERSIONS));
    expect(scanSchemaForDocument({}, VERSIONS)).toBe(scanSchemaForDocument({ rubric_version: 1 }, VERSIONS));
    expect(scanSchemaForDocument({}, VERSIONS)).not.toBe(scanSchemaForDocument({ rubric_version: 2 }, VERSIONS));
  });
});

describe('the JSON Schema covers every version', () => {
  const schema = scanJsonSchema(VERSIONS) as Json;
  const validate = compileLikeAnEditor(schema);

  test('one alternative per version, each with its own checklist', () => {
    expect(schema.anyOf).toHaveLength(2);
    expect(Object.keys(schema.anyOf[1].properties.checklist.properties)).toContain(ADDED_CATEGORY.key);
    expect(schema.anyOf[0].properties.rubric_version.const).toBe(1);
    expect(schema.anyOf[1].required).toContain('rubric_version');
  });

  test.each([
    ['a version-1 scan without rubric_version', () => JSON.parse(goodText), true],
    ['a version-1 scan with rubric_version 1', () => ({ ...JSON.parse(goodText), rubric_version: 1 }), true],
    ['a version-2 scan', version2Scan, true],
    ['version-1 answers declared as version 2', () => ({ ...JSON.parse(goodText), rubric_version: 2 }), false],
    ['version-2 answers without rubric_version', () => ({ ...version2Scan(), rubric_version: undefined }), false],
    ['an unknown version', () => ({ ...JSON.parse(goodText), rubric_version: 3 }), false],
  ])('%s: valid %s', (_, scan, valid) => {
    expect(validate(JSON.parse(JSON.stringify(scan()))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(valid);
  });
});
