import { expect, test } from 'vitest';
import { ANSWER_TEXT, itemAnswer } from '../../../src/lib/scan-format/answers.ts';

test.each([
  [{ applies: true, answer: true }, 'yes'],
  [{ applies: true, answer: false }, 'no'],
  [{ applies: false, answer: false }, 'na'],
  // A scan that says "does not apply" is not applicable whatever its answer field says.
  [{ applies: false, answer: true }, 'na'],
])('itemAnswer(%j) is %s', (item, expected) => {
  expect(itemAnswer(item)).toBe(expected);
});

test('every answer has its own symbol and word, so colour is never needed to tell them apart', () => {
  const shown = Object.values(ANSWER_TEXT);
  expect(new Set(shown.map((answer) => answer.symbol)).size).toBe(3);
  expect(new Set(shown.map((answer) => answer.word)).size).toBe(3);
  expect(ANSWER_TEXT.na.word).toBe('not applicable');
});
