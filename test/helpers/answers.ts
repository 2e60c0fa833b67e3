/**
 * Scans with chosen checklist answers, for agreement tests: every item gets one answer unless
 * the test names it (`{ 'artifacts/code_released': 'no' }`). The rest of the scan is the good
 * fixture 9912.00001, so each result is a valid scan.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Answer } from '../../src/lib/agreement/paper-agreement.ts';
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import { scanSchema, type Scan } from '../../src/lib/scan-format/schema.ts';

const base = scanSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/good/9912.00001/scan.json'), 'utf8')));

/** A valid scan answering every item `fallback`, except the items named in `answers`. */
export function scanAnswering(answers: Record<string, Answer> = {}, fallback: Answer = 'yes'): Scan {
  const known = new Set(RUBRIC.flatMap((category) => category.items.map((item) => `${category.key}/${item.key}`)));
  const unknown = Object.keys(answers).filter((key) => !known.has(key));
  if (unknown.length) throw new Error(`not rubric items: ${unknown.join(', ')}`);
  const scan = structuredClone(base);
  for (const category of RUBRIC) {
    for (const item of category.items) {
      const answer = answers[`${category.key}/${item.key}`] ?? fallback;
      scan.checklist[category.key]![item.key] = { applies: answer !== 'na', answer: answer === 'yes', justification: `Answered ${answer} for a test.` };
    }
  }
  return scan;
}
