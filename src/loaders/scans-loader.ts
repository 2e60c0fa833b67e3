/**
 * Astro content-layer loader for the scans folder (env SCANS_DIR, default `scans`).
 *
 * It runs the same validation as `npm run validate` and throws with the same located lines
 * when any scan is invalid, so the build stops before a single page is written. The store is
 * cleared of every entry not in the folder now, so a scan deleted since a cached build never
 * survives into the next one.
 *
 * This is the build's one validation: the result stays in a process-wide cache
 * (`src/build-model/validated-scans.ts`) that the pages' model and the after-build integration
 * read, rather than validating the files again.
 *
 * The store holds only each scan's title, not the scan: pages get scans from `src/build-model/`.
 * Astro keeps its store in memory several times over and writes it as one string; with whole
 * scans in it, 10,000 scans took 3.75 GB of memory and 76 s of CPU to build, against 1.1 GB and
 * 44 s without (`npm run bench`), and the store would pass V8's string limit near 40,000 scans.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { countOf } from '../lib/site/format-count.ts';
import { scansDir } from '../build-model/site-config.ts';
import { assertValid, validatedScans } from '../build-model/validated-scans.ts';

/** What the `scans` collection keeps of a scan: enough to see which scans a cached build holds. */
export const scanStoreSchema = z.strictObject({ title: z.string() });

/** Validate every scan and list it in the `scans` collection. */
export function scansLoader(): Loader {
  return {
    name: 'glassbox-scans',
    schema: scanStoreSchema,
    load: async ({ store, logger }) => {
      const dir = scansDir();
      // Only the dev server validates again, when files change; a build validates once.
      const { scans } = assertValid(validatedScans(dir, { recheck: import.meta.env.DEV }), (line) => logger.error(line));
      const current = new Set(scans.map((scan) => scan.id));
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
      // The digest is git's blob id of the file: it changes exactly when the file's bytes do.
      for (const { id, scan, blobId } of scans) store.set({ id, data: { title: scan.paper.title }, digest: blobId });
      logger.info(`${countOf(scans.length, 'scan')} validated from ${path.relative(process.cwd(), dir) || '.'}`);
    },
  };
}
