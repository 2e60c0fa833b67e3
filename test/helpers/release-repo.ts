/**
 * A scratch repository with two releases, for the build and browser tests of `/releases/`:
 * `v2026.01` tags three fixture audits; `v2026.02` changes an answer of 9901.00001, removes
 * 9901.00002 and adds 9901.00004.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { sharedSite } from './fixture-sites.ts';
import { createTempRepo, type TempRepo } from './git-repo.ts';
import { ROOT } from './site.ts';

const fixture = (id: string) => path.join(ROOT, 'test/fixtures/site', id, 'scan.json');

/** The repository and the commit of its second release. */
export function createReleasedRepo(): { repo: TempRepo; second: string } {
  const repo = createTempRepo('glassbox-releases-');
  for (const id of ['9901.00001', '9901.00002', '9901.00003']) repo.addScan(id, fixture(id));
  repo.commit('First audits', '2026-01-10T12:00:00Z');
  repo.git('tag', 'v2026.01');
  repo.editScan('9901.00001', (scan) => {
    scan.checklist.artifacts!.code_released!.answer = false;
  });
  execFileSync('git', ['rm', '-q', '-r', 'scans/9901.00002'], { cwd: repo.root });
  repo.addScan('9901.00004', fixture('9901.00004'));
  const second = repo.commit('Second round', '2026-02-20T08:30:00Z');
  repo.git('tag', 'v2026.02');
  return { repo, second };
}

/** The site of a repository from `createReleasedRepo`, under `/glassbox/`: built once per test run and shared (build and browser tests read the same one). */
export function releasedSite(repo: TempRepo): Promise<string> {
  // Vitest workers export BASE_URL=/ into process.env, and Astro lets it override the configured base.
  // Audit pages render APA only, as on a large site, so they link the data formats rather than
  // print them (test/browser/citation-picker.test.ts); release pages carry every format anyway.
  const env = { SITE_URL: 'https://example-org.github.io', OG_IMAGES: 'off', BASE_URL: '/glassbox/', CITATION_STYLES: 'default' };
  return sharedSite({ name: 'releases', scansDir: repo.scansDir, base: '/glassbox/', env });
}
