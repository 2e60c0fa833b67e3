import { describe, expect, test } from 'vitest';
import { distinctTerms, highlightSegments, normalizeTerm, tokenize } from '../../../src/lib/search/search-tokens.ts';

describe('normalizeTerm', () => {
  test.each([
    ['Contamination', 'contamination'],
    ['Variância', 'variancia'],
    ['ﬁne', 'fine'], // compatibility ligature
    ['ＧＰＵ', 'gpu'], // full-width letters
  ])('%s → %s', (word, expected) => {
    expect(normalizeTerm(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  test('keeps positions in the original text, accents included', () => {
    const text = 'Données <b>non</b> publiées';
    expect(tokenize(text)).toEqual([
      { term: 'donnees', start: 0, end: 7 },
      { term: 'b', start: 9, end: 10 },
      { term: 'non', start: 11, end: 14 },
      { term: 'b', start: 16, end: 17 },
      { term: 'publiees', start: 19, end: 27 },
    ]);
    for (const token of tokenize(text)) expect(normalizeTerm(text.slice(token.start, token.end))).toBe(token.term);
  });

  test.each([
    ['markup and script', '<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['javascript: URL', 'javascript:alert(document.cookie)', ['javascript', 'alert', 'document', 'cookie']],
    ['bidi controls split but never join a term', 'a\u202Eevil\u202C b', ['a', 'evil', 'b']],
    ['template braces', '{{ constructor }}', ['constructor']],
    ['numbers and hyphens', 'GPT-4 on 1.65M examples', ['gpt', '4', 'on', '1', '65m', 'examples']],
    ['empty', '', []],
  ])('%s', (_, text, terms) => {
    expect(tokenize(text).map((token) => token.term)).toEqual(terms);
  });
});

test('distinctTerms drops repeats in first-seen order', () => {
  expect(distinctTerms('Seed seed SEEDS seed')).toEqual(['seed', 'seeds']);
});

describe('highlightSegments', () => {
  test.each([
    ['no match', 'Variance not reported', [], [{ text: 'Variance not reported', mark: false }]],
    [
      'marks whole words, case-insensitively, keeps the rest verbatim',
      'Variance not reported; variance again',
      ['variance'],
      [
        { text: 'Variance', mark: true },
        { text: ' not reported; ', mark: false },
        { text: 'variance', mark: true },
        { text: ' again', mark: false },
      ],
    ],
    [
      'a term inside a longer word is not marked',
      'contaminated contamination',
      ['contamination'],
      [
        { text: 'contaminated ', mark: false },
        { text: 'contamination', mark: true },
      ],
    ],
    [
      'hostile markup stays text around the mark',
      '<img src=x onerror=alert(1)> leakage',
      ['leakage'],
      [
        { text: '<img src=x onerror=alert(1)> ', mark: false },
        { text: 'leakage', mark: true },
      ],
    ],
  ])('%s', (_, text, terms, expected) => {
    const segments = highlightSegments(text, new Set(terms));
    expect(segments).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
