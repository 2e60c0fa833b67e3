import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { OG_AUTO_LIMIT, cachedOgImage, ogImageInput, ogImageKey, ogImagesEnabled } from '../../../src/lib/publishing/og-image.ts';
import { scoreOf } from '../../../src/lib/scoring/scoring.ts';
import { CATEGORY_KEYS } from '../../../src/lib/scan-format/rubric.ts';

const categories = Object.fromEntries(CATEGORY_KEYS.map((key, index) => [key, index % 3 === 0 ? scoreOf(0, 0) : scoreOf(index % 4, 4)]));
const input = ogImageInput({ title: 'Synthetic paper 00042: <script>alert(1)</script>\u202E', venue: 'NeurIPS', year: 2031 }, scoreOf(7, 12), categories);

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test.each([
  [{}, 10, true],
  [{}, OG_AUTO_LIMIT + 1, false],
  [{ OG_IMAGES: 'auto' }, OG_AUTO_LIMIT, true],
  [{ OG_IMAGES: 'on' }, 10_000, true],
  [{ OG_IMAGES: 'OFF' }, 1, false],
])('ogImagesEnabled with %o and %i scans is %s', (env, count, enabled) => {
  expect(ogImagesEnabled(count, env)).toBe(enabled);
});

test('a bad OG_IMAGES value is a clear error', () => {
  expect(() => ogImagesEnabled(1, { OG_IMAGES: 'sometimes' })).toThrow(/OG_IMAGES must be on, off or auto, got "sometimes"/);
});

test('the input keeps rubric order and drops invisible format characters from the title', () => {
  expect(input.categories.map((category) => category.label)[0]).toBe('Artifacts');
  expect(input.categories).toHaveLength(CATEGORY_KEYS.length);
  expect(input.title).toBe('Synthetic paper 00042: <script>alert(1)</script>');
  expect(input.subtitle).toBe('NeurIPS 2031');
});

describe('rendering with a content-hash cache', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'glassbox-og-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('renders a 1200×630 PNG once, then serves the same bytes from the cache', async () => {
    const first = await cachedOgImage(input, cacheDir);
    expect(Buffer.from(first.subarray(1, 4)).toString()).toBe('PNG');
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir)).toEqual([`${ogImageKey(input)}.png`]);
    const second = await cachedOgImage(input, cacheDir);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  }, 60_000);

  test('a changed score is a different cache entry', () => {
    const changed = { ...input, overall: scoreOf(8, 12) };
    expect(ogImageKey(changed)).not.toBe(ogImageKey(input));
    expect(existsSync(path.join(cacheDir, `${ogImageKey(changed)}.png`))).toBe(false);
  });
});
