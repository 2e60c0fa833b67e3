import { expect, test } from 'vitest';
import { commitUrl, fileAtCommitUrl, fileHistoryUrl, repoBase } from '../../../src/lib/contributing/repo-links.ts';

test.each([
  [undefined, undefined],
  ['', undefined],
  ['javascript:alert(1)', undefined],
  ['git@github.com:org/glassbox.git', undefined],
  ['https://github.com/org/glassbox/', 'https://github.com/org/glassbox'],
  ['https://github.com/org/glassbox.git', 'https://github.com/org/glassbox'],
])('repoBase(%j) is %j', (input, expected) => {
  expect(repoBase(input)).toBe(expected);
});

test('links to a commit, a file at a commit and a file history', () => {
  const repo = 'https://github.com/org/glassbox';
  expect(commitUrl(repo, 'abc123')).toBe('https://github.com/org/glassbox/commit/abc123');
  expect(fileAtCommitUrl(repo, 'abc123', 'scans/hep-th/9901001/scan.json')).toBe('https://github.com/org/glassbox/blob/abc123/scans/hep-th/9901001/scan.json');
  expect(fileHistoryUrl(repo, 'scans/x y/scan.json')).toBe('https://github.com/org/glassbox/commits/HEAD/scans/x%20y/scan.json');
  expect(commitUrl(undefined, 'abc123')).toBeUndefined();
});
