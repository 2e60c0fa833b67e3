import { describe, expect, test } from 'vitest';
import { arxivIdWithoutVersion, expectedScanId, folderMismatch, paperIdentityKeys, scanIdFromRelativePath } from '../../../src/lib/scan-format/scan-id.ts';

describe('scan ids', () => {
  test.each([
    ['2405.05949', '2405.05949'],
    ['2405.05949v2', '2405.05949'],
    ['2405.05949v12', '2405.05949'],
    ['hep-th/9901001v3', 'hep-th/9901001'],
    ['hep-th/9901001', 'hep-th/9901001'],
  ])('%s without version is %s', (id, bare) => {
    expect(arxivIdWithoutVersion(id)).toBe(bare);
    expect(expectedScanId({ arxiv_id: id })).toBe(bare);
  });

  test('a paper without arXiv id has no fixed folder', () => {
    expect(expectedScanId({})).toBeUndefined();
  });

  test.each([
    ['2405.05949/scan.json', '2405.05949'],
    ['hep-th/9901001/scan.json', 'hep-th/9901001'],
    ['hep-th\\9901001\\scan.json', 'hep-th/9901001'],
    ['some-slug/scan.json', 'some-slug'],
    ['scan.json', ''],
  ])('%s is filed as %j', (relative, id) => expect(scanIdFromRelativePath(relative)).toBe(id));
});

describe('folder must fit the paper', () => {
  test.each([
    ['2405.05949', { arxiv_id: '2405.05949' }],
    ['2405.05949', { arxiv_id: '2405.05949v2' }],
    ['hep-th/9901001', { arxiv_id: 'hep-th/9901001' }],
    ['a-slug-2024', {}],
  ])('%s fits %j', (id, paper) => expect(folderMismatch(id, paper)).toBeUndefined());

  test.each([
    ['2405.05949v2', { arxiv_id: '2405.05949v2' }, 'folder "2405.05949v2" does not match arxiv_id: move the file to scans/2405.05949/scan.json'],
    ['9901001', { arxiv_id: 'hep-th/9901001' }, 'folder "9901001" does not match arxiv_id: move the file to scans/hep-th/9901001/scan.json'],
    ['cumo', { arxiv_id: '2405.05949' }, 'folder "cumo" does not match arxiv_id: move the file to scans/2405.05949/scan.json'],
    ['Some_Slug', {}, 'folder "Some_Slug" must be a lowercase slug (letters, digits, hyphens) for a paper without arxiv_id'],
    ['nested/slug', {}, 'folder "nested/slug" must be a lowercase slug (letters, digits, hyphens) for a paper without arxiv_id'],
    ['', {}, 'folder "" must be a lowercase slug (letters, digits, hyphens) for a paper without arxiv_id'],
  ])('%s does not fit %j', (id, paper, message) => expect(folderMismatch(id, paper)).toBe(message));
});

describe('identity keys that make two scans the same paper', () => {
  test('the arXiv id ignores its version; the DOI ignores case', () => {
    expect(paperIdentityKeys({ arxiv_id: '2405.05949v2', doi: '10.5555/ABC.Def' })).toEqual([
      { key: 'arxiv:2405.05949', label: 'arXiv id 2405.05949', pointer: '/paper/arxiv_id' },
      { key: 'doi:10.5555/abc.def', label: 'DOI 10.5555/ABC.Def', pointer: '/paper/doi' },
    ]);
    expect(paperIdentityKeys({ arxiv_id: '2405.05949' })[0]!.key).toBe(paperIdentityKeys({ arxiv_id: '2405.05949v3' })[0]!.key);
  });

  test('an arXiv DOI names the same paper as the arXiv id, and is not counted twice when both are given', () => {
    expect(paperIdentityKeys({ doi: '10.48550/arXiv.2405.05949' })).toEqual([
      { key: 'doi:10.48550/arxiv.2405.05949', label: 'DOI 10.48550/arXiv.2405.05949', pointer: '/paper/doi' },
      { key: 'arxiv:2405.05949', label: 'arXiv id 2405.05949, from its DOI', pointer: '/paper/doi' },
    ]);
    expect(paperIdentityKeys({ arxiv_id: '2405.05949v2', doi: '10.48550/ARXIV.2405.05949' }).map((identity) => identity.key)).toEqual([
      'arxiv:2405.05949',
      'doi:10.48550/arxiv.2405.05949',
    ]);
    expect(paperIdentityKeys({ doi: '10.48550/arXiv.hep-th/9901001' }).map((identity) => identity.key)).toContain('arxiv:hep-th/9901001');
  });

  test('a URL alone is no identity (two pages may show one paper, one page may list many)', () => {
    expect(paperIdentityKeys({})).toEqual([]);
  });
});
