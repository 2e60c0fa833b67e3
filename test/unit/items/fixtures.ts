/** Fictional papers for the item tests: every item answered `rest`, `artifacts/code_released` as given. */
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import type { ItemStatsPaper } from '../../../src/lib/items/item-stats.ts';

/** An answer as the tests write it. */
export type Answer = 'yes' | 'no' | 'na';

/** A fictional paper; `overrides` sets other items by "category/item". */
export function fictionalPaper(
  id: string,
  year: number,
  venue: string,
  code: Answer,
  rest: Answer = 'yes',
  overrides: Record<string, Answer> = {},
): ItemStatsPaper {
  const field = (answer: Answer) => ({ applies: answer !== 'na', answer: answer === 'yes' });
  const checklist: Record<string, Record<string, { applies: boolean; answer: boolean }>> = {};
  for (const { category, item } of allItems()) (checklist[category.key] ??= {})[item.key] = field(overrides[`${category.key}/${item.key}`] ?? rest);
  checklist.artifacts!.code_released = field(code);
  return { id, year, venue, checklist };
}
