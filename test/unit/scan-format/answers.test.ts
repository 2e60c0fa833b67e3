import { expect, test } from 'vitest';
import { ANSWER_TEXT, ANSWER_VALUE, answerClass, itemAnswer } from '../../../src/lib/scan-format/answers.ts';

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

test('yes sits at the top of the score scale, no at the bottom, not applicable off it', () => {
  expect(ANSWER_VALUE).toEqual({ yes: 1, no: 0, na: null });
});

test("a listing's answer cell is classed by its answer", () => {
  expect((['yes', 'no', 'na'] as const).map(answerClass)).toEqual(['a-yes', 'a-no', 'a-na']);
});
