import { describe, expect, test } from 'vitest';
import { contributeLinks } from '../../../src/lib/contributing/contribute.ts';

const REPO = 'https://github.com/example-org/glassbox';

describe('contributeLinks', () => {
  test.each([
    ['2405.05949', `${REPO}/issues/new?template=dispute.yml&title=Dispute%3A+2405.05949&paper=2405.05949`, `${REPO}/edit/main/scans/2405.05949/scan.json`],
    [
      'hep-th/9901001',
      `${REPO}/issues/new?template=dispute.yml&title=Dispute%3A+hep-th%2F9901001&paper=hep-th%2F9901001`,
      `${REPO}/edit/main/scans/hep-th/9901001/scan.json`,
    ],
    [
      'synthetic-slug-paper',
      `${REPO}/issues/new?template=dispute.yml&title=Dispute%3A+synthetic-slug-paper&paper=synthetic-slug-paper`,
      `${REPO}/edit/main/scans/synthetic-slug-paper/scan.json`,
    ],
  ])('%s', (id, correction, edit) => {
    expect(contributeLinks(id, REPO)).toEqual({ correction, edit });
  });

  test.each([`${REPO}/`, `${REPO}.git`, ` ${REPO} `])('normalises the repository URL %j', (repo) => {
    expect(contributeLinks('2405.05949', repo)?.edit).toBe(`${REPO}/edit/main/scans/2405.05949/scan.json`);
  });

  test.each([undefined, '', 'javascript:alert(1)', 'github.com/example-org/glassbox', 'ftp://example.org/repo'])(
    'no links without a usable http(s) repository: %j',
    (repo) => {
      expect(contributeLinks('2405.05949', repo)).toBeUndefined();
    },
  );

  test('the paper id is a query value: it cannot add or replace parameters', () => {
    const links = contributeLinks('x&template=evil.yml', REPO)!;
    const url = new URL(links.correction);
    expect(url.searchParams.getAll('template')).toEqual(['dispute.yml']);
    expect(url.searchParams.get('paper')).toBe('x&template=evil.yml');
  });

  test('another branch can be linked', () => {
    expect(contributeLinks('2405.05949', REPO, 'gh-pages-src')?.edit).toBe(`${REPO}/edit/gh-pages-src/scans/2405.05949/scan.json`);
  });
});
