import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import * as schema from '../../../src/lib/scan-format/schema.ts';
import {
  ARXIV_ID_PATTERN,
  CONFIGURATION_PATTERN,
  GITHUB_HANDLE_PATTERN,
  HTTP_URL_PATTERN,
  SLUG_PATTERN,
  SUPPORT_LEVELS,
  SUPPORT_WORDS,
} from '../../../src/lib/scan-format/vocabulary.ts';

describe('scan-format vocabulary', () => {
  test('imports nothing, so a browser bundle that uses it never pulls in zod', () => {
    const source = readFileSync(new URL('../../../src/lib/scan-format/vocabulary.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });

  test('the schema re-exports the same values, so there is one definition', () => {
    expect(schema.SUPPORT_LEVELS).toBe(SUPPORT_LEVELS);
    expect(schema.ARXIV_ID_PATTERN).toBe(ARXIV_ID_PATTERN);
  });

  test('every support level has its words', () => {
    expect(Object.keys(SUPPORT_WORDS).sort()).toEqual([...SUPPORT_LEVELS].sort());
  });

  test.each(['2405.05949', '2405.05949v2', '0704.0001', 'hep-th/9901001', 'math.GT/0309136'])('%s is an arXiv id', (id) => {
    expect(ARXIV_ID_PATTERN.test(id)).toBe(true);
  });

  test.each(['2405.5949', '0612.0001', '2413.00001', 'hep-th/990100', '2405.05949v0x'])('%s is not an arXiv id', (id) => {
    expect(ARXIV_ID_PATTERN.test(id)).toBe(false);
  });

  test('links, slugs, handles and configurations', () => {
    expect(HTTP_URL_PATTERN.test('https://example.org/x')).toBe(true);
    expect(HTTP_URL_PATTERN.test('javascript:alert(1)')).toBe(false);
    expect(SLUG_PATTERN.test('my-paper-2024')).toBe(true);
    expect(SLUG_PATTERN.test('My_Paper')).toBe(false);
    expect(GITHUB_HANDLE_PATTERN.test('octo-cat')).toBe(true);
    expect(GITHUB_HANDLE_PATTERN.test('-octo')).toBe(false);
    expect(CONFIGURATION_PATTERN.test('gpt-judge-2026')).toBe(true);
    expect(CONFIGURATION_PATTERN.test('sha256:abc')).toBe(false);
  });
});
