import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure logic, fast), `build` (builds fixture sites with Astro and
 * inspects dist/), `browser` (drives Debian's Chromium over built fixture sites).
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 600_000 } },
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 600_000, fileParallelism: false } },
    ],
  },
});
