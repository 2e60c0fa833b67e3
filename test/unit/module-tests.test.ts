/**
 * Every library module has its own test file: `src/lib/<domain>/<module>.ts` is tested in
 * `test/unit/<domain>/<module>.test.ts`, and the CLI tools' `scripts/lib/<module>.ts` in
 * `test/unit/tools/<module>.test.ts`. A chart split into a folder of modules (config, geometry,
 * render, as `charts/share-chart/`) is one unit and may have one test file named after the folder.
 * A new module without one fails here, and so does a source file named like another (issue 10).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Modules below `dir`, as paths relative to it without `.ts`. */
function modules(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(path.join(ROOT, dir), path.join(entry.parentPath, entry.name)).replace(/\.ts$/, ''))
    .sort();
}

const expected = [
  ...modules('src/lib').map((module) => ({ module: `src/lib/${module}.ts`, test: `test/unit/${module}.test.ts` })),
  ...modules('scripts/lib').map((module) => ({ module: `scripts/lib/${module}.ts`, test: `test/unit/tools/${module}.test.ts` })),
];

test('the library has modules to check', () => {
  expect(expected.map((entry) => entry.module)).toContain('src/lib/site/urls.ts');
  expect(expected.map((entry) => entry.module)).toContain('scripts/lib/scaffold.ts');
});

test('every library module has its own test file', () => {
  const covered = (testFile: string) => existsSync(path.join(ROOT, testFile)) || existsSync(path.join(ROOT, `${path.dirname(testFile)}.test.ts`));
  const missing = expected.filter((entry) => !covered(entry.test)).map((entry) => `${entry.module} → ${entry.test}`);
  expect(missing).toEqual([]);
});

/**
 * Source files below `dirs`, by file name. Astro's routing names (`index.astro`, `[...page].astro`
 * and the like) are the folder's route, so only their folder tells them apart, as intended.
 */
function sourcesByName(dirs: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const dir of dirs) {
    for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|astro|mjs)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      if (entry.name.startsWith('index.') || entry.name.startsWith('[')) continue;
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
      byName.set(entry.name, [...(byName.get(entry.name) ?? []), file]);
    }
  }
  return byName;
}

test('no two source files share a name, so a file name alone says which module is meant', () => {
  const byName = sourcesByName(['src', 'scripts', 'bench/lib']);
  expect(byName.get('scoring.ts')).toEqual(['src/lib/scoring/scoring.ts']);
  const shared = [...byName.values()].filter((files) => files.length > 1);
  expect(shared).toEqual([]);
});
