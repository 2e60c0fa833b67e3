import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CATEGORY_KEYS, RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
import {
  ARXIV_ID_PATTERN,
  DOI_PATTERN,
  HTTP_URL_PATTERN,
  SLUG_PATTERN,
  SUPPORT_LEVELS,
  SUPPORT_WORDS,
  latestAcceptedYear,
  scanJsonSchema,
  scanSchema,
} from '../../../src/lib/scan-format/schema.ts';

const good = JSON.parse(readFileSync('test/fixtures/good/9912.00001/scan.json', 'utf8'));

/** A scan as a test edits it: the point is to write shapes the schema rejects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type MutableScan = any;

/** A deep copy of the good fixture with one change applied. */
function variant(change: (scan: MutableScan) => void): unknown {
  const scan = structuredClone(good);
  change(scan);
  return scan;
}

/** The pointers and messages zod reports for a value, as `path: message`. */
function issues(value: unknown): string[] {
  const result = scanSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `/${issue.path.join('/')}: ${issue.message}`);
}

describe('arXiv ids', () => {
  test.each([
    '2405.05949',
    '2405.05949v2',
    '2405.05949v12',
    '0704.0001',
    '1412.9999',
    '1501.00001',
    '9912.99999',
    'hep-th/9901001',
    'hep-th/9901001v3',
    'math.GT/0309136',
    'cond-mat/0011024',
    'synth-th/9912003',
  ])('accepts %s', (id) => expect(ARXIV_ID_PATTERN.test(id)).toBe(true));
  test.each([
    '',
    '2405.5949',
    '1412.00001',
    '2413.00001',
    '2400.00001',
    '0612.0001',
    '2405.059491',
    '24050.5949',
    '2405.05949v',
    '2405.05949V2',
    'arXiv:2405.05949',
    ' 2405.05949',
    '2405.05949 ',
    'https://arxiv.org/abs/2405.05949',
    'hep-th/990100',
    'HEP-TH/9901001',
    'hep-th/9901001/x',
    '../2405.05949',
  ])('rejects %j', (id) => expect(ARXIV_ID_PATTERN.test(id)).toBe(false));
});

describe('DOIs, URLs and slugs', () => {
  test.each([
    ['10.1145/3442188.3445922', true],
    ['10.5555/Synthetic.90004', true],
    ['doi:10.1145/3442188', false],
    ['https://doi.org/10.1145/3442188', false],
    ['10.1/x', false],
    ['10.1145/', false],
    ['10.1145/has space', false],
  ])('DOI %j → %s', (doi, ok) => expect(DOI_PATTERN.test(doi)).toBe(ok));

  test.each([
    ['https://example.org/synthetic', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['ftp://example.org', false],
    ['//example.org', false],
    ['https://', false],
    ['https://exa mple.org', false],
  ])('URL %j → %s', (url, ok) => expect(HTTP_URL_PATTERN.test(url)).toBe(ok));

  test.each([
    ['unicode-doi-only', true],
    ['a', true],
    ['paper-2024', true],
    ['Upper', false],
    ['double--hyphen', false],
    ['-leading', false],
    ['trailing-', false],
    ['under_score', false],
    ['nested/slug', false],
    ['', false],
  ])('slug %j → %s', (slug, ok) => expect(SLUG_PATTERN.test(slug)).toBe(ok));
});

describe('scanSchema', () => {
  test('accepts the good fixture as it is', () => {
    expect(issues(good)).toEqual([]);
  });

  test('the latest accepted year is next year', () => {
    expect(latestAcceptedYear(new Date('2026-12-31T23:59:59Z'))).toBe(2027);
    expect(latestAcceptedYear(new Date('2027-01-01T00:00:00Z'))).toBe(2028);
  });

  test.each<[string, (scan: MutableScan) => void, string[]]>([
    ['an author that is blank', (s) => (s.paper.authors[1] = '\t'), ['/paper/authors/1: author name must not be blank']],
    ['a blank venue', (s) => (s.paper.venue = ''), ['/paper/venue: venue must not be blank']],
    ['a blank key finding', (s) => (s.key_findings = ' \n '), ['/key_findings: key_findings must not be blank']],
    ['a blank claim', (s) => (s.claims[0].claim = ' '), ['/claims/0/claim: claim must not be blank']],
    ['a blank red-flag detail', (s) => (s.red_flags[0].detail = ''), ['/red_flags/0/detail: detail must not be blank']],
    ['a blank methodology tag', (s) => s.methodology_tags.push(''), ['/methodology_tags/2: methodology tag must not be blank']],
    ['a cited paper from before 1900', (s) => (s.cited_papers[0].year = 1850), ['/cited_papers/0/year: year must be 1900 or later, got 1850']],
    [
      'a cited paper with a malformed arXiv id',
      (s) => (s.cited_papers[0].arxiv_id = '1234'),
      ['/cited_papers/0/arxiv_id: malformed arXiv id "1234": expected e.g. "2405.05949", "2405.05949v2" or "hep-th/9901001"'],
    ],
    ['a malformed paper DOI', (s) => (s.paper.doi = 'doi:10.1/x'), ['/paper/doi: malformed DOI "doi:10.1/x": expected e.g. "10.1145/3442188.3445922"']],
    [
      'a checklist item with an extra key',
      (s) => (s.checklist.artifacts.code_released.note = 'x'),
      ['/checklist/artifacts/code_released: Unrecognized key: "note"'],
    ],
    [
      'applies given as a string',
      (s) => (s.checklist.contamination.training_cutoff_stated.applies = 'true'),
      ['/checklist/contamination/training_cutoff_stated/applies: Invalid input: expected boolean, received string'],
    ],
    ['$schema that is not a string', (s) => (s.$schema = 1), ['/$schema: Invalid input: expected string, received number']],
  ])('rejects %s', (_, change, expected) => {
    expect(issues(variant(change))).toEqual(expected);
  });

  test.each<[string, (scan: MutableScan) => void]>([
    ['a $schema key', (s) => (s.$schema = 'https://example.org/schema/scan.schema.json')],
    ['applies false with answer false', (s) => (s.checklist.artifacts.code_released = { applies: false, answer: false, justification: 'Synthetic: no code.' })],
    ['a cited paper with no authors', (s) => (s.cited_papers[0].authors = [])],
    ['a paper with doi and url besides its arXiv id', (s) => Object.assign(s.paper, { doi: '10.5555/x.1', url: 'https://example.org/x' })],
    ['every support level', (s) => (s.claims = SUPPORT_LEVELS.map((supported) => ({ claim: 'Synthetic.', evidence: 'Synthetic.', supported })))],
  ])('accepts %s', (_, change) => {
    expect(issues(variant(change))).toEqual([]);
  });
});

describe('the published JSON Schema', () => {
  // The generated schema's shape is checked below property by property.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const schema = scanJsonSchema() as any;

  test('is strict and lists exactly the rubric categories and items, all required', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.checklist.properties)).toEqual(CATEGORY_KEYS);
    expect(schema.properties.checklist.required).toEqual(CATEGORY_KEYS);
    for (const category of RUBRIC) {
      const node = schema.properties.checklist.properties[category.key];
      expect(node.required).toEqual(category.items.map((item) => item.key));
      expect(node.additionalProperties).toBe(false);
    }
  });

  test('allows $schema but does not require it; requires every other top-level key', () => {
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
    expect(schema.required).toEqual(['paper', 'checklist', 'claims', 'methodology_tags', 'key_findings', 'red_flags', 'cited_papers']);
  });

  test('carries the support levels and the year bounds', () => {
    expect(schema.properties.claims.items.properties.supported.enum).toEqual([...SUPPORT_LEVELS]);
    expect(schema.properties.paper.properties.year).toMatchObject({ type: 'integer', minimum: 1900, maximum: latestAcceptedYear() });
  });

  test('writes the rules that span fields: one identifier at least, and no answer where nothing applies', () => {
    expect(schema.properties.paper.anyOf.map((branch: { required: string[] }) => branch.required)).toEqual([['arxiv_id'], ['doi'], ['url']]);
    for (const category of RUBRIC) {
      for (const item of category.items)
        expect(schema.properties.checklist.properties[category.key].properties[item.key].$ref).toBe('#/$defs/noAnswerWhereNothingApplies');
    }
    expect(schema.$defs.noAnswerWhereNothingApplies).toMatchObject({
      if: { properties: { applies: { const: false } } },
      then: { properties: { answer: { const: false } } },
    });
  });

  test('is deterministic', () => {
    expect(JSON.stringify(scanJsonSchema())).toBe(JSON.stringify(schema));
  });
});

describe('editors using the JSON Schema agree with the validator', () => {
  // strict: any keyword ajv does not understand, or a rule it cannot check, fails the compile.
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(scanJsonSchema());
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

  test.each(['9912.00001', '9912.00002', '9912.00006', 'synth-th/9912003', 'unicode-doi-only', 'url-only'])('accepts good fixture %s', (id) => {
    expect(validate(read(`test/fixtures/good/${id}/scan.json`)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('accepts the seed scan', () => {
    expect(validate(read('scans/2405.05949/scan.json'))).toBe(true);
  });

  // What a JSON Schema cannot see: the folder, other scans, and the bytes before parsing.
  const beyondJsonSchema = new Set(['Slug_Not_Lowercase', 'folder-mismatch', 'duplicate-key', 'invalid-utf8', 'empty-file', 'not-json']);
  const withinJsonSchema = readdirSync('test/fixtures/bad').filter((name) => !beyondJsonSchema.has(name));

  test.each(withinJsonSchema)('rejects bad fixture %s', (name) => {
    expect(validate(read(`test/fixtures/bad/${name}/scan.json`))).toBe(false);
  });
});

test('every support level has its words, and only support levels do', () => {
  expect(Object.keys(SUPPORT_WORDS)).toEqual([...SUPPORT_LEVELS]);
  expect(SUPPORT_WORDS.moderate).toBe('moderately supported');
});
