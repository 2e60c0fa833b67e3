// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { auditFiles } from './src/integrations/audit-files.ts';
import { basePathFrom, siteUrlFrom } from './src/build-model/site-config.ts';

/**
 * Site configuration, driven by the environment so forks and test fixtures need no edits:
 * SITE_URL (absolute origin for canonical links and feeds), BASE_PATH (GitHub Pages project
 * path such as `/glassbox/`), SCANS_DIR (read by the scans loader), ASTRO_CACHE_DIR (so
 * parallel fixture builds in tests do not share one content cache). The site's variables and
 * their defaults are read in src/build-model/site-config.ts, the one place that reads them.
 */
export default defineConfig({
  site: siteUrlFrom(),
  base: basePathFrom(),
  trailingSlash: 'ignore',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // The sitemap lists every page whoever adds it; robots.txt points at its index.
  // auditFiles writes each scan's scan.json and badge.svg and /data/scans.json after the build (see its header).
  integrations: [mdx(), sitemap(), auditFiles()],
  // Feature stylesheets stay files, cached once for every page that uses them; inlined, each
  // audit page carried its stylesheet again (issue 14 counts every byte of 10,000 pages).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The same for scripts: Vite inlines a bundled script under 4 KB, so every audit page carried
  // its copy-button and citation-picker code again (and a CSP hash for each). As files they are
  // fetched once and cached for every page.
  // `astro dev` watches the project for source changes; the benchmark's output (bench/out/, some
  // 750,000 files after a 100,000-scan run), the test sites (.cache/) and dist/ are no source,
  // and watching them ran out of the system's file watchers (ENOSPC) before the server started.
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/bench/out/**', '**/.cache/**', '**/dist/**'] } } },
  devToolbar: { enabled: false },
  // The site has no user-supplied images to optimise; skipping sharp keeps installs small.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // Shiki's inline styles would need 'unsafe-inline' under the CSP; prose has no code to colour.
  markdown: { syntaxHighlight: false },
  // No security.csp: Astro's policy listed the hash of every bundled script and style of the
  // whole site on every page (about 0.6 KB each), though scripts and styles are files and pages
  // have no inline code. HeadBasics.astro sets the policy instead: same-origin files only.
});
