/**
 * A second rubric version that exists only in tests, to prove that scans answered under
 * version 1 stay valid and are scored fairly once the rubric changes. It is never shipped: the
 * published versions are in src/lib/scan-format/rubric.ts.
 *
 * Against version 1 it adds an item to `artifacts` and a whole new category, drops
 * `evaluation_design/negative_results_reported`, and rewords `artifacts/code_released`.
 */
import { RUBRIC_V1 } from '../../src/lib/scan-format/rubric-v1.ts';
import { RUBRIC_VERSIONS, type RubricCategory, type RubricItem, type RubricVersion, type RubricVersions } from '../../src/lib/scan-format/rubric.ts';

const guidance = (what: string) => ({ yes: `Synthetic: ${what} is there.`, no: `Synthetic: ${what} is missing.`, not_applicable: 'Synthetic: never.' });

/** The item version 2 adds to `artifacts`. */
export const ADDED_ITEM: RubricItem = {
  key: 'licence_stated',
  label: 'Licence stated',
  question: 'Synthetic question: is the licence of the released code and data stated?',
  why: 'Synthetic reason for a test-only item.',
  guidance: guidance('a licence'),
};

/** The category version 2 adds. */
export const ADDED_CATEGORY: RubricCategory = {
  key: 'synthetic_category',
  label: 'Synthetic category',
  summary: 'A category that exists only in tests.',
  items: [
    {
      key: 'synthetic_item',
      label: 'Synthetic item',
      question: 'Synthetic question of a test-only category?',
      why: 'Synthetic reason.',
      guidance: guidance('the synthetic thing'),
    },
  ],
};

/** The reworded question of `artifacts/code_released` in version 2. */
export const REWORDED_QUESTION = 'Synthetic rewording: is all code needed to reproduce the results public?';

function version2Categories(): RubricCategory[] {
  return [
    ...RUBRIC_V1.map((category): RubricCategory => {
      if (category.key === 'artifacts')
        return {
          ...category,
          items: [...category.items.map((item) => (item.key === 'code_released' ? { ...item, question: REWORDED_QUESTION } : item)), ADDED_ITEM],
        };
      if (category.key === 'evaluation_design') return { ...category, items: category.items.filter((item) => item.key !== 'negative_results_reported') };
      return category;
    }),
    ADDED_CATEGORY,
  ];
}

/** Version 1 as published, and the test-only version 2. */
export function testRubricVersions(): RubricVersions {
  const version2: RubricVersion = {
    version: 2,
    released: '2027-03-01',
    notes: ['Synthetic test version: one item and one category added, one item dropped, one reworded.'],
    categories: version2Categories(),
  };
  return [RUBRIC_VERSIONS[0], version2];
}
