import { describe, expect, test } from 'vitest';
import { RUBRIC_V1 } from '../../../src/lib/scan-format/rubric-v1.ts';

const items = RUBRIC_V1.flatMap((category) => category.items.map((item) => ({ category: category.key, ...item })));

describe('rubric version 1', () => {
  test('has the 50 items in 11 categories that every committed scan answers', () => {
    expect(RUBRIC_V1).toHaveLength(11);
    expect(items).toHaveLength(50);
    expect(RUBRIC_V1[0]!.key).toBe('artifacts');
    expect(items[0]).toMatchObject({ category: 'artifacts', key: 'code_released' });
  });

  test.each(items.map((item) => [`${item.category}/${item.key}`, item] as const))('%s says what counts as yes, no and not applicable', (_ref, item) => {
    for (const text of [item.label, item.question, item.why, item.guidance.yes, item.guidance.no, item.guidance.not_applicable]) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).toBe(text.trim());
    }
    // Guidance distinguishes the answers: the three texts are never the same.
    expect(new Set(Object.values(item.guidance)).size).toBe(3);
  });
});
