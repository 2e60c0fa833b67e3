import { afterEach, expect, test, vi } from 'vitest';
import { decodePaperList, encodePaperList, fetchPaperList, matchPapers, type PaperChoice } from '../../../src/lib/compare/paper-list.ts';

const papers: PaperChoice[] = [
  { id: '9901.00001', title: 'Synthetic paper 00001: scaling fictional agents', year: 2020 },
  { id: '9901.00010', title: 'Synthetic paper 00010: Über fictional benchmarks', year: 2021 },
  { id: '9901.00100', title: 'Synthetic paper 00100: probing invented transformers', year: 2022 },
  { id: 'hep-th/9901001', title: 'Synthetic old-style paper', year: 1999 },
];

test('columns round trip', () => {
  expect(decodePaperList(encodePaperList(papers))).toEqual(papers);
});

test('an exact id comes first, then id prefixes, then title matches', () => {
  expect(matchPapers(papers, '9901.0001', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['9901.00010']);
  expect(matchPapers(papers, '9901.00001', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['9901.00001']);
  // The old-style id contains 9901 without starting with it: a match, after the prefixes.
  expect(matchPapers(papers, '9901', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['9901.00001', '9901.00010', '9901.00100', 'hep-th/9901001']);
  expect(matchPapers(papers, 'HEP-TH/', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['hep-th/9901001']);
});

test('every word must match the title or id, case and accents ignored', () => {
  expect(matchPapers(papers, 'uber BENCHMARKS', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['9901.00010']);
  expect(matchPapers(papers, 'fictional', new Set(), 10).shown.map((paper) => paper.id)).toEqual(['9901.00001', '9901.00010']);
  expect(matchPapers(papers, 'fictional transformers', new Set(), 10).total).toBe(0);
});

test('papers already compared are left out; the limit caps what is shown, not the total', () => {
  const result = matchPapers(papers, 'synthetic', new Set(['9901.00010']), 2);
  expect(result.shown.map((paper) => paper.id)).toEqual(['9901.00001', '9901.00100']);
  expect(result.total).toBe(3);
});

test('a blank query matches nothing', () => {
  expect(matchPapers(papers, '   ', new Set(), 10)).toEqual({ shown: [], total: 0 });
});

afterEach(() => vi.unstubAllGlobals());

test('the fetched list decodes to papers; an HTTP error rejects naming the status', async () => {
  const papers: PaperChoice[] = [{ id: '9901.00001', title: 'Synthetic paper 00001', year: 2016 }];
  const fetch = vi.fn(async (url: string) => (url.endsWith('missing.json') ? new Response('gone', { status: 404 }) : Response.json(encodePaperList(papers))));
  vi.stubGlobal('fetch', fetch);
  await expect(fetchPaperList('/compare/papers.json')).resolves.toEqual(papers);
  await expect(fetchPaperList('/missing.json')).rejects.toThrow('HTTP 404');
  expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/compare/papers.json', '/missing.json']);
});
