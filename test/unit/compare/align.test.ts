import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { alignPapers, type ComparedPaper } from '../../../src/lib/compare/align.ts';
import { RUBRIC, allItems } from '../../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';

const fixture = (id: string): ComparedPaper => ({
  id,
  scan: JSON.parse(readFileSync(path.resolve('test/fixtures/site', id, 'scan.json'), 'utf8')) as Scan,
});

/** A copy of a scan with some items answered differently. */
function withAnswers(paper: ComparedPaper, id: string, answers: Record<string, { applies: boolean; answer: boolean }>): ComparedPaper {
  const scan = structuredClone(paper.scan);
  for (const [ref, answer] of Object.entries(answers)) {
    const [category, item] = ref.split('/') as [string, string];
    scan.checklist[category]![item] = { ...scan.checklist[category]![item]!, ...answer, justification: `Changed for ${id}.` };
  }
  return { id, scan };
}

const base = fixture('9901.00001');

describe('a paper against itself', () => {
  const alignment = alignPapers([base, { ...base, id: 'copy' }]);

  test('every item of the rubric, in rubric order, each with one answer per paper', () => {
    expect(alignment.categories.map((category) => category.category.key)).toEqual(RUBRIC.map((category) => category.key));
    const items = alignment.categories.flatMap((category) => category.items);
    expect(items.map((entry) => entry.item.key)).toEqual(allItems().map(({ item }) => item.key));
    for (const entry of items) expect(entry.answers).toHaveLength(2);
  });

  test('nothing differs', () => {
    expect(alignment.differingItems).toBe(0);
    expect(alignment.overallDiffers).toBe(false);
    expect(alignment.categories.some((category) => category.differs)).toBe(false);
  });

  test('scores are the scoring module’s', () => {
    expect(alignment.overall[0]).toEqual(scoreScan(base.scan).overall);
    expect(alignment.categories[0]!.scores[0]).toEqual(scoreScan(base.scan).categories.artifacts);
  });
});

describe('papers that differ', () => {
  const changed = withAnswers(base, 'changed', {
    'artifacts/code_released': { applies: true, answer: !base.scan.checklist.artifacts!.code_released!.answer },
    'human_studies/pre_registered': { applies: !base.scan.checklist.human_studies!.pre_registered!.applies, answer: false },
  });
  const alignment = alignPapers([base, changed, base]);

  test('exactly the changed items are marked, with each paper’s answer and justification in paper order', () => {
    const differing = alignment.categories.flatMap((category) => category.items.filter((entry) => entry.differs).map((entry) => entry.item.key));
    expect(differing).toEqual(['code_released', 'pre_registered']);
    expect(alignment.differingItems).toBe(2);
    const code = alignment.categories[0]!.items[0]!;
    expect(code.answers[1]!.justification).toBe('Changed for changed.');
    expect(code.answers[0]!.justification).toBe(base.scan.checklist.artifacts!.code_released!.justification);
    expect(code.answers[0]!.answer).toBe(code.answers[2]!.answer);
    expect(code.answers[1]!.answer).not.toBe(code.answers[0]!.answer);
  });

  test('the artifacts score differs; categories with the same answers do not', () => {
    const byKey = Object.fromEntries(alignment.categories.map((category) => [category.category.key, category.differs]));
    expect(byKey.artifacts).toBe(true);
    expect(byKey.contamination).toBe(false);
    expect(alignment.overallDiffers).toBe(true);
  });

  test('equal shares resting on different counts are the same score (1/2 and 2/4)', () => {
    const half = (id: string, yes: string[], no: string[]) =>
      withAnswers(base, id, {
        ...Object.fromEntries(RUBRIC[0]!.items.map((item) => [`artifacts/${item.key}`, { applies: false, answer: false }])),
        ...Object.fromEntries(yes.map((key) => [`artifacts/${key}`, { applies: true, answer: true }])),
        ...Object.fromEntries(no.map((key) => [`artifacts/${key}`, { applies: true, answer: false }])),
      });
    const a = half('a', ['code_released'], ['data_released']);
    const b = half('b', ['code_released', 'data_released'], ['environment_specified', 'reproduction_instructions']);
    const artifacts = alignPapers([a, b]).categories[0]!;
    expect(artifacts.scores.map((score) => `${score.yes}/${score.applicable}`)).toEqual(['1/2', '2/4']);
    expect(artifacts.differs).toBe(false);
  });
});
