import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (pure logic, fast), `components` (renders .astro components with
 * Astro's Container API, no site build), `build` (builds fixture sites with Astro and inspects
 * dist/), `browser` (drives Debian's Chromium over built fixture sites).
 * The shared fixture sites are built once per run by the global setup, and only for the
 * projects that need them, so `vitest run test/unit/…` stays instant.
 */
const fixtureSites = ['test/global-setup.ts'];
export default defineConfig({
  test: {
    // The JSON report lets .ci/run close with a plain "N passed, N failed" line any CI can read.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
    projects: [
      // Several unit files run the command-line scripts as child processes; on a busy 2-core
      // machine one such test takes seconds, so 5 s (vitest's default) failed tests that passed.
      // Files share one module graph (isolate: false): a fresh graph per file cost half a second
      // each, more than most files' tests; each file restores what it stubs.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false } },
      // getViteConfig gives the project Astro's Vite plugins, which compile .astro files. The
      // files share one module graph (isolate: false): each stubs only the env it restores.
      getViteConfig({ test: { name: 'components', include: ['test/components/**/*.test.ts'], environment: 'node', isolate: false } }),
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // One build file at a time: every astro build rewrites the shared .astro/ folder at the
          // repository root, and two at once made a build fail without its own error in CI.
          fileParallelism: false,
          isolate: false,
          globalSetup: fixtureSites,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A busy 2-core CI machine can take seconds to re-render; the 1 s default polls fail there.
          expect: { poll: { timeout: 10_000 } },
          // One file at a time: the files keep Chromium busy, so on CI's two cores two at once each
          // took twice as long (the whole suite 658 s this way, 755 s with two workers; measured
          // again after the networkidle fix in test/helpers/chromium.ts, about 540 s either way).
          fileParallelism: false,
          isolate: false,
          globalSetup: fixtureSites,
        },
      },
    ],
  },
});
