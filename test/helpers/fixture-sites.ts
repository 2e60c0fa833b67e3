/**
 * The fixture sites that build and browser tests share: built once per test run by
 * `test/global-setup.ts`, then only read. A test asks for a site by name and gets its folder.
 *
 * Each run builds into its own folder (named by the global setup and handed to tests with
 * vitest's `provide`/`inject`), so two test runs in one working tree never rebuild a site
 * under each other's feet.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { createTempRepo, type TempRepo } from './git-repo.ts';
import { ROOT, type SiteOptions } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder prefix of this run's fixture sites under `.cache/sites/`. */
    fixtureRun: string;
  }
}

/** The repository that `REPO_URL` points fixture sites at. */
export const FIXTURE_REPO_URL = 'https://github.com/example-org/glassbox';

/** Every shared fixture site: its build options (the name is prefixed by the run folder). */
export const FIXTURE_SITES = {
  /** The 19 ordinary fixture scans served at `/`. */
  main: {
    name: 'qa-main',
    scansDir: 'test/fixtures/site',
    base: '/',
    env: { SITE_URL: 'https://glassbox.example.org', REPO_URL: FIXTURE_REPO_URL },
  },
  /** Ordinary plus hostile scans under a GitHub Pages project path (scans folder committed per run). */
  hostile: {
    name: 'qa-hostile',
    scansDir: 'test/fixtures/hostile',
    base: '/glassbox/',
    env: { SITE_URL: 'https://example-org.github.io', REPO_URL: FIXTURE_REPO_URL },
  },
} as const satisfies Record<string, SiteOptions & { base: string }>;

/** Name of a shared fixture site. */
export type FixtureSiteName = keyof typeof FIXTURE_SITES;

/** Build options of a fixture site within a run folder; the hostile site needs its scans folder from `commitHostileScans`. */
export function fixtureSiteOptions(name: FixtureSiteName, run: string, scansDir: string = FIXTURE_SITES[name].scansDir): SiteOptions {
  return { ...FIXTURE_SITES[name], name: `${run}/${FIXTURE_SITES[name].name}`, scansDir };
}

/**
 * Put the ordinary and hostile fixtures in a scratch git repository with one fixed-date commit:
 * the feed and audit history read git, so hostile text reaches them too. Returns the repository,
 * whose `scansDir` the hostile site builds from.
 */
export function commitHostileScans(): TempRepo {
  const repo = createTempRepo('glassbox-hostile-');
  for (const source of ['test/fixtures/site', 'test/fixtures/hostile']) cpSync(path.join(ROOT, source), repo.scansDir, { recursive: true });
  repo.commit('Add ordinary and hostile fixture scans', '2026-01-02T03:04:05Z');
  return repo;
}

/** Output folder of a shared fixture site in this run; throws when the global setup has not built it. */
export function fixtureSite(name: FixtureSiteName): { outDir: string; base: string; run: string } {
  const run = inject('fixtureRun');
  const outDir = path.join(ROOT, '.cache/sites', run, FIXTURE_SITES[name].name);
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`fixture site "${name}" is not built in ${outDir}: run the test through vitest so test/global-setup.ts builds it`);
  }
  return { outDir, base: FIXTURE_SITES[name].base, run };
}
