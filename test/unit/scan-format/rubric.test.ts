import { describe, expect, test } from 'vitest';
import { RUBRIC_V1 } from '../../../src/lib/scan-format/rubric-v1.ts';
import {
  RUBRIC,
  RUBRIC_VERSIONS,
  allItems,
  currentRubric,
  findRubricVersion,
  itemRef,
  rubricChangelog,
  rubricVersionProblems,
  scanRubricVersion,
  type RubricVersions,
} from '../../../src/lib/scan-format/rubric.ts';
import { ADDED_CATEGORY, ADDED_ITEM, REWORDED_QUESTION, testRubricVersions } from '../../helpers/test-rubric.ts';

describe('the published rubric versions', () => {
  test('are sound: numbered 1, 2, …, dated in order, keys unique, guidance everywhere', () => {
    expect(rubricVersionProblems(RUBRIC_VERSIONS)).toEqual([]);
  });

  test('RUBRIC is the current version, and version 1 is the 50 items in 11 categories of the first release', () => {
    expect(RUBRIC).toBe(currentRubric().categories);
    expect(findRubricVersion(1)?.categories).toBe(RUBRIC_V1);
    expect(allItems(RUBRIC_V1)).toHaveLength(50);
    expect(RUBRIC_V1).toHaveLength(11);
  });

  // Guidance is rubric text raters rely on: it must say something beyond the question.
  test.each(allItems().map(({ category, item }) => [itemRef(category.key, item.key), item] as const))('%s has guidance for each answer', (_, item) => {
    for (const text of Object.values(item.guidance)) {
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).not.toBe(item.question);
    }
    expect(new Set(Object.values(item.guidance)).size).toBe(3);
  });
});

describe('which version a scan answered', () => {
  test('the one it declares, or the first when it declares none', () => {
    const versions = testRubricVersions();
    expect(scanRubricVersion({}, versions)).toBe(1);
    expect(scanRubricVersion({ rubric_version: 2 }, versions)).toBe(2);
    expect(findRubricVersion(2, versions)?.version).toBe(2);
    expect(findRubricVersion(3, versions)).toBeUndefined();
    expect(currentRubric(versions).version).toBe(2);
  });
});

describe('changelog', () => {
  test('published: version 1 starts the list, so it adds, removes and rewords nothing', () => {
    expect(rubricChangelog()).toEqual([
      { version: 1, released: '2026-11-23', notes: ['First version: 50 items in 11 categories.'], added: [], removed: [], reworded: [], itemCount: 50 },
    ]);
  });

  test('with the test-only version 2: newest first, with what was added, removed and reworded', () => {
    const [second, first] = rubricChangelog(testRubricVersions());
    expect(first!.version).toBe(1);
    expect(second).toMatchObject({ version: 2, released: '2027-03-01', itemCount: 51 });
    expect(second!.added).toEqual([
      { category: 'artifacts', item: ADDED_ITEM.key, question: ADDED_ITEM.question },
      { category: ADDED_CATEGORY.key, item: 'synthetic_item', question: ADDED_CATEGORY.items[0]!.question },
    ]);
    expect(second!.removed).toEqual([
      { category: 'evaluation_design', item: 'negative_results_reported', question: 'Are configurations that did not work reported?' },
    ]);
    expect(second!.reworded).toEqual([
      { category: 'artifacts', item: 'code_released', question: REWORDED_QUESTION, before: 'Is the code needed to reproduce the results publicly available?' },
    ]);
  });
});

describe('rubricVersionProblems catches a broken list of versions', () => {
  const [first, second] = testRubricVersions() as unknown as [RubricVersions[0], RubricVersions[0]];

  test.each<[string, RubricVersions, string]>([
    ['a gap in the numbers', [first, { ...second, version: 3 }], 'version at position 2 is numbered 3; versions run 1, 2, 3…'],
    ['a version dated before its predecessor', [first, { ...second, released: '2020-01-01' }], 'version 2 is released before version 1'],
    ['a malformed date', [first, { ...second, released: '1 March 2027' }], 'version 2 has release date "1 March 2027", not YYYY-MM-DD'],
    ['a repeated category', [first, { ...second, categories: [...second.categories, ADDED_CATEGORY] }], 'version 2 repeats category "synthetic_category"'],
    [
      'a repeated item',
      [first, { ...second, categories: [{ ...ADDED_CATEGORY, items: [ADDED_ITEM, ADDED_ITEM] }] }],
      'version 2 repeats item "synthetic_category/licence_stated"',
    ],
    [
      'blank guidance',
      [first, { ...second, categories: [{ ...ADDED_CATEGORY, items: [{ ...ADDED_ITEM, guidance: { ...ADDED_ITEM.guidance, no: ' ' } }] }] }],
      'version 2: synthetic_category/licence_stated has blank no guidance',
    ],
  ])('%s', (_, versions, problem) => {
    expect(rubricVersionProblems(versions)).toContain(problem);
  });

  test('the test-only version 2 itself is sound', () => {
    expect(rubricVersionProblems(testRubricVersions())).toEqual([]);
  });
});
