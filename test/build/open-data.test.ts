/**
 * Open data in the built fixture sites: the per-audit files, the downloads, the schema, the
 * badge, the social image, the feed, the sitemap and robots.txt.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { DataManifest } from '../../src/lib/publishing/data-shards.ts';
import { csvColumns, SCANS_JSON_TAIL, scansJsonHead } from '../../src/lib/publishing/open-data.ts';
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import { scanSchema } from '../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../src/lib/scoring/scoring.ts';
import { DATASET } from '../../src/lib/publishing/dataset.ts';
import { formatBytes } from '../../src/lib/site/format-count.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { HOSTILE_IDS } from '../helpers/hostile.ts';
import { ROOT } from '../helpers/site.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures/site');
/** Scan ids of a fixture folder (old-style ids nest one level deeper). */
function scanIds(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('scan.json'))
    .map((file) => path.dirname(file).split(path.sep).join('/'))
    .sort();
}
const ids = scanIds(FIXTURES);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const read = (outDir: string, file: string) => readFileSync(path.join(outDir, file), 'utf8');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const manifestOf = (outDir: string) => JSON.parse(read(outDir, 'data/manifest.json')) as DataManifest;
/** Every line of every shard the manifest lists, in its order, after checking each file against its checksums. */
function shardLines(outDir: string): string[] {
  return manifestOf(outDir).shards.flatMap((shard) => {
    const file = readFileSync(path.join(outDir, 'data', shard.path));
    const content = gunzipSync(file);
    expect([sha256(file), file.length, sha256(content), content.length], shard.path).toEqual([
      shard.sha256,
      shard.bytes,
      shard.uncompressed_sha256,
      shard.uncompressed_bytes,
    ]);
    const lines = content.toString('utf8').split('\n');
    expect(lines.pop(), `${shard.path} ends with a line break`).toBe('');
    expect(lines, shard.path).toHaveLength(shard.records);
    expect([JSON.parse(lines[0]!).id, JSON.parse(lines.at(-1)!).id]).toEqual([shard.first_id, shard.last_id]);
    return lines;
  });
}
/** Text of the data page, the links on it, and the cells of its table of shards. */
function dataPage(outDir: string): { text: string; hrefs: string[]; shardRows: string[][] } {
  const doc = parseDocument(read(outDir, 'data/index.html'));
  const cellText = (el: Parameters<typeof DomUtils.textContent>[0]) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
  const table = DomUtils.findOne((el) => el.name === 'table' && (el.attribs.class ?? '').split(' ').includes('shards'), doc.children)!;
  const rows = DomUtils.findAll((el) => el.name === 'tr', table.children).slice(1);
  return {
    text: cellText(doc),
    hrefs: DomUtils.findAll((el) => el.name === 'a', doc.children).map((a) => a.attribs.href!),
    shardRows: rows.map((row) => row.children.filter((child) => child.type === 'tag').map(cellText)),
  };
}

describe('main fixture site', () => {
  const out = () => fixtureSite('main').outDir;

  test('there is a fixture for every kind of id', () => {
    expect(ids).toContain('synth-th/9912001');
    expect(ids).toContain('synthetic-slug-paper');
  });

  test.each(ids)('/papers/%s/scan.json is the committed file byte for byte', (id) => {
    expect(readFileSync(path.join(out(), 'papers', id, 'scan.json')).equals(readFileSync(path.join(FIXTURES, id, 'scan.json')))).toBe(true);
  });

  test('scores.csv parsed back: one row per scan, scores matching the scoring module', () => {
    const parsed = Papa.parse<Record<string, string>>(read(out(), 'data/scores.csv'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(csvColumns().map((column) => column.name));
    expect(parsed.data.map((row) => row.id)).toEqual(ids);
    for (const row of parsed.data) {
      const scan = scanSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, row.id!, 'scan.json'), 'utf8')));
      const scores = scoreScan(scan);
      expect(row.title).toBe(scan.paper.title);
      expect([row.overall_yes, row.overall_applicable, row.red_flags].map(Number)).toEqual([
        scores.overall.yes,
        scores.overall.applicable,
        scores.redFlagCount,
      ]);
      for (const category of RUBRIC) {
        const score = scores.categories[category.key];
        expect([row[`${category.key}_yes`], row[`${category.key}_applicable`]].map(Number), `${row.id} ${category.key}`).toEqual([score.yes, score.applicable]);
        if (score.value !== null) expect(Number(row[`${category.key}_score`])).toBeCloseTo(score.value, 4);
      }
      expect(row.version_commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  test('scans.json has every scan with its computed scores', () => {
    const data = JSON.parse(read(out(), 'data/scans.json'));
    expect(data.count).toBe(ids.length);
    expect(data.scan_schema).toBe('https://glassbox.example.org/schema/scan.schema.json');
    for (const entry of data.scans) {
      const scan = scanSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, entry.id, 'scan.json'), 'utf8')));
      expect(entry.scan).toEqual(scan);
      expect(entry.scores).toEqual(scoreScan(scan));
    }
  });

  test('the data shards decompress to exactly the records of scans.json, in order, and match the manifest', () => {
    const whole = read(out(), 'data/scans.json');
    const manifest = manifestOf(out());
    expect(manifest.shards.length, 'forced to several shards by DATA_SHARD_RECORDS').toBeGreaterThan(2);
    expect(manifest.count).toBe(ids.length);
    expect(manifest.whole).toEqual({ path: 'scans.json', bytes: Buffer.byteLength(whole) });
    expect(manifest.scan_schema).toBe('https://glassbox.example.org/schema/scan.schema.json');
    const lines = shardLines(out());
    expect(scansJsonHead(manifest.scan_schema, lines.length) + lines.join(',') + SCANS_JSON_TAIL).toBe(whole);
    expect(readdirSync(path.join(out(), 'data')).sort()).toEqual(
      [
        'index.html',
        'manifest.json',
        'scans.json',
        'scores.csv',
        'scores.csv.gz',
        'agreement.csv',
        'agreement.json',
        ...manifest.shards.map((shard) => shard.path),
      ].sort(),
    );
  });

  test('the /data/ page lists every shard with its count, size and SHA-256, and links scans.json', () => {
    const { text, hrefs, shardRows } = dataPage(out());
    const manifest = manifestOf(out());
    expect(shardRows).toEqual(
      manifest.shards.map((shard) => [
        shard.path,
        String(shard.records),
        `${shard.first_id} to ${shard.last_id}`,
        expect.stringMatching(/^\d+(\.\d)? (KB|bytes)$/),
        shard.sha256,
      ]),
    );
    for (const shard of manifest.shards) expect(hrefs).toContain(`/data/${shard.path}`);
    expect(text).toContain(`${manifest.count} audits in ${manifest.shards.length} shards`);
    expect(hrefs).toContain('/data/manifest.json');
    expect(hrefs).toContain('/data/scans.json');
    expect(text).not.toContain('Not published');
  });

  test('the published schema validates every fixture and the seed with ajv, and rejects bad fixtures', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read(out(), 'schema/scan.schema.json')));
    for (const id of ids) expect(validate(JSON.parse(readFileSync(path.join(FIXTURES, id, 'scan.json'), 'utf8'))), id).toBe(true);
    expect(validate(JSON.parse(readFileSync(path.join(ROOT, 'scans/2405.05949/scan.json'), 'utf8')))).toBe(true);
    for (const bad of [
      'authors-empty',
      'checklist-missing-item',
      'checklist-extra-category',
      'claim-support-unknown',
      'year-string',
      'unknown-top-level-key',
    ]) {
      expect(validate(JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/bad', bad, 'scan.json'), 'utf8'))), bad).toBe(false);
    }
  });

  test.each(ids)('/papers/%s/badge.svg is valid SVG with a title', (id) => {
    const svg = read(out(), `papers/${id}/badge.svg`);
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parser.parse(svg).svg;
    expect(root.title).toMatch(/^Glassbox transparency score: /);
    expect(root['aria-label']).toBe(root.title);
  });

  test('a social image per paper: PNG, 1200×630', () => {
    for (const id of ids) {
      const png = readFileSync(path.join(out(), 'papers', id, 'og.png'));
      expect(png.subarray(1, 4).toString(), id).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('robots.txt points at the sitemap index, which lists every audit page with absolute URLs', () => {
    expect(read(out(), 'robots.txt')).toContain('Sitemap: https://glassbox.example.org/sitemap-index.xml');
    const index = parser.parse(read(out(), 'sitemap-index.xml'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => entry.loc);
    const urls = sitemaps.flatMap((loc: string) =>
      [parser.parse(read(out(), new URL(loc).pathname)).urlset.url].flat().map((entry: { loc: string }) => entry.loc),
    );
    for (const id of ids) expect(urls).toContain(`https://glassbox.example.org/papers/${id}/`);
    expect(urls).toContain('https://glassbox.example.org/data/');
  });

  test('the /data/ page documents every CSV column, every scan field and the licence, and links each download', () => {
    const doc = parseDocument(read(out(), 'data/index.html'));
    const text = DomUtils.textContent(doc);
    for (const column of csvColumns()) expect(text).toContain(column.name);
    for (const field of ['paper', 'checklist', 'claims', 'red_flags', 'cited_papers', 'methodology_tags', 'key_findings']) expect(text).toContain(field);
    expect(text).toContain(DATASET.licence);
    const hrefs = DomUtils.findAll((el) => el.name === 'a', doc.children).map((a) => a.attribs.href);
    for (const href of ['/data/scores.csv', '/data/scores.csv.gz', '/data/scans.json', '/schema/scan.schema.json', '/feed.xml']) {
      expect(hrefs).toContain(href);
      expect(existsSync(path.join(out(), href))).toBe(true);
    }
  });

  test('scores.csv.gz is scores.csv gzipped, and the /data/ page gives both sizes', () => {
    const csv = readFileSync(path.join(out(), 'data/scores.csv'));
    const gzip = readFileSync(path.join(out(), 'data/scores.csv.gz'));
    expect(gunzipSync(gzip).equals(csv)).toBe(true);
    const text = DomUtils.textContent(parseDocument(read(out(), 'data/index.html'))).replace(/\s+/g, ' ');
    expect(text).toContain(`scores.csv (${formatBytes(csv.length)}), or gzipped: scores.csv.gz (${formatBytes(gzip.length)})`);
  });
});

describe('hostile fixture site under /glassbox/', () => {
  const out = () => fixtureSite('hostile').outDir;

  test('scores.csv keeps hostile titles in one cell each and defuses formulas', () => {
    const parsed = Papa.parse<Record<string, string>>(read(out(), 'data/scores.csv'), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(ids.length + HOSTILE_IDS.length);
    for (const id of HOSTILE_IDS) {
      const scan = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/hostile', id, 'scan.json'), 'utf8'));
      const title = parsed.data.find((row) => row.id === id)!.title!;
      expect(title.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(scan.paper.title);
    }
  });

  test('scans.json over its size limit is not published; the shards carry every record and the /data/ page says why', () => {
    expect(existsSync(path.join(out(), 'data/scans.json'))).toBe(false);
    const manifest = manifestOf(out());
    expect(manifest.whole).toBeNull();
    expect(manifest.count).toBe(ids.length + HOSTILE_IDS.length);
    const records = shardLines(out()).map((line) => JSON.parse(line) as { id: string; scan: unknown });
    expect(records.map((record) => record.id)).toEqual([...ids, ...HOSTILE_IDS].sort());
    for (const id of HOSTILE_IDS) {
      const committed = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/hostile', id, 'scan.json'), 'utf8'));
      expect(JSON.stringify(records.find((record) => record.id === id)!.scan)).toBe(JSON.stringify(committed));
    }
    const { text, hrefs } = dataPage(out());
    expect(text).toMatch(/scans\.json ?Not published: all \d+ audits in one file would be [\d.]+ KB, over the 1,000 bytes/);
    expect(hrefs).not.toContain('/glassbox/data/scans.json');
    for (const shard of manifest.shards) expect(hrefs).toContain(`/glassbox/data/${shard.path}`);
  });

  test('feed, sitemap and badges are well-formed XML with base-path URLs', () => {
    for (const file of ['feed.xml', 'sitemap-index.xml', 'sitemap-0.xml', ...HOSTILE_IDS.map((id) => `papers/${id}/badge.svg`)]) {
      expect(XMLValidator.validate(read(out(), file)), file).toBe(true);
    }
    expect(read(out(), 'robots.txt')).toContain('Sitemap: https://example-org.github.io/glassbox/sitemap-index.xml');
    const feed = parser.parse(read(out(), 'feed.xml')).feed;
    expect(feed.link.map((link: { href: string }) => link.href)).toEqual([
      'https://example-org.github.io/glassbox/',
      'https://example-org.github.io/glassbox/feed.xml',
    ]);
    const json = JSON.parse(read(out(), 'feed.json'));
    expect([json.home_page_url, json.feed_url]).toEqual(['https://example-org.github.io/glassbox/', 'https://example-org.github.io/glassbox/feed.json']);
    expect(json.items.map((item: { id: string }) => item.id)).toEqual(
      (Array.isArray(feed.entry) ? feed.entry : [feed.entry]).map((entry: { id: string }) => entry.id),
    );
  });
});
