/**
 * Build every shared fixture site once per test run, before the build and browser projects start.
 *
 * Both projects name this file; the builds live in one promise on `globalThis` because vitest
 * loads a global setup file once per project, and building twice would double the slowest step.
 * Each run builds into `.cache/sites/run-<pid>/` and removes it afterwards. Set
 * GLASSBOX_REUSE_SITES=1 while iterating on tests to build into `.cache/sites/reuse/` and keep
 * sites an earlier run built there.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE_SITES, commitHostileScans, fixtureSiteOptions, type FixtureSiteName } from './helpers/fixture-sites.ts';
import { ROOT, buildSiteOrThrow } from './helpers/site.ts';

const KEY = Symbol.for('glassbox.fixtureSitesBuilt');
type WithBuilds = typeof globalThis & { [KEY]?: Promise<string> };
const reuse = process.env.GLASSBOX_REUSE_SITES === '1';
const scratch: string[] = [];

async function buildAll(run: string): Promise<string> {
  for (const name of Object.keys(FIXTURE_SITES) as FixtureSiteName[]) {
    if (reuse && existsSync(path.join(ROOT, '.cache/sites', run, FIXTURE_SITES[name].name, 'index.html'))) continue;
    const repo = name === 'hostile' ? commitHostileScans() : undefined;
    if (repo) scratch.push(repo.root);
    // One at a time: CI has two cores, and Astro builds are CPU-bound.
    await buildSiteOrThrow(fixtureSiteOptions(name, run, repo?.scansDir));
  }
  return run;
}

/** Vitest global setup: resolves once the shared fixture sites exist, and tells tests where. */
export default async function setup(project: TestProject): Promise<() => void> {
  const shared = globalThis as WithBuilds;
  shared[KEY] ??= buildAll(reuse ? 'reuse' : `run-${process.pid}`);
  const run = await shared[KEY];
  project.provide('fixtureRun', run);
  return () => {
    for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true });
    if (reuse) return;
    for (const folder of ['.cache/sites', '.cache/astro']) rmSync(path.join(ROOT, folder, run), { recursive: true, force: true });
  };
}
