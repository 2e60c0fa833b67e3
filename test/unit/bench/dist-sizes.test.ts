import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { distGroup, distStats, largestFiles } from '../../../bench/lib/dist-sizes.ts';

describe('distGroup', () => {
  test.each([
    ['papers/2405.05949/index.html', 'papers/ audit page HTML'],
    ['papers/hep-th/9901001/index.html', 'papers/ audit page HTML'],
    ['papers/2405.05949/scan.json', 'papers/ scan.json'],
    ['papers/2405.05949/badge.svg', 'papers/ badge.svg'],
    ['papers/2405.05949/og.png', 'papers/ og.png'],
    ['papers/2405.05949/cite.bib', 'papers/ other'],
    ['data/scans.json', 'data/'],
    ['data/scans-9901.00001.jsonl.gz', 'data/'],
    ['data/manifest.json', 'data/'],
    ['categories/artifacts/2/index.html', 'categories/'],
    ['items/artifacts/code_released/3/index.html', 'items/'],
    ['search/data/vocab.json', 'search/ index data'],
    ['search/3/index.html', 'search/ pages'],
    ['search/index.html', 'search/ pages'],
    ['leaderboard/rows.json', 'leaderboard/'],
    ['_astro/Base.BNqql2nD.css', '_astro/'],
    ['index.html', 'other'],
    ['about/index.html', 'other'],
  ])('%s → %s', (relative, group) => {
    expect(distGroup(relative)).toBe(group);
  });
});

describe('distStats and largestFiles over a folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-dist-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (relative: string, content: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  };
  write('index.html', 'x'.repeat(10));
  write('papers/1/index.html', 'x'.repeat(100));
  write('papers/2/index.html', 'x'.repeat(50));
  write('papers/1/scan.json', 'x'.repeat(30));
  write('data/scans.json', 'x'.repeat(400));
  write('data/scans-1.jsonl.gz', Buffer.concat([gzipSync('y'.repeat(10)), Buffer.alloc(1000)]));
  write('data/scores.csv', 'z'.repeat(500));
  write('data/scores.csv.gz', gzipSync('z'.repeat(500)));

  test('totals files by kind, largest first', () => {
    const stats = distStats(dir);
    expect(stats.files).toBe(8);
    expect(stats.pages).toBe(3);
    expect(stats.byGroup.map(({ name, bytes, files }) => [name, bytes, files])).toEqual([
      ['data/', 400 + 1000 + gzipSync('y'.repeat(10)).length + 500 + gzipSync('z'.repeat(500)).length, 4],
      ['papers/ audit page HTML', 150, 2],
      ['papers/ scan.json', 30, 1],
      ['other', 10, 1],
    ]);
  });

  test('finds the largest file, and the largest offered only uncompressed (not gzip, no .gz copy beside it)', () => {
    const data = largestFiles(path.join(dir, 'data'));
    expect(data.files).toBe(4);
    expect(data.largest?.name).toBe('scans-1.jsonl.gz');
    expect(data.largestUncompressed).toEqual({ name: 'scans.json', bytes: 400 });
    expect(largestFiles(path.join(dir, 'absent'))).toEqual({ bytes: 0, files: 0, largest: null, largestUncompressed: null });
  });
});
