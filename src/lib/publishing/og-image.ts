/**
 * Social preview images (`/papers/<id>/og.png`, 1200×630): the paper title, the overall score
 * and a bar per category, drawn with satori (layout to SVG, text as paths, so scan text can
 * never act as markup) and rasterised with resvg.
 *
 * Rendering costs tens of milliseconds per image, which at 10,000 scans would dominate the
 * build, so images are cached on disk by a hash of everything drawn (unchanged audits cost a
 * file read), and they are opt-in for large builds: env OG_IMAGES=on|off|auto, where the
 * default `auto` builds them for up to OG_AUTO_LIMIT scans. Off means no files and no og:image tags.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { scoreColour, textColourOn } from '../charts/colour-scale.ts';
import { RUBRIC } from '../scan-format/rubric.ts';
import { formatCounts, formatPercent, type Score } from '../scoring/scoring.ts';

/** Size of every social image. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Everything an image shows; also the cache key. */
export interface OgImageInput {
  title: string;
  /** "NeurIPS 2024". */
  subtitle: string;
  overall: Score;
  categories: { label: string; score: Score }[];
}

/** Most scans for which `OG_IMAGES=auto` builds images (about two minutes uncached at ~120 ms each). */
export const OG_AUTO_LIMIT = 1000;

/** Whether social images are built, from env OG_IMAGES (`on`, `off`, default `auto`) and the number of scans. */
export function ogImagesEnabled(scanCount: number, env: Record<string, string | undefined> = process.env): boolean {
  const setting = (env.OG_IMAGES ?? 'auto').trim().toLowerCase();
  if (['on', '1', 'true', 'yes'].includes(setting)) return true;
  if (['off', '0', 'false', 'no'].includes(setting)) return false;
  if (setting !== 'auto') throw new Error(`OG_IMAGES must be on, off or auto, got ${JSON.stringify(env.OG_IMAGES)}`);
  return scanCount <= OG_AUTO_LIMIT;
}

/** The input for one scan, in rubric order. */
export function ogImageInput(paper: { title: string; venue: string; year: number }, overall: Score, categories: Record<string, Score>): OgImageInput {
  return {
    // Invisible format characters (bidi overrides, zero-width joiners) would draw as "no glyph" boxes.
    title: paper.title
      .replace(/\p{Cf}/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
    subtitle: `${paper.venue.replace(/\s+/g, ' ').trim()} ${paper.year}`,
    overall,
    categories: RUBRIC.map((category) => ({ label: category.label, score: categories[category.key]! })),
  };
}

// Bump when the drawing changes, so cached images from the old design are not reused.
const DESIGN_VERSION = '1';
const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  // Inter from @fontsource (an npm dependency, so CI needs no system fonts); satori reads WOFF, not WOFF2.
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

/** Hash of everything drawn: equal inputs give equal images, so the hash is a safe cache key. */
export function ogImageKey(input: OgImageInput): string {
  return createHash('sha256').update(DESIGN_VERSION).update(JSON.stringify(input)).digest('hex');
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | string | (Node | string)[] } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

function clampTitle(title: string, max = 110): string {
  return title.length <= max ? title : title.slice(0, max - 1).trimEnd() + '…';
}

function categoryRow({ label, score }: OgImageInput['categories'][number]): Node {
  const fill = scoreColour(score.value);
  const width = score.value === null ? 0 : Math.max(2, Math.round(score.value * 100));
  return el('div', { display: 'flex', alignItems: 'center', height: 34, fontSize: 19, color: '#333333' }, [
    el('div', { width: 240 }, label),
    el('div', { display: 'flex', width: 160, height: 16, backgroundColor: '#eeeeee', borderRadius: 3 }, [
      el('div', { width: `${width}%`, height: 16, backgroundColor: fill, borderRadius: 3 }),
    ]),
    el('div', { width: 130, marginLeft: 14 }, score.value === null ? 'n/a' : `${formatPercent(score)} · ${formatCounts(score)}`),
  ]);
}

function tree(input: OgImageInput): Node {
  const fill = scoreColour(input.overall.value);
  return el(
    'div',
    { display: 'flex', width: OG_SIZE.width, height: OG_SIZE.height, backgroundColor: '#ffffff', fontFamily: 'Inter', padding: 48, color: '#1a1a1a' },
    [
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: 530, height: OG_SIZE.height - 96, marginRight: 30 }, [
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { fontSize: 24, fontWeight: 700, color: '#0b57a4' }, 'Glassbox transparency audit'),
          el('div', { fontSize: 38, fontWeight: 700, marginTop: 18, lineHeight: 1.2 }, clampTitle(input.title)),
          el('div', { fontSize: 24, marginTop: 14, color: '#5a5a5a' }, input.subtitle),
        ]),
        el('div', { display: 'flex', alignItems: 'center' }, [
          el(
            'div',
            {
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              width: 120,
              height: 120,
              borderRadius: 60,
              backgroundColor: fill,
              color: textColourOn(fill),
              fontSize: 38,
              fontWeight: 700,
            },
            formatPercent(input.overall),
          ),
          el('div', { marginLeft: 22, fontSize: 24, width: 340 }, `Overall: ${formatCounts(input.overall)} applicable checklist items met`),
        ]),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center' }, input.categories.map(categoryRow)),
    ],
  );
}

/** Render one image to PNG bytes (no cache). */
export async function renderOgImage(input: OgImageInput): Promise<Uint8Array> {
  const svg = await satori(tree(input) as never, { ...OG_SIZE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Where cached images live: env OG_CACHE_DIR, or node_modules/.cache/glassbox-og (kept by CI caches of node_modules). */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.OG_CACHE_DIR || 'node_modules/.cache/glassbox-og');
}

/** Render an image, or read it from the cache when the same input was drawn before. */
export async function cachedOgImage(input: OgImageInput, cacheDir: string = ogCacheDir()): Promise<Uint8Array> {
  const file = path.join(cacheDir, `${ogImageKey(input)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await renderOgImage(input);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
