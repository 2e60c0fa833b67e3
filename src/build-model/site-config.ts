/**
 * The build's settings from the environment, read here and nowhere else in `src/`: the site's
 * origin (SITE_URL), its base path (BASE_PATH), the repository (REPO_URL), the scans folder
 * (SCANS_DIR), the social-image setting (OG_IMAGES) and the citation styles audit pages carry
 * (CITATION_STYLES). `astro.config.mjs` takes its site and
 * base from here too, so each default is written once.
 */
import path from 'node:path';
import { repoBase } from '../lib/contributing/repo-links.ts';

/** Variables as the process sees them. */
export type Env = Record<string, string | undefined>;

/** The origin the site is built for when SITE_URL is unset. */
export const DEFAULT_SITE_URL = 'https://glassbox.example.org';

/** The absolute origin (env SITE_URL, default `DEFAULT_SITE_URL`). */
export function siteUrlFrom(env: Env = process.env): string {
  return env.SITE_URL || DEFAULT_SITE_URL;
}

/** The path the site is served under (env BASE_PATH, default `/`). */
export function basePathFrom(env: Env = process.env): string {
  return env.BASE_PATH || '/';
}

/** The scans folder the build reads (env SCANS_DIR, default `scans`), absolute. */
export function scansDir(env: Env = process.env): string {
  return path.resolve(env.SCANS_DIR || 'scans');
}

/** The repository (env REPO_URL) without trailing slash, when it is a usable http(s) URL. */
export function repoUrl(env: Env = process.env): string | undefined {
  return repoBase(env.REPO_URL);
}

/** Where and how the site is published: everything the model needs besides the scans. */
export interface SiteConfig {
  /** Absolute origin, e.g. `https://glassbox.example.org`. */
  site: string;
  /** Base path, e.g. `/` or `/glassbox/`. */
  base: string;
  /** The repository without trailing slash, when REPO_URL is a usable http(s) URL. */
  repo?: string;
  /** OG_IMAGES as set (`on`, `off`, `auto`), for `ogImagesEnabled`. */
  ogImages?: string;
  /** CITATION_STYLES as set (`auto`, `all`, `default`), for `citationStylesToRender`. */
  citationStyles?: string;
}

/** The configuration of a build, given the site and base Astro resolved from the config. */
export function siteConfig(site: string, base: string, env: Env = process.env): SiteConfig {
  return { site, base, repo: repoUrl(env), ogImages: env.OG_IMAGES, citationStyles: env.CITATION_STYLES };
}
