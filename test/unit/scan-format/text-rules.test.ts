import { describe, expect, test } from 'vitest';
import {
  LINE_TEXT_PATTERN,
  LONG_TEXT_PATTERN,
  SAFE_LINE_PATTERN,
  describeCodePoint,
  firstMatch,
  textProblemMessage,
  tooLongMessage,
} from '../../../src/lib/scan-format/text-rules.ts';

const LINE = { long: false, visible: true };
const LONG = { long: true, visible: true };

describe('text a reader can see', () => {
  test.each([
    ['letters', 'Synthetic paper 00042'],
    ['one emoji', '🚀'],
    ['bidi controls around visible text (right-to-left names need them)', '\u202Eevil\u202C \u2067isolate\u2069 \u200F'],
    ['a zero-width joiner inside an emoji sequence', '👩\u200D🔬'],
    ['a non-breaking space between words', 'Synthetic\u00A0paper'],
  ])('accepts %s', (_, text) => {
    expect(LINE_TEXT_PATTERN.test(text)).toBe(true);
    expect(LONG_TEXT_PATTERN.test(text)).toBe(true);
  });

  test.each([
    ['empty', '', 'title must not be blank'],
    ['spaces', '   ', 'title must not be blank'],
    ['no-break and ideographic spaces', '\u00A0\u3000', 'title must not be blank'],
    ['a zero-width space', '\u200B', 'title must not be blank: it holds only invisible characters, such as U+200B'],
    ['bidi controls only', '\u202E\u202C\u2066\u2069', 'title must not be blank: it holds only invisible characters, such as U+202E'],
    ['a word joiner and a byte-order mark', ' \u2060\uFEFF', 'title must not be blank: it holds only invisible characters, such as U+2060'],
    ['a Hangul filler', '\u3164', 'title must not be blank: it holds only invisible characters, such as U+3164'],
    ['the blank braille pattern', '\u2800\u2800', 'title must not be blank: it holds only invisible characters, such as U+2800'],
    ['an invisible tag character', '\u{E0041}', 'title must not be blank: it holds only invisible characters, such as U+E0041'],
    ['a control character alone', '\u0007', 'title must not be blank: it holds only invisible characters, such as U+0007'],
  ])('refuses %s as blank', (_, text, message) => {
    expect(LINE_TEXT_PATTERN.test(text)).toBe(false);
    expect(LONG_TEXT_PATTERN.test(text)).toBe(false);
    expect(textProblemMessage('title', text, LINE)).toBe(message);
  });
});

describe('control characters', () => {
  test('tab and line feed are allowed in long text only', () => {
    expect(LONG_TEXT_PATTERN.test('First paragraph.\n\n\tSecond.')).toBe(true);
    expect(LINE_TEXT_PATTERN.test('Synthetic\tpaper')).toBe(false);
    expect(textProblemMessage('title', 'Synthetic\tpaper', LINE)).toBe(
      'title contains control character U+0009 (tab) at character 10: keep it on one line, without control characters',
    );
  });

  test.each([
    ['carriage return', 'a\r\nb', 'U+000D (carriage return) at character 2'],
    ['escape (terminal colours)', 'red \u001b[31m', 'U+001B (escape) at character 5'],
    ['null', 'x\u0000', 'U+0000 (null) at character 2'],
    ['delete', 'x\u007F', 'U+007F (delete) at character 2'],
    ['a C1 control (next line)', 'x\u0085y', 'U+0085 at character 2'],
  ])('refuses %s even in long text', (_, text, where) => {
    expect(LONG_TEXT_PATTERN.test(text)).toBe(false);
    expect(textProblemMessage('quote', text, LONG)).toBe(`quote contains control character ${where}: only tab and line feed are allowed`);
  });

  test('positions count characters as a reader does: an emoji is one', () => {
    expect(textProblemMessage('quote', '🚀🚀\u0007', LONG)).toContain('at character 3');
  });
});

describe('unpaired surrogates', () => {
  test.each([
    ['a lone high surrogate', 'x\uD83D', 'U+D83D at character 2'],
    ['a lone low surrogate', '\uDE80x', 'U+DE80 at character 1'],
    ['two high surrogates', '\uD83D\uD83D', 'U+D83D at character 1'],
  ])('refuses %s', (_, text, where) => {
    expect(SAFE_LINE_PATTERN.test(text)).toBe(false);
    expect(LINE_TEXT_PATTERN.test(text)).toBe(false);
    expect(textProblemMessage('name', text, LINE)).toBe(
      `name contains an unpaired UTF-16 surrogate ${where}: such text cannot be stored or shown; remove the \\u escape or complete its pair`,
    );
  });

  test('a pair (an emoji) is one character, accepted', () => {
    expect(SAFE_LINE_PATTERN.test('\uD83D\uDE80')).toBe(true);
  });
});

test('identifiers and addresses need no visible text but get the same character rules', () => {
  expect(SAFE_LINE_PATTERN.test('10.5555/synthetic')).toBe(true);
  expect(SAFE_LINE_PATTERN.test('10.5555/synthetic\u0007')).toBe(false);
  expect(textProblemMessage('doi', '10.5555/x\u0007', { long: false, visible: false })).toBe(
    'doi contains control character U+0007 at character 10: keep it on one line, without control characters',
  );
});

test('length message names the limit', () => {
  expect(tooLongMessage('quote', 'x'.repeat(50_001))).toBe('quote is 50,001 characters long; the limit is 50,000 characters');
});

test('describeCodePoint and firstMatch', () => {
  expect(describeCodePoint(0x9)).toBe('U+0009 (tab)');
  expect(describeCodePoint(0x1f680)).toBe('U+1F680');
  expect(firstMatch('ab\u0007', /\p{Cc}/u)).toEqual({ position: 3, codePoint: 7 });
  expect(firstMatch('abc', /\p{Cc}/u)).toBeUndefined();
});
