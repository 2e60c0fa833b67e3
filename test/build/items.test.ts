/**
 * Checklist item pages in the built fixture sites: every item has its page with both charts drawn
 * in the HTML (readable without JS) and a table of the same numbers, its CSV parses back to the
 * statistics of the fixtures, its SVG downloads are valid standalone SVG identical to the inline
 * charts, its embed pages carry the chart and citation, and the failing papers link to the item
 * on their audits. A 560-scan synthetic site checks the failing list's pages; the compare page
 * is checked as a file here and in Chromium in test/browser/compare.test.ts.
 */
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ITEM_CSV_COLUMNS } from '../../src/lib/items/item-csv.ts';
import { ITEM_CHARTS, itemCsvPath, itemEmbedPath, itemSvgPath } from '../../src/lib/items/item-paths.ts';
import { computeItemStats, findItemStats, type ItemStats } from '../../src/lib/items/item-stats.ts';
import { allItems } from '../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../src/lib/scan-format/schema.ts';
import { itemAnchor } from '../../src/lib/site/anchors.ts';
import { FAILING_PAGE_SIZE } from '../../src/lib/site/pagination.ts';
import { itemPath, paperPath } from '../../src/lib/site/urls.ts';
import { SYNTHETIC_SCANS, fixtureSite, syntheticSite } from '../helpers/fixture-sites.ts';
import { ROOT } from '../helpers/site.ts';

/** Every scan below a folder with its id (old-style ids nest one level deeper). */
function readScans(dir: string): { id: string; scan: Scan }[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('scan.json'))
    .map((file) => ({ id: path.dirname(file).split(path.sep).join('/'), scan: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Scan }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Statistics computed directly from the fixture files, independent of the build. */
function expectedStats(dir: string): { stats: ItemStats[]; ids: string[] } {
  const scans = readScans(dir);
  return {
    stats: computeItemStats(scans.map(({ id, scan }) => ({ id, year: scan.paper.year, venue: scan.paper.venue, checklist: scan.checklist }))),
    ids: scans.map((entry) => entry.id),
  };
}

/** A built file's text; site paths are relative to the output folder. */
function readSite(outDir: string, sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(path.join(outDir, decodeURIComponent(file)), 'utf8');
}

function main(html: string): Element {
  const found = DomUtils.findOne((node) => node.name === 'main', parseDocument(html).children);
  if (!found) throw new Error('no <main>');
  return found;
}

const byClass = (root: Element, tag: string, className: string) =>
  DomUtils.findAll((node) => node.name === tag && (node.attribs.class ?? '').split(' ').includes(className), [root]);

describe('main fixture site', () => {
  const out = () => fixtureSite('main').outDir;
  const { stats, ids } = expectedStats(path.join(ROOT, 'test/fixtures/site'));

  test('every rubric item has a page, both SVGs, a CSV and both embeds', () => {
    for (const { category, item } of allItems()) {
      const files = [itemPath(category.key, item.key), itemCsvPath(category.key, item.key)];
      for (const chart of ITEM_CHARTS) files.push(itemSvgPath(category.key, item.key, chart), itemEmbedPath(category.key, item.key, chart));
      for (const file of files) expect(existsSync(path.join(out(), file.endsWith('/') ? `${file}index.html` : file)), file).toBe(true);
    }
  });

  test.each(allItems().map(({ category, item }) => [category.key, item.key]))('%s/%s: both charts and their tables are in the HTML', (categoryKey, itemKey) => {
    const page = main(readSite(out(), itemPath(categoryKey, itemKey)));
    const charts = byClass(page, 'svg', 'share-chart');
    expect(charts).toHaveLength(2);
    const entry = findItemStats(stats, categoryKey, itemKey)!;
    // One bar per year or venue where the item applies to some paper; the rest print n/a.
    const bars = charts.map((svg) => byClass(svg, 'rect', 'share-bar').length);
    expect(bars).toEqual([entry.byYear, entry.byVenue].map((groups) => groups.filter((group) => group.tally.yes + group.tally.no > 0).length));
    const tables = DomUtils.findAll((node) => node.name === 'table', [page]);
    const rowCounts = tables.map((table) => DomUtils.findAll((node) => node.name === 'tr', [table]).length - 1);
    expect(rowCounts).toEqual([entry.byYear.length, entry.byVenue.length]);
    expect(DomUtils.textContent(page)).toContain(`${entry.overall.yes} of `);
  });

  test.each(allItems().map(({ category, item }) => [category.key, item.key]))('%s/%s: the CSV parses back to the fixtures’ numbers', (categoryKey, itemKey) => {
    const parsed = Papa.parse<Record<string, string>>(readSite(out(), itemCsvPath(categoryKey, itemKey)), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(ITEM_CSV_COLUMNS.map((column) => column.name));
    const entry = findItemStats(stats, categoryKey, itemKey)!;
    const all = parsed.data[0]!;
    expect([all.breakdown, all.papers, all.yes, all.no, all.not_applicable].map(String)).toEqual([
      'all',
      String(ids.length),
      String(entry.overall.yes),
      String(entry.overall.no),
      String(entry.overall.notApplicable),
    ]);
    expect(parsed.data.filter((row) => row.breakdown === 'year').map((row) => [row.group, Number(row.yes), Number(row.no)])).toEqual(
      entry.byYear.map((group) => [group.label, group.tally.yes, group.tally.no]),
    );
    expect(parsed.data.filter((row) => row.breakdown === 'venue').map((row) => row.group)).toEqual(entry.byVenue.map((group) => group.label));
  });

  test('the SVG downloads are standalone SVG documents, the same drawing as the page shows', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    for (const { category, item } of allItems()) {
      const page = main(readSite(out(), itemPath(category.key, item.key)));
      const inline = byClass(page, 'svg', 'share-chart');
      ITEM_CHARTS.forEach((chart, i) => {
        const svg = readSite(out(), itemSvgPath(category.key, item.key, chart));
        expect(XMLValidator.validate(svg), `${category.key}/${item.key} ${chart}`).toBe(true);
        const root = parser.parse(svg).svg;
        expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
        expect(root.title['#text']).toContain(item.label);
        // Same marks, same numbers: the inline chart and the file come from one function.
        const texts = (root: Element) => DomUtils.findAll((node) => node.name === 'text', [root]).map((node) => DomUtils.textContent(node));
        const file = DomUtils.findOne((node) => node.name === 'svg', parseDocument(svg, { xmlMode: true }).children)!;
        expect(texts(file)).toEqual(texts(inline[i]!));
        expect(texts(file).length).toBeGreaterThan(10);
      });
    }
  });

  test('the embed pages show the chart, link to the item page and give citation text', () => {
    const item = allItems()[0]!;
    for (const chart of ITEM_CHARTS) {
      const html = readSite(out(), itemEmbedPath(item.category.key, item.item.key, chart));
      const page = main(html);
      expect(byClass(page, 'svg', 'share-chart')).toHaveLength(1);
      expect(html).toContain('<meta name="robots" content="noindex">');
      const pageUrl = `https://glassbox.example.org${itemPath(item.category.key, item.item.key)}`;
      expect(html).toContain(`<link rel="canonical" href="${pageUrl}">`);
      expect(DomUtils.textContent(page)).toMatch(
        new RegExp(`Glassbox contributors\\. ${item.item.label}: .*Glassbox, from ${ids.length} audited papers\\. ${pageUrl}`),
      );
      // No site navigation in an embed.
      expect(html).not.toContain('class="site-header"');
    }
  });

  test('each failing paper links to the item on its audit page, and that anchor exists', () => {
    const entry = findItemStats(stats, 'artifacts', 'code_released')!;
    const failing = entry.failing.map((position) => ids[position]!);
    expect(failing.length).toBeGreaterThan(0);
    const page = main(readSite(out(), itemPath('artifacts', 'code_released')));
    const list = byClass(page, 'ol', 'failing')[0]!;
    const links = DomUtils.findAll((node) => node.name === 'a', [list]);
    const anchor = itemAnchor('artifacts', 'code_released');
    expect(links.map((link) => link.attribs.href)).toEqual(failing.map((id) => `${paperPath(id)}#${anchor}`));
    for (const id of failing) expect(readSite(out(), paperPath(id))).toContain(`id="${anchor}"`);
  });

  test('item pages are linked from the methodology, each category page and each item of an audit page', () => {
    const links = (sitePath: string) =>
      DomUtils.findAll((node) => node.name === 'a' && /^\/items\/[^/]+\/[^/]+\/$/.test(node.attribs.href ?? ''), [main(readSite(out(), sitePath))]).map(
        (a) => a.attribs.href,
      );
    const every = allItems().map(({ category, item }) => itemPath(category.key, item.key));
    // The methodology's rubric lists every item with its page (its agreement table links them again).
    const rubricLinks = DomUtils.findAll((node) => node.name === 'dd' && node.attribs.class === 'rubric-item-page', [main(readSite(out(), '/methodology/'))]);
    expect(rubricLinks.map((dd) => DomUtils.findOne((node) => node.name === 'a', [dd])?.attribs.href)).toEqual(every);
    expect(links(paperPath(ids[0]!))).toEqual(every);
    for (const category of new Set(allItems().map(({ category }) => category)))
      expect(links(`/categories/${category.key}/`)).toEqual(category.items.map((item) => itemPath(category.key, item.key)));
  });

  test('the home page’s headline figures link to their item pages and print those pages’ shares', () => {
    const home = main(readSite(out(), '/'));
    const figures = DomUtils.findAll((node) => node.name === 'li', byClass(home, 'ul', 'headline-figures'));
    expect(figures).toHaveLength(3);
    for (const figure of figures) {
      const link = DomUtils.findOne((node) => node.name === 'a', [figure])!;
      const percent = DomUtils.textContent(byClass(figure, 'strong', 'headline-percent')[0]!);
      const itemPage = main(readSite(out(), link.attribs.href!));
      expect(DomUtils.textContent(byClass(itemPage, 'strong', 'item-share-figure')[0]!)).toBe(percent);
    }
  });

  test('the items index links every item page', () => {
    const html = readSite(out(), '/items/');
    for (const { category, item } of allItems()) expect(html).toContain(`href="${itemPath(category.key, item.key)}"`);
  });

  test('the compare page is a static shell: a no-JS message, a plain form, and the script', () => {
    const html = readSite(out(), '/compare/');
    const page = main(html);
    const noscript = DomUtils.findOne((node) => node.name === 'noscript', [page]);
    expect(noscript).toBeTruthy();
    expect(DomUtils.findOne((node) => node.name === 'form' && node.attribs.action === '/compare/' && node.attribs.method === 'get', [noscript!])).toBeTruthy();
    expect(DomUtils.findOne((node) => node.name === 'input' && node.attribs.name === 'papers', [noscript!])).toBeTruthy();
    expect(DomUtils.findOne((node) => node.name === 'a' && node.attribs.href === '/leaderboard/', [noscript!])).toBeTruthy();
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    const list = JSON.parse(readSite(out(), '/compare/papers.json')) as { id: string[]; title: string[] };
    expect(list.id).toEqual(ids);
    expect(list.title).toHaveLength(ids.length);
  });
});

describe('hostile fixture site (base path /glassbox/)', () => {
  const out = () => fixtureSite('hostile').outDir;

  test('venue names with markup stay text in the charts and tables', () => {
    const html = readSite(out(), itemPath('artifacts', 'code_released'));
    const page = main(html);
    for (const svg of byClass(page, 'svg', 'share-chart')) {
      expect(DomUtils.findAll((node) => ['script', 'style', 'foreignObject', 'iframe'].includes(node.name), [svg])).toEqual([]);
    }
    expect(DomUtils.findAll((node) => node.name === 'script' && DomUtils.textContent(node).includes('__pwned'), [page])).toEqual([]);
    expect(DomUtils.textContent(page)).toContain('Venue <style>body{display:none}</style>');
  });

  test('links and downloads carry the base path', () => {
    const html = readSite(out(), itemPath('artifacts', 'code_released'));
    expect(html).toContain(`href="/glassbox${itemCsvPath('artifacts', 'code_released')}"`);
    expect(html).toContain(`href="/glassbox${itemSvgPath('artifacts', 'code_released', 'year')}"`);
    expect(html).toMatch(/href="\/glassbox\/papers\/[^"]+#artifacts-code_released"/);
  });
});

describe('a site with 560 synthetic scans: the failing papers run over pages of 250', () => {
  let scansDir: string;
  let outDir: string;
  const scans = SYNTHETIC_SCANS;
  const stats = computeItemStats(scans.map(({ id, scan }) => ({ id, year: scan.paper.year, venue: scan.paper.venue, checklist: scan.checklist })));
  const paged = stats.filter((entry) => entry.failing.length > FAILING_PAGE_SIZE);

  beforeAll(async () => {
    ({ scansDir, outDir } = await syntheticSite());
  });
  afterAll(() => rmSync(scansDir, { recursive: true, force: true }));

  test('some item fails more than 250 papers (else this test would check nothing)', () => {
    expect(paged.length).toBeGreaterThan(0);
  });

  test('each page holds its 250 papers, numbered on from the last page, and no page more', () => {
    for (const entry of paged) {
      const pages = Math.ceil(entry.failing.length / FAILING_PAGE_SIZE);
      const base = itemPath(entry.category.key, entry.item.key);
      for (let page = 1; page <= pages; page++) {
        const html = readSite(outDir, page === 1 ? base : `${base}${page}/`);
        const list = byClass(main(html), 'ol', 'failing')[0]!;
        expect(list.attribs.start).toBe(String((page - 1) * FAILING_PAGE_SIZE + 1));
        const ids = DomUtils.findAll((node) => node.name === 'small', [list]).map((node) => DomUtils.textContent(node));
        expect(ids).toEqual(entry.failing.slice((page - 1) * FAILING_PAGE_SIZE, page * FAILING_PAGE_SIZE).map((position) => scans[position]!.id));
        // Only page 1 carries the charts.
        expect(byClass(main(html), 'svg', 'share-chart')).toHaveLength(page === 1 ? 2 : 0);
      }
      expect(existsSync(path.join(outDir, base, String(pages + 1)))).toBe(false);
    }
  });
});
