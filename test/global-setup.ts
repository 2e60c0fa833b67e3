/**
 * Build every shared fixture site once per test run, before the build and browser projects start.
 *
 * Both projects name this file; the builds live in one promise on `globalThis` because vitest
 * loads a global setup file once per project, and building twice would double the slowest step.
 * Set GLASSBOX_REUSE_SITES=1 while iterating on tests to keep sites built by an earlier run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_SITES, prepareHostileScans } from './helpers/fixture-sites.ts';
import { ROOT, buildSiteOrThrow } from './helpers/site.ts';

const KEY = Symbol.for('glassbox.fixtureSitesBuilt');
type WithBuilds = typeof globalThis & { [KEY]?: Promise<void> };

async function buildAll(): Promise<void> {
  prepareHostileScans();
  const reuse = process.env.GLASSBOX_REUSE_SITES === '1';
  for (const options of Object.values(FIXTURE_SITES)) {
    if (reuse && existsSync(path.join(ROOT, '.cache/sites', options.name, 'index.html'))) continue;
    // One at a time: CI has two cores, and Astro builds are CPU-bound.
    await buildSiteOrThrow(options);
  }
}

/** Vitest global setup: resolves once the shared fixture sites exist. */
export default async function setup(): Promise<void> {
  const shared = globalThis as WithBuilds;
  shared[KEY] ??= buildAll();
  await shared[KEY];
}
