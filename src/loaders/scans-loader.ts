/**
 * Astro content-layer loader for the scans folder (env SCANS_DIR, default `scans`).
 *
 * It runs the same validation as `npm run validate` and throws with the same located lines
 * when any scan is invalid, so the build stops before a single page is written. The store is
 * cleared of every entry not in the folder now, so a scan deleted since a cached build never
 * survives into the next one.
 *
 * The store holds only each scan's title, not the scan: pages read the validated files through
 * `src/build-model/scans.ts`. Astro keeps its store in memory several times over and writes it as one
 * string; with whole scans in it, 10,000 scans took 3.75 GB of memory and 76 s of CPU to build,
 * against 1.1 GB and 44 s without (`npm run bench`), and the store would pass V8's string limit
 * near 40,000 scans.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatProblem, validateScansDir } from '../lib/scan-format/validator.ts';

/** The scans folder the build reads. */
export function scansDir(): string {
  return path.resolve(process.env.SCANS_DIR || 'scans');
}

/** Error thrown when scans are invalid, after the loader has logged one line per problem. */
export class InvalidScansError extends Error {
  constructor(count: number) {
    // Kept short and fixed: the located lines above are the whole story (and Astro guesses
    // misleading hints from words in long messages).
    super(`${count} problem${count === 1 ? '' : 's'} in scans, listed above; nothing was built`);
    this.name = 'InvalidScansError';
    // Empty, not the message: Astro prints a "Stack trace:" heading for any non-empty stack.
    this.stack = '';
  }
}

/** What the `scans` collection keeps of a scan: enough to see which scans a cached build holds. */
export const scanStoreSchema = z.strictObject({ title: z.string() });

/** Validate every scan and list it in the `scans` collection. */
export function scansLoader(): Loader {
  return {
    name: 'glassbox-scans',
    schema: scanStoreSchema,
    load: async ({ store, logger, generateDigest }) => {
      const dir = scansDir();
      const { scans, problems } = validateScansDir(dir);
      if (problems.length) {
        for (const problem of problems) logger.error(formatProblem(problem));
        throw new InvalidScansError(problems.length);
      }
      const current = new Set(scans.map((scan) => scan.id));
      for (const id of store.keys()) if (!current.has(id)) store.delete(id);
      for (const { id, scan, raw } of scans) {
        store.set({ id, data: { title: scan.paper.title }, digest: generateDigest(new TextDecoder().decode(raw)) });
      }
      logger.info(`${scans.length} scans validated from ${path.relative(process.cwd(), dir) || '.'}`);
    },
  };
}
