import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite } from '../helpers/site.ts';

const BAD = 'test/fixtures/bad';
const GOOD = 'test/fixtures/good';
const LOADER_PREFIX = '[glassbox-scans] ';

/** The located lines `npm run validate` prints for a folder (stderr, before the summary). */
function validatorLines(dir: string): string[] {
  const result = spawnSync(process.execPath, ['scripts/validate.ts', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
  expect(result.status).toBe(1);
  return result.stderr.split('\n\n')[0]!.split('\n');
}

/** The located lines the scans loader logged during a build. */
function loaderLines(output: string): string[] {
  return withoutColours(output)
    .split('\n')
    .filter((line) => line.includes(LOADER_PREFIX))
    .map((line) => line.slice(line.indexOf(LOADER_PREFIX) + LOADER_PREFIX.length))
    .filter((line) => /:\d+:\d+ \//.test(line));
}

/** Output as plain text: Astro colours its log when FORCE_COLOR is set, as some CI runners do. */
function withoutColours(output: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  return output.replace(/\x1b\[[0-9;]*m/g, '');
}

/** Every file below `dir`, as paths relative to it. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(path.join(dir, file)).isFile());
}

describe('an invalid scan stops the build', () => {
  test.each([
    ['every bad fixture', BAD],
    ['two scans of the same paper', 'test/fixtures/dupes'],
    ['a bad independent audit or reply beside a valid scan', 'test/fixtures/bad-companions'],
  ])('%s: the same lines as npm run validate, and no output folder', async (_, dir) => {
    const name = `validation-bad-${path.basename(dir)}`;
    const result = await buildSite({ name, scansDir: dir });
    const output = result.stdout + result.stderr;
    expect(result.code, output).not.toBe(0);
    expect(loaderLines(output)).toEqual(validatorLines(dir));
    expect(output).toMatch(/\d+ problems in scans, listed above; nothing was built/);
    expect(output).not.toMatch(/^\s+at |Stack trace/m);
    expect(existsSync(result.outDir)).toBe(false);
  });
});

describe('a scan removed between two builds with the same content cache', () => {
  const scansDir = mkdtempSync(path.join(tmpdir(), 'glassbox-removed-'));
  afterAll(() => rmSync(scansDir, { recursive: true, force: true }));
  for (const id of ['9912.00001', '9912.00002', 'synth-th/9912003']) cpSync(path.join(GOOD, id), path.join(scansDir, id), { recursive: true });
  const name = 'validation-removed';
  const dataStore = path.join(ROOT, '.cache/astro', name, 'data-store.json');
  const removed = '9912.00002';
  const removedTitle = 'Synthetic paper 90002';

  /** Built files whose path or text mentions the removed scan. */
  const mentions = (outDir: string) =>
    filesBelow(outDir).filter(
      (file) => file.includes(removed) || (/\.(html|json|xml|csv|txt)$/.test(file) && readFileSync(path.join(outDir, file), 'utf8').includes(removedTitle)),
    );

  test('the first build has it, the second does not: neither in the pages nor in the content store', async () => {
    const first = await buildSite({ name, scansDir });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(readFileSync(dataStore, 'utf8').includes(removedTitle)).toBe(true);
    const before = mentions(first.outDir);
    // Proves the check below can fail: the site shows this scan, on its own page and elsewhere.
    expect(before).toContain(path.join('papers', removed, 'index.html'));

    rmSync(path.join(scansDir, removed), { recursive: true });
    const second = await buildSite({ name, scansDir });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(withoutColours(second.stdout + second.stderr)).toContain('2 scans validated');
    // Booleans, not toContain: a failure would otherwise print the whole content store.
    const store = readFileSync(dataStore, 'utf8');
    expect(store.includes(removedTitle), `${dataStore} still holds the removed scan`).toBe(false);
    expect(store.includes('Synthetic paper 90001'), `${dataStore} lost a scan that is still there`).toBe(true);
    expect(mentions(second.outDir)).toEqual([]);
  });
});
