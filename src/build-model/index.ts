/**
 * The build model for pages and endpoints: the scans the loader validated (from the process-wide
 * cache) and the site configuration Astro resolved.
 */
import { modelOf, type BuildModel } from './model.ts';
import { DEFAULT_SITE_URL, scansDir, siteConfig } from './site-config.ts';
import { validatedScans } from './validated-scans.ts';

let built: BuildModel | undefined;

/** This build's model. */
export function buildModel(): BuildModel {
  // A build's scans cannot change under its pages, so the folder is fingerprinted once per module
  // graph; the dev server checks on every request, so an edited scan shows on reload.
  if (built && !import.meta.env.DEV) return built;
  built = modelOf(validatedScans(scansDir()), siteConfig(import.meta.env.SITE ?? DEFAULT_SITE_URL, import.meta.env.BASE_URL));
  return built;
}
