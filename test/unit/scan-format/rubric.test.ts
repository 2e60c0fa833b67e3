import { describe, expect, test } from 'vitest';
import { RUBRIC_V1 } from '../../../src/lib/scan-format/rubric-v1.ts';
import {
  CATEGORY_KEYS,
  RUBRIC,
  RUBRIC_VERSIONS,
  allItems,
  currentRubric,
  findCategory,
  findRubricVersion,
  getCategory,
  itemRef,
  rubricChangelog,
  rubricVersionProblems,
  scanRubricVersion,
  type RubricVersions,
} from '../../../src/lib/scan-format/rubric.ts';
import { ADDED_CATEGORY, ADDED_ITEM, REWORDED_QUESTION, testRubricVersions } from '../../helpers/test-rubric.ts';
import { itemAnchor } from '../../../src/lib/site/anchors.ts';

// Keys are JSON property names in every scan and parts of URLs and anchors: lowercase snake_case.
const KEY = /^[a-z]+(?:_[a-z]+)*$/;

describe('the rubric as data', () => {
  test('CATEGORY_KEYS lists the categories in display order, starting with artifacts', () => {
    expect(CATEGORY_KEYS).toEqual(RUBRIC.map((category) => category.key));
    expect(CATEGORY_KEYS[0]).toBe('artifacts');
    expect(CATEGORY_KEYS).toContain('human_studies');
  });

  test('category keys are unique and item keys unique within their category', () => {
    expect(new Set(CATEGORY_KEYS).size).toBe(CATEGORY_KEYS.length);
    for (const category of RUBRIC) {
      const keys = category.items.map((item) => item.key);
      expect(new Set(keys).size, category.key).toBe(keys.length);
    }
  });

  test('item anchors on the audit page are unique and never collide with a category heading id', () => {
    const anchors = allItems().map(({ category, item }) => itemAnchor(category.key, item.key));
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(CATEGORY_KEYS).not.toContain(anchor);
  });

  test.each(RUBRIC.map((category) => [category.key, category] as const))('%s: keys are snake_case and every text is written out', (_, category) => {
    expect(category.key).toMatch(KEY);
    expect(category.label.trim()).not.toBe('');
    expect(category.summary).toMatch(/^[A-Z].*\.$/);
    for (const item of category.items) {
      expect(item.key, `${category.key}.${item.key}`).toMatch(KEY);
      expect(item.label.trim(), item.key).not.toBe('');
      // A yes/no question, and a reason in full sentences (the methodology page prints both).
      expect(item.question, item.key).toMatch(/^[A-Z].*\?$/);
      expect(item.why, item.key).toMatch(/^[A-Z].*\.$/);
    }
  });

  test('labels are unique, so tables and dropdowns never show two alike', () => {
    const labels = allItems().map(({ category, item }) => `${category.label}: ${item.label}`);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(RUBRIC.map((category) => category.label)).size).toBe(RUBRIC.length);
  });
});

describe('lookups', () => {
  test('findCategory finds by key and returns the rubric object itself', () => {
    const found = findCategory('contamination');
    expect(found?.label).toBe('Contamination');
    expect(RUBRIC).toContain(found);
  });

  // Keys arrive from URLs and scan files: inherited object names and near misses find nothing.
  test.each(['', 'Artifacts', 'artifact', ' artifacts', '__proto__', 'constructor', 'toString', 'artifacts/code_released'])(
    'findCategory(%j) is undefined',
    (key) => {
      expect(findCategory(key)).toBeUndefined();
    },
  );

  test('getCategory returns the category or throws naming the unknown key', () => {
    expect(getCategory('human_studies').items.map((item) => item.key)).toContain('attrition_reported');
    expect(() => getCategory('no_such_category')).toThrow('Unknown rubric category "no_such_category"');
  });

  test('allItems lists every item once, category by category, with its category', () => {
    const items = allItems();
    expect(items).toHaveLength(RUBRIC.reduce((sum, category) => sum + category.items.length, 0));
    expect(items.map(({ category, item }) => `${category.key}.${item.key}`).slice(0, 5)).toEqual([
      'artifacts.code_released',
      'artifacts.data_released',
      'artifacts.environment_specified',
      'artifacts.reproduction_instructions',
      'statistical_methodology.confidence_intervals_or_error_bars',
    ]);
    expect(items.at(-1)!.item.key).toBe('compute_budget_stated');
    for (const { category, item } of items) expect(category.items).toContain(item);
  });
});

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
