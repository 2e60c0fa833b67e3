import { describe, expect, test } from 'vitest';
import { plausibleTypoOf } from '../../../src/lib/scan-format/suggest.ts';

describe('plausibleTypoOf', () => {
  const allowed = ['justification', 'applies', 'answer', 'evidence'] as const;

  test.each([
    ['justificaton', 'justification'], // one letter dropped
    ['aplies', 'applies'],
    ['answr', 'answer'],
    ['evidense', 'evidence'],
  ])('%s is taken for %s', (word, expected) => {
    expect(plausibleTypoOf(word, allowed)).toBe(expected);
  });

  test('a word far from every allowed one gets no suggestion', () => {
    expect(plausibleTypoOf('confidence', allowed)).toBeUndefined();
    expect(plausibleTypoOf('x', ['justification'])).toBeUndefined();
  });

  test('the allowance grows with the suggestion: two edits always, a quarter of a long word', () => {
    // "justification" has 13 letters: floor(13 / 4) = 3 edits are allowed, 4 are not.
    expect(plausibleTypoOf('jstfcation', ['justification'])).toBe('justification');
    expect(plausibleTypoOf('jstfcaton', ['justification'])).toBeUndefined();
    // Short words keep the floor of 2 edits.
    expect(plausibleTypoOf('ab', ['abcd'])).toBe('abcd');
  });

  test('nothing to suggest from an empty list', () => {
    expect(plausibleTypoOf('answer', [])).toBeUndefined();
  });
});
