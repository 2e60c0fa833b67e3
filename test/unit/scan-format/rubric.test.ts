import { describe, expect, test } from 'vitest';
import { allItems, CATEGORY_KEYS, findCategory, getCategory, RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
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
