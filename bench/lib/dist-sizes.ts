/** Size of a built site: bytes on disk, file count, and how many of the files are pages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Totals for one output folder, plus the largest top-level folders (what dominates the size). */
export interface DistStats {
  bytes: number;
  files: number;
  pages: number;
  /** Bytes per top-level entry (`papers`, `_astro`, …), largest first. */
  byTopLevel: { name: string; bytes: number; files: number }[];
}

/** Walk a built site and total it. */
export function distStats(outDir: string): DistStats {
  const byTop = new Map<string, { bytes: number; files: number }>();
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const walk = (dir: string, top: string | null) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const group = top ?? (entry.isDirectory() ? entry.name + '/' : entry.name);
      if (entry.isDirectory()) {
        walk(full, group);
        continue;
      }
      const size = statSync(full).size;
      bytes += size;
      files += 1;
      if (entry.name.endsWith('.html')) pages += 1;
      const totals = byTop.get(group) ?? { bytes: 0, files: 0 };
      totals.bytes += size;
      totals.files += 1;
      byTop.set(group, totals);
    }
  };
  walk(outDir, null);
  const byTopLevel = [...byTop].map(([name, totals]) => ({ name, ...totals })).sort((a, b) => b.bytes - a.bytes);
  return { bytes, files, pages, byTopLevel };
}

/** Gzipped size of every file directly in a folder (e.g. all shards of the search index). */
export function folderGzip(dir: string): { files: number; gzipBytes: number; largestGzip: number } {
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => gzipSync(readFileSync(path.join(dir, entry.name))).length);
  return { files: sizes.length, gzipBytes: sizes.reduce((sum, size) => sum + size, 0), largestGzip: Math.max(0, ...sizes) };
}
