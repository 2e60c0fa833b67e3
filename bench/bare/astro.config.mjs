// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The floor the benchmark measures Glassbox against: plain Astro, one trivial page per scan,
 * no layout, no integrations. Same output format and cache handling as the real site so the
 * ratio between the two builds is the cost of our own pages, nothing else.
 */
export default defineConfig({
  site: 'https://bare.example.org',
  build: { format: 'directory' },
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
});
