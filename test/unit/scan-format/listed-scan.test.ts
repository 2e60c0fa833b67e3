import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { listedScan } from '../../../src/lib/scan-format/listed-scan.ts';
import type { Scan } from '../../../src/lib/scan-format/schema.ts';

const scan = JSON.parse(readFileSync('test/fixtures/site/9903.00103/scan.json', 'utf8')) as Scan;

test('every answer keeps applies, answer and confidence, and loses its justification and quotes', () => {
  const listed = listedScan(scan);
  for (const [category, answers] of Object.entries(scan.checklist)) {
    for (const [item, { justification: _justification, evidence: _evidence, ...kept }] of Object.entries(answers)) {
      expect(listed.checklist[category]![item]).toStrictEqual(kept);
    }
  }
  // The fixture has quotes and confidences, so both branches are seen.
  expect(
    Object.values(scan.checklist).some((answers) => Object.values(answers).some((answer) => answer.evidence?.length && answer.confidence !== undefined)),
  ).toBe(true);
});

test('every other field is the scan’s own, and the scan is left as it was', () => {
  const before = structuredClone(scan);
  const { checklist: _listed, ...rest } = listedScan(scan);
  const { checklist: _checklist, ...expected } = scan;
  expect(rest).toStrictEqual(expected);
  expect(scan).toStrictEqual(before);
});
