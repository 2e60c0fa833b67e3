/**
 * Content collections: the scans (validated by our own loader over SCANS_DIR) and the MDX
 * prose pages under `content/`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { scansLoader } from './loaders/scans-loader.ts';

// No schema here: the loader validates whole scans itself and stores only their titles.
const scans = defineCollection({ loader: scansLoader() });

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: z.strictObject({
    title: z.string().describe('Page title'),
    description: z.string().describe('One-sentence summary for search engines and link previews'),
  }),
});

const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: z.strictObject({
    title: z.string().describe('Case study title'),
    description: z.string().describe('One-sentence summary'),
    date: z.string().describe('ISO date of the events described'),
    items: z.array(z.string()).describe('Checklist item keys (category/item) the case illustrates'),
  }),
});

export const collections = { scans, pages, cases };
