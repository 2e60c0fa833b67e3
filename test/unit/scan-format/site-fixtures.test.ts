/**
 * The ordinary fixture site (test/fixtures/site) includes five fictional scans that record how
 * they were made, so the pages can be built and checked against every kind of provenance.
 */
import { describe, expect, test } from 'vitest';
import { reviewCoverage } from '../../../src/lib/scan-format/provenance.ts';
import { scanJsonSchema } from '../../../src/lib/scan-format/schema.ts';
import { formatProblem, validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const { scans, problems } = validateScansDir('test/fixtures/site');
const byId = (id: string) => scans.find((scan) => scan.id === id)!.scan;

test('all fixture scans are valid', () => {
  expect(problems.map(formatProblem)).toEqual([]);
});

describe('one scan for each way an audit is made', () => {
  test.each([
    ['9903.00101', 'automated', 'none'],
    ['9903.00102', 'automated_then_reviewed', 'full'],
    ['9903.00103', 'automated_then_reviewed', 'partial'],
    ['9903.00104', 'human', 'full'],
    ['9903.00105', 'human', 'full'],
  ])('%s: %s, reviewed %s', (id, method, coverage) => {
    expect(byId(id).provenance?.method).toBe(method);
    expect(reviewCoverage(byId(id))).toBe(coverage);
  });

  test('one declares rubric version 1 explicitly; the older scans declare nothing', () => {
    expect(scans.filter((scan) => scan.scan.rubric_version !== undefined).map((scan) => scan.id)).toEqual(['9903.00105']);
    expect(byId('9903.00105').rubric_version).toBe(1);
  });
});

test('together they use every field of provenance, evidence and people', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reading the generated schema
  const schema = scanJsonSchema() as any;
  const provenance = schema.properties.provenance.properties;
  const expected = new Set([
    ...Object.keys(provenance),
    ...['paper_version', 'tool', 'model', 'instructions'].flatMap((field) => Object.keys(provenance[field].properties)),
    ...Object.keys(provenance.reviews.items.properties),
    ...Object.keys(schema.$defs.person.properties),
    ...Object.keys(schema.$defs.quote.properties),
    ...Object.keys(schema.$defs.quote.properties.location.properties),
    'confidence',
  ]);
  const used = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) {
        if (child === undefined) continue;
        used.add(key);
        collect(child);
      }
  };
  for (const { scan } of scans.filter((entry) => entry.id.startsWith('9903.'))) {
    collect(scan.provenance);
    for (const answers of Object.values(scan.checklist))
      for (const answer of Object.values(answers)) collect({ evidence: answer.evidence, confidence: answer.confidence });
  }
  expect([...expected].filter((field) => !used.has(field))).toEqual([]);
});
