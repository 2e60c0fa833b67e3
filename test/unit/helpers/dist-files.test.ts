import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffTrees, hashTree, htmlPagePaths, listFiles } from '../../helpers/dist-files.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder of these files, removed after the file's tests. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-dist-'));
  scratch.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('built-site helpers', () => {
  const dir = tree({ 'index.html': 'a', 'papers/x/index.html': 'b', '404.html': 'c', '_astro/app.js': 'd' });

  test('listFiles lists every file, sorted, with forward slashes', () => {
    expect(listFiles(dir)).toEqual(['404.html', '_astro/app.js', 'index.html', 'papers/x/index.html']);
  });

  test('htmlPagePaths gives folders with a trailing slash and other pages by name', () => {
    expect(htmlPagePaths(dir)).toEqual(['/404.html', '/', '/papers/x/']);
  });

  test.each([
    [{ 'a.txt': '1' }, { 'a.txt': '1' }, []],
    [{ 'a.txt': '1' }, { 'a.txt': '2' }, ['differs: a.txt']],
    [{ 'a.txt': '1' }, { 'b.txt': '1' }, ['only in first: a.txt', 'only in second: b.txt']],
  ])('diffTrees(%j, %j) = %j', (first, second, expected) => {
    expect(diffTrees(hashTree(tree(first)), hashTree(tree(second)))).toEqual(expected);
  });
});
