/** Size of a built site: bytes on disk, file count, and how many of the files are pages. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Totals for one output folder, plus the largest top-level folders (what dominates the size). */
export interface DistStats {
  bytes: number;
  files: number;
  pages: number;
  /** Bytes per top-level entry (`papers`, `_astro`, …), largest first. */
  byTopLevel: { name: string; bytes: number; files: number }[];
  /** Bytes per kind of file (`distGroup`), largest first: where each paper's bytes go. */
  byGroup: { name: string; bytes: number; files: number }[];
}

/**
 * The kind of a built file, by path: each paper's files apart (audit page, scan.json, badge, social
 * image), then the folders that grow with the papers (`data/`, `categories/`, `items/`, `search/`
 * pages and index data, `leaderboard/`), then the rest.
 */
export function distGroup(relative: string): string {
  const [top, ...rest] = relative.split('/');
  if (rest.length === 0) return 'other';
  const name = rest.at(-1)!;
  if (top === 'papers') {
    const kinds: Record<string, string> = { 'index.html': 'audit page HTML', 'scan.json': 'scan.json', 'badge.svg': 'badge.svg', 'og.png': 'og.png' };
    return `papers/ ${kinds[name] ?? 'other'}`;
  }
  if (top === 'search') return rest[0] === 'data' ? 'search/ index data' : 'search/ pages';
  return ['data', 'categories', 'items', 'leaderboard', 'heatmap', '_astro'].includes(top!) ? `${top}/` : 'other';
}

const byBytes = (entries: Map<string, { bytes: number; files: number }>) =>
  [...entries].map(([name, totals]) => ({ name, ...totals })).sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));

/** Walk a built site and total it. */
export function distStats(outDir: string): DistStats {
  const byTop = new Map<string, { bytes: number; files: number }>();
  const byKind = new Map<string, { bytes: number; files: number }>();
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const add = (map: Map<string, { bytes: number; files: number }>, key: string, size: number) => {
    const totals = map.get(key) ?? { bytes: 0, files: 0 };
    totals.bytes += size;
    totals.files += 1;
    map.set(key, totals);
  };
  const walk = (dir: string, top: string | null, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const group = top ?? (entry.isDirectory() ? entry.name + '/' : entry.name);
      if (entry.isDirectory()) {
        walk(full, group, `${relative}${entry.name}/`);
        continue;
      }
      const size = statSync(full).size;
      bytes += size;
      files += 1;
      if (entry.name.endsWith('.html')) pages += 1;
      add(byTop, group, size);
      add(byKind, distGroup(relative + entry.name), size);
    }
  };
  walk(outDir, null, '');
  return { bytes, files, pages, byTopLevel: byBytes(byTop), byGroup: byBytes(byKind) };
}

/** The largest files of a folder tree (e.g. `data/`), overall and among those not gzip-compressed. */
export interface LargestFiles {
  bytes: number;
  files: number;
  largest: { name: string; bytes: number } | null;
  /**
   * Largest file offered only uncompressed: not a gzip stream (by its magic bytes), and with no
   * gzip copy beside it (`<name>.gz`), so a client downloads it whole unless the host compresses it.
   */
  largestUncompressed: { name: string; bytes: number } | null;
}

/** Walk `dir` for its largest files; an absent folder has none. */
export function largestFiles(dir: string): LargestFiles {
  const result: LargestFiles = { bytes: 0, files: 0, largest: null, largestUncompressed: null };
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      if (!entry.isFile()) continue;
      const file = { name: prefix + entry.name, bytes: statSync(full).size };
      result.bytes += file.bytes;
      result.files += 1;
      if (!result.largest || file.bytes > result.largest.bytes) result.largest = file;
      if (!result.largestUncompressed || file.bytes > result.largestUncompressed.bytes) {
        if (!isGzip(full) && !hasGzipCopy(full)) result.largestUncompressed = file;
      }
    }
  };
  try {
    walk(dir, '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return result;
}

function hasGzipCopy(file: string): boolean {
  return existsSync(`${file}.gz`) && isGzip(`${file}.gz`);
}

function isGzip(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** Gzipped size of every file directly in a folder (e.g. all shards of the search index). */
export function folderGzip(dir: string): { files: number; gzipBytes: number; largestGzip: number } {
  const sizes = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => gzipSync(readFileSync(path.join(dir, entry.name))).length);
  return { files: sizes.length, gzipBytes: sizes.reduce((sum, size) => sum + size, 0), largestGzip: Math.max(0, ...sizes) };
}
