import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { CATEGORY_KEYS, RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
import { compileLikeAnEditor } from '../../helpers/json-schema.ts';
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
import { findScanFiles } from '../../../src/lib/scan-format/validator.ts';

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
  const validate = compileLikeAnEditor(scanJsonSchema());
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

  test.each(['9912.00001', '9912.00002', '9912.00006', 'synth-th/9912003', 'unicode-doi-only', 'url-only'])('accepts good fixture %s', (id) => {
    expect(validate(read(`test/fixtures/good/${id}/scan.json`)), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each(findScanFiles('test/fixtures/site').concat(findScanFiles('test/fixtures/hostile')))('accepts fixture %s', (file) => {
    expect(validate(read(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('accepts the seed scan', () => {
    expect(validate(read('scans/2405.05949/scan.json'))).toBe(true);
  });

  // What a JSON Schema cannot see: the folder, other scans, the file itself and its bytes before
  // parsing, today's date, check digits, and rules between distant fields.
  const beyondJsonSchema = new Set([
    'Slug_Not_Lowercase',
    'folder-mismatch',
    'duplicate-key',
    'invalid-utf8',
    'empty-file',
    'not-json',
    'symlinked-scan',
    'date-in-future',
    'orcid-checksum',
    'review-before-audit',
    'confidence-in-human-audit',
    'arxiv-version-without-arxiv-id',
  ]);
  const withinJsonSchema = readdirSync('test/fixtures/bad').filter((name) => !beyondJsonSchema.has(name));

  test.each(withinJsonSchema)('rejects bad fixture %s', (name) => {
    expect(validate(read(`test/fixtures/bad/${name}/scan.json`))).toBe(false);
  });
});

describe('provenance and evidence', () => {
  const automated = () => ({
    method: 'automated',
    audited_on: '2026-10-01',
    paper_version: { arxiv_version: 'v1' },
    model: { name: 'Synthetic language model', date: '2026-09-01' },
    configuration: 'sha256:' + 'c'.repeat(64),
    instructions: { rubric_version: 1, sha256: 'd'.repeat(64) },
  });
  const withProvenance = (provenance: object) => variant((s) => (s.provenance = provenance));
  const withEvidence = (evidence: unknown) => variant((s) => (s.checklist.artifacts.code_released.evidence = evidence));

  test.each<[string, unknown]>([
    ['an automated audit naming only its model, by date', withProvenance(automated())],
    [
      'a reviewed audit with a tool, reviews by category and item, and an ORCID ending in X',
      withProvenance({
        ...automated(),
        method: 'automated_then_reviewed',
        tool: { name: 'Synthetic scanner', version: '0.1.0' },
        reviews: [
          {
            reviewer: { name: 'Synthetic reviewer', orcid: '0000-0000-9990-005X', github: 'synthetic-reviewer' },
            reviewed_on: '2026-10-01',
            covers: ['artifacts', 'contamination/training_cutoff_stated'],
          },
          { reviewer: { name: 'Second reviewer' }, reviewed_on: '2026-10-03', covers: 'all', notes: 'Changed one answer.\n\tSee the pull request.' },
        ],
      }),
    ],
    [
      'a human audit of a version read at a DOI on a given day',
      withProvenance({
        method: 'human',
        audited_on: '2026-10-01',
        paper_version: { doi: '10.5555/synthetic.1', read_on: '2026-10-01' },
        auditors: [{ name: 'Synthetic auditor' }],
      }),
    ],
    ['a configuration named by tag', withProvenance({ ...automated(), configuration: 'synthetic-prompts-v3' })],
    [
      'quotes with every kind of location, over several lines',
      withEvidence([
        { quote: 'Synthetic quote.\nSecond line.', location: { section: '4.2 Ablations', page: 7 } },
        { quote: 'Another quote.', location: { table: '2' } },
        { quote: 'Figure caption.', location: { figure: '3b', appendix: 'B' } },
      ]),
    ],
    ['no quotes at all', withEvidence([])],
    [
      'a confidence of 0 and of 1',
      variant((s) => {
        s.provenance = automated();
        s.checklist.artifacts.code_released.confidence = 0;
        s.checklist.artifacts.data_released.confidence = 1;
      }),
    ],
  ])('accepts %s', (_, scan) => {
    expect(issues(scan)).toEqual([]);
  });

  test.each<[string, unknown, string[]]>([
    [
      'a model with neither version nor date',
      withProvenance({ ...automated(), model: { name: 'Synthetic model' } }),
      ['/provenance/model: model needs "version" or "date" (the snapshot, or the day it was used), so the same model can be named again'],
    ],
    [
      'a truncated configuration hash',
      withProvenance({ ...automated(), configuration: 'sha256:abc' }),
      ['/provenance/configuration: a configuration named by hash is written "sha256:" and 64 lowercase hexadecimal digits'],
    ],
    [
      'an instructions hash in capitals',
      withProvenance({ ...automated(), instructions: { rubric_version: 1, sha256: 'D'.repeat(64) } }),
      [`/provenance/instructions/sha256: malformed SHA-256 "${'D'.repeat(64)}": expected 64 lowercase hexadecimal digits`],
    ],
    [
      'an arXiv version without the v',
      withProvenance({ ...automated(), paper_version: { arxiv_version: '2' } }),
      ['/provenance/paper_version/arxiv_version: malformed arXiv version "2": expected e.g. "v2"'],
    ],
    [
      'a paper version with nothing in it',
      withProvenance({ ...automated(), paper_version: {} }),
      ['/provenance/paper_version: paper_version needs "arxiv_version" (e.g. "v2"), or "doi" or "url" with "read_on"'],
    ],
    [
      'an ORCID iD given as a link',
      withProvenance({ method: 'human', audited_on: '2026-10-01', auditors: [{ name: 'X', orcid: 'https://orcid.org/0000-0002-1825-0097' }] }),
      [
        '/provenance/auditors/0/orcid: malformed ORCID iD "https://orcid.org/0000-0002-1825-0097": expected four groups of four characters, e.g. "0000-0002-1825-0097" (without https://orcid.org/)',
      ],
    ],
    [
      'the standard ORCID example with its last digit changed',
      withProvenance({ method: 'human', audited_on: '2026-10-01', auditors: [{ name: 'X', orcid: '0000-0002-1825-0098' }] }),
      [
        '/provenance/auditors/0/orcid: ORCID iD "0000-0002-1825-0098" fails its checksum (ISO 7064 MOD 11-2): its digits give check character "7", not "8"; a digit is probably mistyped',
      ],
    ],
    [
      'an empty list of auditors',
      withProvenance({ method: 'human', audited_on: '2026-10-01', auditors: [] }),
      ['/provenance/auditors: auditors, when given, lists at least one person'],
    ],
    [
      'a reviewer name with a line break',
      withProvenance({
        ...automated(),
        method: 'automated_then_reviewed',
        reviews: [{ reviewer: { name: 'Synthetic\nreviewer' }, reviewed_on: '2026-10-02', covers: 'all' }],
      }),
      [
        '/provenance/reviews/0/reviewer/name: name contains control character U+000A (line feed) at character 10: keep it on one line, without control characters',
      ],
    ],
    [
      'a review covering nothing',
      withProvenance({ ...automated(), method: 'automated_then_reviewed', reviews: [{ reviewer: { name: 'R' }, reviewed_on: '2026-10-02', covers: [] }] }),
      ['/provenance/reviews/0/covers: covers lists at least one item; write "all" for every item'],
    ],
    [
      'a review covering "everything"',
      withProvenance({
        ...automated(),
        method: 'automated_then_reviewed',
        reviews: [{ reviewer: { name: 'R' }, reviewed_on: '2026-10-02', covers: 'everything' }],
      }),
      ['/provenance/reviews/0/covers: expected "all" or a list of items, got "everything"'],
    ],
    [
      'a quote of invisible characters',
      withEvidence([{ quote: '\u200b\u200c', location: { page: 1 } }]),
      ['/checklist/artifacts/code_released/evidence/0/quote: quote must not be blank: it holds only invisible characters, such as U+200B'],
    ],
    [
      'page 0',
      withEvidence([{ quote: 'Synthetic.', location: { page: 0 } }]),
      ['/checklist/artifacts/code_released/evidence/0/location/page: page must be 1 or more, got 0'],
    ],
    [
      'a quote without location',
      withEvidence([{ quote: 'Synthetic.' }]),
      ['/checklist/artifacts/code_released/evidence/0/location: Invalid input: expected object, received undefined'],
    ],
    [
      'a negative confidence',
      variant((s) => (s.checklist.artifacts.code_released.confidence = -0.1)),
      ['/checklist/artifacts/code_released/confidence: confidence must be between 0 and 1, got -0.1'],
    ],
  ])('rejects %s', (_, scan, expected) => {
    expect(issues(scan)).toEqual(expected);
  });

  test('a date in the future is refused relative to the clock, tomorrow somewhere being allowed', () => {
    vi.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') });
    try {
      expect(issues(withProvenance({ ...automated(), audited_on: '2026-11-29' }))).toEqual([]);
      expect(issues(withProvenance({ ...automated(), audited_on: '2026-11-30' }))).toEqual([
        '/provenance/audited_on: audited_on 2026-11-30 is in the future (today is 2026-11-29 at the latest)',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

test('every support level has its words, and only support levels do', () => {
  expect(Object.keys(SUPPORT_WORDS)).toEqual([...SUPPORT_LEVELS]);
  expect(SUPPORT_WORDS.moderate).toBe('moderately supported');
});
