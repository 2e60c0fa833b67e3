/**
 * The fixture sites that build and browser tests share: built once per test run by
 * `test/global-setup.ts`, then only read. A test asks for a site by name and gets its folder.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, type SiteOptions } from './site.ts';

/** The repository that `REPO_URL` points fixture sites at. */
export const FIXTURE_REPO_URL = 'https://github.com/example-org/glassbox';

/** Scans folder that joins the ordinary fixtures with the hostile ones, so hostile text meets real neighbours. */
export const HOSTILE_SCANS_DIR = path.join(ROOT, '.cache/fixtures/hostile-and-site');

/** Every shared fixture site: its build options. */
export const FIXTURE_SITES = {
  /** The 14 ordinary fixture scans served at `/`. */
  main: {
    name: 'qa-main',
    scansDir: 'test/fixtures/site',
    base: '/',
    env: { SITE_URL: 'https://glassbox.example.org', REPO_URL: FIXTURE_REPO_URL },
  },
  /** Ordinary plus hostile scans under a GitHub Pages project path. */
  hostile: {
    name: 'qa-hostile',
    scansDir: HOSTILE_SCANS_DIR,
    base: '/glassbox/',
    env: { SITE_URL: 'https://example-org.github.io', REPO_URL: FIXTURE_REPO_URL },
  },
} as const satisfies Record<string, SiteOptions & { base: string }>;

export type FixtureSiteName = keyof typeof FIXTURE_SITES;

/** Assemble the hostile scans folder from `test/fixtures/site` and `test/fixtures/hostile`. */
export function prepareHostileScans(): void {
  rmSync(HOSTILE_SCANS_DIR, { recursive: true, force: true });
  mkdirSync(HOSTILE_SCANS_DIR, { recursive: true });
  for (const source of ['test/fixtures/site', 'test/fixtures/hostile']) {
    cpSync(path.join(ROOT, source), HOSTILE_SCANS_DIR, { recursive: true });
  }
}

/** Output folder of a shared fixture site; throws when the global setup has not built it. */
export function fixtureSite(name: FixtureSiteName): { outDir: string; base: string } {
  const { name: folder, base } = FIXTURE_SITES[name];
  const outDir = path.join(ROOT, '.cache/sites', folder);
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`fixture site "${name}" is not built: run the test through vitest so test/global-setup.ts builds it`);
  }
  return { outDir, base };
}
