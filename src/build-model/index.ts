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
  // A build's pages use the loader's validation as it is; the dev server checks the files on every
  // request, so an edited scan shows on reload.
  const dev = import.meta.env.DEV;
  if (built && !dev) return built;
  built = modelOf(validatedScans(scansDir(), { recheck: dev }), siteConfig(import.meta.env.SITE ?? DEFAULT_SITE_URL, import.meta.env.BASE_URL));
  return built;
}
