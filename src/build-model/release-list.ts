/**
 * The releases of the index for the `/releases/` pages and files, read from git once per build.
 * The only glue between the build and `lib/history/release-tags.ts` + `lib/publishing/releases.ts`:
 * if the build model's API changes, this file is what follows it.
 */
import { readReleaseHistory } from '../lib/history/release-tags.ts';
import { buildReleases, type Release } from '../lib/publishing/releases.ts';
import { scanSchema } from '../lib/scan-format/schema.ts';
import { scansDir } from './site-config.ts';

/** Every release newest first, or why there are none. */
export type ReleasesModel = { releases: Release[]; reason?: undefined } | { releases: []; reason: string };

let cached: ReleasesModel | undefined;

/** The releases of the repository holding the scans folder (computed on first use). */
export function getReleases(): ReleasesModel {
  if (!cached) {
    const history = readReleaseHistory(scansDir());
    // Old scan files are checked against today's schema: what no longer fits is counted, not published.
    cached = history.available
      ? { releases: buildReleases(history.releases, (json) => scanSchema.safeParse(json).data ?? null) }
      : { releases: [], reason: history.reason };
  }
  return cached;
}
