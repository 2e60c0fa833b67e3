/**
 * The scans as Astro's own glob loader reads them: no validation, no scoring. The id keeps the
 * folder name (dots included) so each page lands where the real site's audit page does.
 */
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const scans = defineCollection({
  loader: glob({
    pattern: '**/scan.json',
    base: path.resolve(process.env.SCANS_DIR || '../../scans'),
    generateId: ({ entry }) => path.dirname(entry),
  }),
});

export const collections = { scans };
