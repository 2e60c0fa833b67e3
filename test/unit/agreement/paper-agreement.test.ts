import { describe, expect, test } from 'vitest';
import { answersLabel, paperAgreement, paperAudits, scoreRange } from '../../../src/lib/agreement/paper-agreement.ts';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import { scanAnswering } from '../../helpers/answers.ts';

const ITEMS = allItems().length;
const CODE = 'artifacts/code_released';
const DATA = 'artifacts/data_released';
const SEEDS = 'statistical_methodology/variance_reported';

test.each([
  [{ yes: 3, no: 0, na: 0 }, '3 of 3 say yes'],
  [{ yes: 0, no: 2, na: 0 }, '2 of 2 say no'],
  [{ yes: 0, no: 0, na: 2 }, '2 of 2 say does not apply'],
  [{ yes: 2, no: 1, na: 0 }, 'split 2–1: 2 yes, 1 no'],
  [{ yes: 1, no: 2, na: 0 }, 'split 2–1: 2 no, 1 yes'],
  [{ yes: 1, no: 1, na: 1 }, 'split 1–1–1: 1 yes, 1 no, 1 does not apply'],
  [{ yes: 0, no: 1, na: 1 }, 'split 1–1: 1 no, 1 does not apply'],
])('answersLabel(%j) is "%s"', (counts, label) => {
  expect(answersLabel(counts)).toBe(label);
});

test('paperAudits puts the published scan first and the others by name', () => {
  const scan = scanAnswering();
  const audits = paperAudits(scan, [
    { name: 'zeta-model', scan },
    { name: 'ada-abernathy', scan },
  ]);
  expect(audits.map((audit) => [audit.name, audit.published])).toEqual([
    ['published', true],
    ['ada-abernathy', false],
    ['zeta-model', false],
  ]);
});

describe('three audits that split on some items', () => {
  const audits = paperAudits(scanAnswering({ [DATA]: 'no', [SEEDS]: 'na' }), [
    { name: 'second-model', scan: scanAnswering({ [CODE]: 'no', [DATA]: 'no' }) },
    { name: 'jane-roe', scan: scanAnswering({ [CODE]: 'no', [DATA]: 'no', [SEEDS]: 'no' }) },
  ]);
  const agreement = paperAgreement(audits);

  test('each item says how each audit answered it', () => {
    const code = agreement.items.find((item) => item.key === CODE)!;
    expect(code).toMatchObject({
      category: 'artifacts',
      item: 'code_released',
      counts: { yes: 1, no: 2, na: 0 },
      unanimous: false,
      label: 'split 2–1: 2 no, 1 yes',
    });
    expect(code.answers).toEqual([
      { audit: 'published', published: true, answer: 'yes' },
      { audit: 'jane-roe', published: false, answer: 'no' },
      { audit: 'second-model', published: false, answer: 'no' },
    ]);
    expect(agreement.items.find((item) => item.key === DATA)).toMatchObject({ unanimous: true, label: '3 of 3 say no' });
  });

  test('the disagreements are the split items, in rubric order', () => {
    expect(agreement.items).toHaveLength(ITEMS);
    expect(agreement.disagreements.map((item) => [item.key, item.label])).toEqual([
      [CODE, 'split 2–1: 2 no, 1 yes'],
      [SEEDS, 'split 1–1–1: 1 yes, 1 no, 1 does not apply'],
    ]);
  });

  test('overall scores come from the scoring module, with their range', () => {
    // published: 50 items, 1 does not apply, 1 no → 48/49; jane-roe: 3 no → 47/50; second-model: 2 no → 48/50.
    expect(agreement.scores.byAudit.map((entry) => [entry.audit, entry.overall.yes, entry.overall.applicable])).toEqual([
      ['published', ITEMS - 2, ITEMS - 1],
      ['jane-roe', ITEMS - 3, ITEMS],
      ['second-model', ITEMS - 2, ITEMS],
    ]);
    expect(agreement.scores.lowest).toEqual({ yes: ITEMS - 3, applicable: ITEMS, value: (ITEMS - 3) / ITEMS });
    expect(agreement.scores.highest).toEqual({ yes: ITEMS - 2, applicable: ITEMS - 1, value: (ITEMS - 2) / (ITEMS - 1) });
  });

  test('one line sums it up', () => {
    expect(agreement.summary).toBe(`3 audits agree on ${ITEMS - 2} of ${ITEMS} items and split on 2; overall scores range from 94% to 98%.`);
  });
});

describe('summaries in the edge cases', () => {
  test('a single audit has nothing to compare', () => {
    const agreement = paperAgreement(paperAudits(scanAnswering(), []));
    expect(agreement).toMatchObject({ audits: 1, disagreements: [] });
    expect(agreement.summary).toBe('One audit: no independent audit to compare with yet.');
  });

  test('two identical audits agree on everything and give one score', () => {
    const agreement = paperAgreement(paperAudits(scanAnswering({ [CODE]: 'no' }), [{ name: 'b', scan: scanAnswering({ [CODE]: 'no' }) }]));
    expect(agreement.summary).toBe(`2 audits agree on all ${ITEMS} items; every audit gives an overall score of 98%.`);
  });

  test('audits where nothing applies have no score range', () => {
    const nothing = scanAnswering({}, 'na');
    const range = scoreRange(paperAudits(nothing, [{ name: 'b', scan: nothing }]));
    expect([range.lowest, range.highest]).toEqual([null, null]);
    expect(paperAgreement(paperAudits(nothing, [{ name: 'b', scan: nothing }])).summary).toBe(
      `2 audits agree on all ${ITEMS} items; no item applies in any of them.`,
    );
  });

  test('an empty list is refused: every paper has its published audit', () => {
    expect(() => paperAgreement([])).toThrow(RangeError);
  });
});
