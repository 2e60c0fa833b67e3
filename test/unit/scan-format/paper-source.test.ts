import { expect, test } from 'vitest';
import { sourceLinks } from '../../../src/lib/scan-format/paper-source.ts';

test.each([
  ['arXiv id, version dropped from the URL', { arxiv_id: '9901.00001v2' }, [{ label: 'arXiv:9901.00001v2', href: 'https://arxiv.org/abs/9901.00001' }]],
  ['old-style arXiv id keeps its slash', { arxiv_id: 'hep-th/9901001' }, [{ label: 'arXiv:hep-th/9901001', href: 'https://arxiv.org/abs/hep-th/9901001' }]],
  ['DOI with characters to encode', { doi: '10.9999/a<b>#c' }, [{ label: 'doi:10.9999/a<b>#c', href: 'https://doi.org/10.9999/a%3Cb%3E%23c' }]],
  ['URL labelled by host', { url: 'https://example.org/synthetic/1' }, [{ label: 'example.org', href: 'https://example.org/synthetic/1' }]],
  ['a non-web URL is dropped', { url: 'javascript:alert(1)' }, []],
  [
    'all three in order',
    { arxiv_id: '9901.00001', doi: '10.9999/x', url: 'http://example.org' },
    [
      { label: 'arXiv:9901.00001', href: 'https://arxiv.org/abs/9901.00001' },
      { label: 'doi:10.9999/x', href: 'https://doi.org/10.9999/x' },
      { label: 'example.org', href: 'http://example.org' },
    ],
  ],
])('%s', (_name, paper, expected) => {
  expect(sourceLinks(paper)).toEqual(expected);
});
