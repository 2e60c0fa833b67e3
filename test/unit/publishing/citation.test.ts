import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  authorsShort,
  bibtexEscape,
  citationKey,
  dateParts,
  permalink,
  toApa,
  toBibtex,
  toCslJson,
  toCslJsonText,
  type AuditCitationInput,
} from '../../../src/lib/publishing/citation.ts';
import { scanSchema, type Paper } from '../../../src/lib/scan-format/schema.ts';

const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));
// Version inputs are explicit so the goldens do not depend on the repository's history.
const seedInput: AuditCitationInput = {
  id: '2405.05949',
  paper: seed.paper,
  pageUrl: 'https://glassbox.example.org/papers/2405.05949/',
  version: { short: '15c8dec', date: '2026-11-23T18:39:59+00:00' },
};

describe('golden citations of the seed audit', () => {
  test('BibTeX', () => {
    expect(toBibtex(seedInput)).toBe(`@misc{glassbox-2405.05949-15c8dec,
  title = {{Glassbox transparency audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts}},
  author = {{Glassbox contributors}},
  publisher = {Glassbox},
  year = {2026},
  month = nov,
  date = {2026-11-23},
  version = {15c8dec},
  url = {https://glassbox.example.org/papers/2405.05949/?v=15c8dec},
  note = {Transparency audit of Jiachen Li et al. (2024), "CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts", arXiv:2405.05949. Audit version 15c8dec},
}`);
  });

  test('APA-style line', () => {
    expect(toApa(seedInput)).toBe(
      'Glassbox contributors. (2026, November 23). Glassbox transparency audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts (Version 15c8dec) [Review of the paper CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts, by Jiachen Li et al. (2024), arXiv:2405.05949]. Glassbox. https://glassbox.example.org/papers/2405.05949/?v=15c8dec',
    );
  });

  test('CSL-JSON', () => {
    expect(toCslJson(seedInput)).toEqual({
      id: 'glassbox-2405.05949-15c8dec',
      type: 'review',
      title: 'Glassbox transparency audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts',
      author: [{ literal: 'Glassbox contributors' }],
      publisher: 'Glassbox',
      issued: { 'date-parts': [[2026, 11, 23]] },
      version: '15c8dec',
      URL: 'https://glassbox.example.org/papers/2405.05949/?v=15c8dec',
      'reviewed-title': 'CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts',
      'reviewed-author': ['Jiachen Li', 'Xinyao Wang', 'Sijie Zhu', 'Chia-Wen Kuo', 'Lu Xu', 'Fan Chen', 'Jitesh Jain', 'Humphrey Shi', 'Longyin Wen'].map(
        (literal) => ({ literal }),
      ),
      note: 'arXiv:2405.05949',
    });
    expect(JSON.parse(toCslJsonText(seedInput))).toEqual([toCslJson(seedInput)]);
  });
});

describe('an unversioned audit is cited without inventing a version or date', () => {
  const input = { ...seedInput, version: null };
  test.each([
    ['BibTeX', toBibtex(input)],
    ['APA', toApa(input)],
    ['CSL', toCslJsonText(input)],
  ])('%s has no version and links the page itself', (_, text) => {
    expect(text).not.toContain('15c8dec');
    expect(text).not.toContain('?v=');
    expect(text).toContain('https://glassbox.example.org/papers/2405.05949/');
  });
  test('APA says n.d., BibTeX has no year', () => {
    expect(toApa(input)).toContain('(n.d.)');
    expect(toBibtex(input)).not.toMatch(/year|month|date =/);
    expect(toCslJson(input)).not.toHaveProperty('issued');
  });
});

describe('hostile text cannot break out of a BibTeX field', () => {
  test.each([
    ['}, author = {Mallory', '\\}, author = \\{Mallory'],
    ['50% & $x_1$ #1 ^ ~', '50\\% \\& \\$x\\_1\\$ \\#1 \\^{} \\~{}'],
    ['\\input{/etc/passwd}', '\\textbackslash{}input\\{/etc/passwd\\}'],
    ['line\nbreak\t and  spaces', 'line break and spaces'],
    ['<script>alert(1)</script> 🔬 ‮', '<script>alert(1)</script> 🔬 ‮'],
  ])('%j', (raw, escaped) => {
    expect(bibtexEscape(raw)).toBe(escaped);
  });

  test('a hostile title keeps braces balanced in the whole entry', () => {
    const paper: Paper = { ...seed.paper, title: 'Evil }} title {\\', authors: ['A } B'] };
    const entry = toBibtex({ ...seedInput, paper });
    let depth = 0;
    for (let i = 0; i < entry.length; i++) {
      if (entry[i] === '\\') {
        i++;
        continue;
      }
      if (entry[i] === '{') depth++;
      if (entry[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

test.each([
  [[], ''],
  [['Ada Lovelace'], 'Ada Lovelace'],
  [['Ada Lovelace', 'Alan Turing'], 'Ada Lovelace and Alan Turing'],
  [['A', 'B', 'C'], 'A et al.'],
])('authorsShort(%j) is %j', (authors, expected) => {
  expect(authorsShort(authors)).toBe(expected);
});

test.each([
  ['2405.05949', { short: 'abc1234', date: '2026-01-01' }, 'glassbox-2405.05949-abc1234'],
  ['hep-th/9901001', null, 'glassbox-hep-th-9901001'],
])('citationKey(%s)', (id, version, key) => {
  expect(citationKey(id, version)).toBe(key);
});

test('permalink sets the version query on an absolute URL and dateParts reads the calendar day', () => {
  expect(permalink('https://x.org/glassbox/papers/hep-th/9901001/', { short: 'abc1234', date: '' })).toBe(
    'https://x.org/glassbox/papers/hep-th/9901001/?v=abc1234',
  );
  expect(dateParts('2026-11-23T23:59:59-05:00')).toEqual([2026, 11, 23]);
  expect(() => dateParts('yesterday')).toThrow(/ISO date/);
});

test('papers without arXiv id are identified by DOI, then URL', () => {
  const { arxiv_id: _, ...rest } = seed.paper;
  expect(toApa({ ...seedInput, paper: { ...rest, venue: 'NeurIPS', doi: '10.1/x' } })).toContain('(2024), doi:10.1/x]');
  expect(toCslJson({ ...seedInput, paper: { ...rest, url: 'https://example.org/p' } }).note).toBe('arXiv, https://example.org/p');
});
