import { describe, expect, test } from 'vitest';
import { identityKeys, linkCitations, normaliseTitle, type CitingScan } from '../../../src/lib/site/cited-links.ts';

const scan = (id: string, paper: CitingScan['paper'], cited: CitingScan['cited'] = []): CitingScan => ({ id, paper, cited });

describe('normaliseTitle', () => {
  test.each([
    ['Attention Is All You Need', 'attention is all you need'],
    ['  Attention  is all you need.  ', 'attention is all you need'],
    ['Ünïcödé: Résumé—of MoE', 'unicode resume of moe'],
    ['LLaVA-1.5 (Improved)', 'llava 1 5 improved'],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTitle(input)).toBe(expected);
  });
});

describe('identityKeys', () => {
  test('arXiv id without version, DOI in lower case, then the title', () => {
    expect(identityKeys({ title: 'A B', arxiv_id: '9901.00001v3', doi: '10.9999/ABC' })).toEqual(['arxiv:9901.00001', 'doi:10.9999/abc', 'title:a b']);
  });
});

describe('linkCitations', () => {
  const alpha = scan('9901.00001', { title: 'Synthetic paper Alpha', arxiv_id: '9901.00001' });
  const beta = scan('synthetic-beta', { title: 'Synthetic paper Beta', doi: '10.9999/Beta' });
  const gamma = scan('9901.00003', { title: 'Synthetic paper Gamma', arxiv_id: '9901.00003' }, [
    { title: 'Some other title', arxiv_id: '9901.00001v2' },
    { title: 'Beta under another name', doi: '10.9999/beta' },
    { title: 'synthetic paper   ALPHA!' },
    { title: 'Not audited anywhere', arxiv_id: '9901.09999' },
    { title: 'Synthetic paper Gamma' },
  ]);
  const delta = scan('9901.00004', { title: 'Synthetic paper Delta', arxiv_id: '9901.00004' }, [{ title: 'Synthetic paper Beta' }]);
  const links = linkCitations([alpha, beta, gamma, delta]);

  test.each([
    [0, 'arXiv id, version ignored', '9901.00001'],
    [1, 'DOI, case ignored', 'synthetic-beta'],
    [2, 'normalised title', '9901.00001'],
    [3, 'unknown paper', null],
    [4, 'the paper itself', null],
  ])('cited paper %i (%s) → %s', (index, _why, expected) => {
    expect(links.get('9901.00003')!.cites[index]).toBe(expected);
  });

  test('"cited by" is the inverse, sorted and without duplicates', () => {
    expect(links.get('9901.00001')!.citedBy).toEqual(['9901.00003']);
    expect(links.get('synthetic-beta')!.citedBy).toEqual(['9901.00003', '9901.00004']);
    expect(links.get('9901.00003')!.citedBy).toEqual([]);
  });

  test('a scan without citations has empty lists', () => {
    expect(links.get('9901.00001')!.cites).toEqual([]);
  });
});
