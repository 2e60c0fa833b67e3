/**
 * Every library module has its own test file: `src/lib/<domain>/<module>.ts` is tested in
 * `test/unit/<domain>/<module>.test.ts`, and the CLI tools' `scripts/lib/<module>.ts` in
 * `test/unit/tools/<module>.test.ts`. A chart split into a folder of modules (config, geometry,
 * render, as `charts/share-chart/`) is one unit and may have one test file named after the folder.
 * A new module without one fails here.
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
