/**
 * Build a fixture site with the real `astro build`, once per (name, inputs) per test run.
 *
 * Each site gets its own output and content cache folder so builds never see each other's
 * data, and a build runs in a child process because Astro reads its config from the env.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');

export interface SiteOptions {
  /** Unique name; the site is written to `.cache/sites/<name>`. */
  name: string;
  /** Folder of scans to build from (absolute or relative to the repo root). */
  scansDir: string;
  /** BASE_PATH, e.g. `/glassbox/`; default `/`. */
  base?: string;
  /** Extra environment for the build (SITE_URL, REPO_URL, …). */
  env?: Record<string, string>;
}

export interface BuildResult {
  outDir: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `astro build` for a fixture; resolves with the exit code and output instead of throwing. */
export async function buildSite(options: SiteOptions): Promise<BuildResult> {
  const outDir = path.join(ROOT, '.cache/sites', options.name);
  const cacheDir = path.join(ROOT, '.cache/astro', options.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  // Vitest copies Vite's `import.meta.env` values (BASE_URL, MODE and friends, and the SITE and
  // ASSETS_PREFIX that the components project's Astro config defines) into process.env; a build
  // inheriting them would ignore BASE_PATH and SITE_URL, so only what this build means to set is passed on.
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, SITE: _site, ASSETS_PREFIX: _assets, ...inherited } = process.env;
  const env = {
    ...inherited,
    SCANS_DIR: path.resolve(ROOT, options.scansDir),
    BASE_PATH: options.base ?? '/',
    ASTRO_CACHE_DIR: cacheDir,
    ...options.env,
  };
  try {
    const { stdout, stderr } = await run(ASTRO, ['build', '--outDir', outDir], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { outDir, code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { outDir, code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Build a site and throw with the build output when it fails. */
export async function buildSiteOrThrow(options: SiteOptions): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0 || !existsSync(result.outDir)) throw new Error(`build of ${options.name} failed:\n${result.stdout}\n${result.stderr}`);
  return result.outDir;
}
