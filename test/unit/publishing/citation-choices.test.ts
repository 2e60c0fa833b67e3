import { expect, test } from 'vitest';
import type { CitationFormat } from '../../../src/lib/publishing/citation.ts';
import { initialChoice, pickerEntries } from '../../../src/lib/publishing/citation-choices.ts';

const formats: CitationFormat[] = [
  { key: 'apa', label: 'APA', kind: 'style', text: 'A' },
  { key: 'chicago', label: 'Chicago', kind: 'style', text: 'C' },
  { key: 'bibtex', label: 'BibTeX', kind: 'data', text: '@misc{}', file: 'cite.bib' },
  { key: 'ris', label: 'RIS', kind: 'data', text: 'TY  - ELEC', file: 'cite.ris' },
];

test('APA and BibTeX come first and start open; the rest keep their order, closed', () => {
  const entries = pickerEntries(formats, { idPrefix: 'cite' });
  expect(entries.map((entry) => [entry.key, entry.open])).toEqual([
    ['apa', true],
    ['bibtex', true],
    ['chicago', false],
    ['ris', false],
  ]);
  expect(entries[1]).toMatchObject({ labelId: 'cite-bibtex', textId: 'cite-bibtex-text' });
  expect(entries.some((entry) => entry.download)).toBe(false);
});

test('data formats link their files under the download folder; ids carry the prefix', () => {
  const entries = pickerEntries(formats, { idPrefix: 'release-v1', downloadBase: '/glassbox/releases/v1/' });
  expect(entries.map((entry) => entry.download)).toEqual([
    undefined,
    { href: '/glassbox/releases/v1/cite.bib', name: 'cite.bib' },
    undefined,
    { href: '/glassbox/releases/v1/cite.ris', name: 'cite.ris' },
  ]);
  expect(new Set(entries.map((entry) => entry.textId)).size).toBe(4);
  expect(entries[0]!.textId).toBe('release-v1-apa-text');
});

test.each([
  ['mla', ['apa', 'mla'], 'mla'],
  ['mla', ['apa', 'bibtex'], 'apa'],
  [null, ['apa', 'bibtex'], 'apa'],
  ['<img onerror=x>', ['bibtex'], 'bibtex'],
  [null, [], undefined],
])('initialChoice(%j, %j) is %j', (remembered, offered, expected) => {
  expect(initialChoice(remembered, offered)).toBe(expected);
});

test('CSL-JSON keeps the ids audit pages have always had (`cite-csl-text`)', () => {
  const [entry] = pickerEntries([{ key: 'csl-json', label: 'CSL-JSON', kind: 'data', text: '[]', file: 'cite.json' }], { idPrefix: 'cite' });
  expect(entry).toMatchObject({ labelId: 'cite-csl', textId: 'cite-csl-text' });
});

test('without inline data, data formats with a file are fetched on demand; styles stay on the page', () => {
  const entries = pickerEntries(formats, { idPrefix: 'cite', downloadBase: '/papers/9901.00001/', inlineData: false });
  expect(entries.map((entry) => [entry.key, entry.lazy])).toEqual([
    ['apa', false],
    ['bibtex', true],
    ['chicago', false],
    ['ris', true],
  ]);
  // Without a download folder there is nothing to fetch, so the text stays on the page.
  expect(pickerEntries(formats, { idPrefix: 'cite', inlineData: false }).some((entry) => entry.lazy)).toBe(false);
  expect(pickerEntries(formats, { idPrefix: 'cite', downloadBase: '/papers/9901.00001/' }).some((entry) => entry.lazy)).toBe(false);
});
