/**
 * A checklist answer as readers see it: yes, no or not applicable, each with a symbol and a word
 * so colour is never the only channel. Kept free of d3 and zod so client scripts (the compare
 * page) print answers exactly as the build does without bundling either.
 */

/** One paper's answer to a checklist item. */
export type ItemAnswer = 'yes' | 'no' | 'na';

/** Symbol, word and table abbreviation of an answer. */
export const ANSWER_TEXT: Record<ItemAnswer, { symbol: string; word: string; short: string }> = {
  yes: { symbol: '✓', word: 'yes', short: 'yes' },
  no: { symbol: '✗', word: 'no', short: 'no' },
  na: { symbol: '–', word: 'not applicable', short: 'n.a.' },
};

/** The answer to an item from its `applies`/`answer` fields. */
export function itemAnswer(item: { applies: boolean; answer: boolean }): ItemAnswer {
  return !item.applies ? 'na' : item.answer ? 'yes' : 'no';
}
