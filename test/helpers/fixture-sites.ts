/**
 * The fixture sites that build and browser tests share: built once per test run by
 * `test/global-setup.ts`, then only read. A test asks for a site by name and gets its folder.
 *
 * Each run builds into its own folder (named by the global setup and handed to tests with
 * vitest's `provide`/`inject`), so two test runs in one working tree never rebuild a site
 * under each other's feet.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { createTempRepo, type TempRepo } from './git-repo.ts';
import { ROOT, buildSiteOrThrow, type SiteOptions } from './site.ts';
import { synthesizeScan, syntheticId } from '../../scripts/lib/synthetic-scans.ts';

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
  /** The 19 ordinary fixture scans served at `/`, their data in several shards (about 4 scans each) besides scans.json. */
  main: {
    name: 'qa-main',
    scansDir: 'test/fixtures/site',
    base: '/',
    env: { SITE_URL: 'https://glassbox.example.org', REPO_URL: FIXTURE_REPO_URL, DATA_SHARD_RECORDS: '4' },
  },
  /** Ordinary plus hostile scans under a GitHub Pages project path (scans folder committed per run), too many bytes for scans.json. */
  hostile: {
    name: 'qa-hostile',
    scansDir: 'test/fixtures/hostile',
    base: '/glassbox/',
    env: { SITE_URL: 'https://example-org.github.io', REPO_URL: FIXTURE_REPO_URL, DATA_WHOLE_MAX_BYTES: '1000' },
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

/**
 * What a build reads from a scans folder: every file's path and bytes, and, when the folder is
 * in a git repository, its HEAD commit and tags (audit versions, history and releases come from git).
 * Not the folder's own path, so two scratch repositories made alike count as the same input.
 */
function scansFingerprint(scansDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(scansDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(scansDir, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(scansDir, file)))
      .update('\0');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: scansDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    hash.update(git('rev-parse', 'HEAD')).update(git('for-each-ref', '--format=%(refname) %(objectname)', 'refs/tags'));
  } catch {
    // Not in a git repository: the build finds no history either.
  }
  return hash.digest('hex');
}

/**
 * Build a site once per test run, shared by every test file that asks for the same inputs
 * (options and scans, see `scansFingerprint`): the first caller builds it, later ones (in
 * this or another file, build or browser project) get the same folder. Only tests that read a
 * site may share it; a test that changes the output must build its own with `buildSiteOrThrow`.
 * Removed with the run's other sites by the global setup.
 */
export async function sharedSite(options: SiteOptions): Promise<string> {
  const run = inject('fixtureRun');
  const { scansDir, ...rest } = options;
  const key = createHash('sha256')
    .update(JSON.stringify({ ...rest, scans: scansFingerprint(path.resolve(ROOT, scansDir)) }))
    .digest('hex')
    .slice(0, 16);
  const name = `${run}/${options.name}-${key}`;
  const outDir = path.join(ROOT, '.cache/sites', name);
  if (existsSync(path.join(outDir, 'index.html'))) return outDir;
  // Built under a name of its own and moved into place, so a file reading the site never sees
  // half a build even if two processes ask for it at once.
  const built = await buildSiteOrThrow({ ...options, name: `${name}.${process.pid}` });
  try {
    renameSync(built, outDir);
  } catch (error) {
    if (!existsSync(path.join(outDir, 'index.html'))) throw error;
    rmSync(built, { recursive: true, force: true });
  }
  return outDir;
}

/**
 * The 560 synthetic scans (seed 7) of the paged-listing tests, with their ids, in id order: enough
 * for an item's failing papers to run past its first page of 250.
 */
export const SYNTHETIC_SCANS = Array.from({ length: 560 }, (_, i) => ({ id: syntheticId(i + 1), scan: synthesizeScan(i + 1, 7) }));

/**
 * The site of `SYNTHETIC_SCANS` under `/glassbox/`, without social images and with APA as the
 * only citation style on audit pages (no test here reads either; every style would cost 560
 * pages about 5 s of citeproc): more than 100 papers, so every listing runs over pages. Built
 * once per run and shared by the leaderboard, item and search tests. The scans folder is a fresh
 * copy; remove it after.
 */
export async function syntheticSite(): Promise<{ scansDir: string; outDir: string }> {
  const scansDir = mkdtempSync(path.join(tmpdir(), 'glassbox-synthetic-'));
  for (const { id, scan } of SYNTHETIC_SCANS) {
    mkdirSync(path.join(scansDir, id), { recursive: true });
    writeFileSync(path.join(scansDir, id, 'scan.json'), JSON.stringify(scan, null, 2) + '\n');
  }
  const outDir = await sharedSite({ name: 'synthetic-250', scansDir, base: '/glassbox/', env: { OG_IMAGES: 'off', CITATION_STYLES: 'default' } });
  return { scansDir, outDir };
}
