/**
 * Read a built site folder: list its files, hash them, find its HTML pages.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** SHA-256 of every file below `dir`, keyed by relative path. */
export function hashTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Site paths (relative to the base, starting with `/`) of every HTML page, folders given by their trailing slash. */
export function htmlPagePaths(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + file.replace(/(^|\/)index\.html$/, '$1'));
}

/** The differences between two hash trees: files only in one, and files whose bytes differ. */
export function diffTrees(a: Record<string, string>, b: Record<string, string>): string[] {
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return files.flatMap((file) => {
    if (!(file in a)) return [`only in second: ${file}`];
    if (!(file in b)) return [`only in first: ${file}`];
    return a[file] === b[file] ? [] : [`differs: ${file}`];
  });
}
