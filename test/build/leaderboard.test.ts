/**
 * The leaderboard, category pages and heatmap, read from built fixture sites: each page exists,
 * shows its key content in the server HTML (no JS needed), ranks as the lib says, and keeps
 * every link under the base path.
 *
 * Sites: the shared `main` (19 fixture scans at `/`) and `hostile` (plus hostile scans under
 * `/glassbox/`) from the global setup, and the synthetic scans' shared site (`syntheticSite`) to see pagination.
 */
import { readFileSync, existsSync, rmSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SYNTHETIC_SCANS, fixtureSite, syntheticSite } from '../helpers/fixture-sites.ts';
import { ROOT } from '../helpers/site.ts';
import { CATEGORY_KEYS, RUBRIC, currentRubric } from '../../src/lib/scan-format/rubric.ts';
import { scanSchema } from '../../src/lib/scan-format/schema.ts';
import { scoreScan } from '../../src/lib/scoring/scoring.ts';
import { buildRows, decodeRows, percentText, type LeaderboardData } from '../../src/lib/scoring/leaderboard-filters.ts';
import { scoreBucketClass } from '../../src/lib/scoring/score-bucket.ts';
import { cellHref, type CellAxis } from '../../src/lib/charts/heatmap-cells.ts';
import { CATEGORY_PAGE_SIZE, pagerItems } from '../../src/lib/site/pagination.ts';

type Page = ReturnType<typeof parseDocument>;

const read = (outDir: string, sitePath: string): Page => parseDocument(readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8'));
const text = (node: Element | undefined): string => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : '');
const all = (root: Page | Element, name: string) => DomUtils.findAll((el) => el.name === name, 'children' in root ? root.children : []);
const first = (root: Page | Element, name: string) => all(root, name)[0];
const classes = (el: Element) => (el.attribs.class ?? '').split(/\s+/);
const bodyRows = (root: Page | Element) => all(first(root, 'tbody')!, 'tr');
const heatmapCells = (svg: Element) =>
  all(
    DomUtils.findOne((el) => classes(el).includes('heatmap-cells'), svg.children)!,
    'g',
  );
/** A heatmap's row and column headings as the client script reads them. */
function heatmapAxes(svg: Element): { rows: CellAxis[]; columns: CellAxis[] } {
  const axis = (el: Element): CellAxis => ({
    full: el.attribs['data-full'] ?? '',
    href: el.attribs['data-href'],
    cellPage: el.attribs['data-page'],
    fragment: el.attribs['data-fragment'],
  });
  const labels = (group: string) =>
    all(
      DomUtils.findOne((el) => el.name === 'g' && classes(el).includes(group), svg.children)!,
      'text',
    ).map(axis);
  return { rows: labels('heatmap-rows'), columns: labels('heatmap-columns') };
}

/** Rows as the lib ranks them, computed from the scan files (independently of the site build). */
function expectedRows(scansDir: string) {
  const ids: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name === 'scan.json') ids.push(prefix);
      else if (entry.isDirectory()) walk(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    }
  };
  walk(scansDir, '');
  const records = ids.map((id) => {
    const scan = scanSchema.parse(JSON.parse(readFileSync(path.join(scansDir, id, 'scan.json'), 'utf8')));
    // A reply with a statement still open marks the audit disputed (fixture replies checked by hand: 9901.00002 and 9901.00003).
    return { id, scan, scores: scoreScan(scan), disputed: ['9901.00002', '9901.00003'].includes(id) };
  });
  return buildRows(records, CATEGORY_KEYS, currentRubric().version);
}

describe('main fixture site (19 scans at /)', () => {
  let outDir: string;
  const rows = expectedRows(path.join(ROOT, 'test/fixtures/site'));
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  test('/leaderboard/ lists every paper in rank order with ranks, scores, flags, year and venue', () => {
    const page = read(outDir, 'leaderboard');
    const tableRows = bodyRows(page);
    expect(tableRows).toHaveLength(19);
    tableRows.forEach((tr, i) => {
      const row = rows[i]!;
      const cells = DomUtils.getChildren(tr).filter((node): node is Element => node.type === 'tag');
      expect(text(cells[0])).toBe(row.rank === null ? 'n/a' : `${row.shared ? '=' : ''}${row.rank}`);
      expect(first(cells[1]!, 'a')!.attribs.href).toBe(`/papers/${row.id}/`);
      expect(text(first(cells[1]!, 'a'))).toBe(row.title);
      row.scores.forEach((counts, c) => {
        expect(text(cells[2 + c])).toBe(percentText(counts));
        expect(classes(cells[2 + c]!)).toContain(scoreBucketClass(counts.applicable ? counts.yes / counts.applicable : null));
      });
      expect(cells.slice(-3).map(text)).toEqual([String(row.flags), String(row.year), row.venue]);
    });
  });

  test('the old-style nested id and the slug id link to their audit pages', () => {
    const hrefs = all(read(outDir, 'leaderboard'), 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain('/papers/synth-th/9912001/');
    expect(hrefs).toContain('/papers/synthetic-slug-paper/');
  });

  test('shared ranks are marked and the tie rule is stated', () => {
    const page = read(outDir, 'leaderboard');
    expect(rows.some((row) => row.shared)).toBe(true);
    expect(text(first(page, 'main'))).toContain('Papers with equal scores share a rank');
  });

  test('every category column header links to its category page; every column is sortable with aria-sort on the current one', () => {
    const page = read(outDir, 'leaderboard');
    const headers = all(first(page, 'thead')!, 'th');
    expect(headers.map((th) => th.attribs['data-sort'])).toEqual(['rank', 'title', 'overall', ...CATEGORY_KEYS, 'flags', 'year', 'venue']);
    for (const category of RUBRIC) {
      const th = headers.find((h) => h.attribs['data-sort'] === category.key)!;
      expect(first(th, 'a')!.attribs.href).toBe(`/categories/${category.key}/`);
      expect(text(th)).toBe(category.label);
    }
    expect(headers.filter((th) => th.attribs['aria-sort']).map((th) => [th.attribs['data-sort'], th.attribs['aria-sort']])).toEqual([['rank', 'ascending']]);
  });

  test('filter controls exist only inside a <template>, so there are no dead controls without JS', () => {
    const page = read(outDir, 'leaderboard');
    const template = DomUtils.findOne((el) => el.name === 'template', page.children)!;
    expect(all(template, 'select').map((s) => s.attribs.name)).toEqual(['year', 'venue', 'tag', 'made', 'rubric', 'disputed']);
    // The filters' template, and the compare selection's after it: a control anywhere else would be dead without JS.
    const templates = DomUtils.findAll((el) => el.name === 'template', page.children);
    const outside = DomUtils.findAll(
      (el) => ['input', 'select', 'button'].includes(el.name) && !templates.some((t) => DomUtils.findOne((c) => c === el, t.children)),
      first(page, 'main')!.children,
    );
    expect(outside).toEqual([]);
    const venues = all(template, 'option').map((o) => o.attribs.value);
    expect(venues).toEqual(expect.arrayContaining(['ICML', 'arXiv']));
  });

  test('rows.json holds every row, decoding to exactly what the lib ranks', () => {
    const data = JSON.parse(readFileSync(path.join(outDir, 'leaderboard/rows.json'), 'utf8')) as LeaderboardData;
    expect(decodeRows(data)).toEqual(rows);
    const element = DomUtils.findOne((el) => el.name === 'gb-leaderboard', read(outDir, 'leaderboard').children)!;
    expect(element.attribs['data-rows']).toBe('/leaderboard/rows.json');
  });

  test.each(RUBRIC.map((category) => [category.key, category] as const))(
    '/categories/%s/ ranks by the category, with item texts, answers and a heatmap',
    (key, category) => {
      const page = read(outDir, `categories/${key}`);
      const main = text(first(page, 'main'));
      expect(text(first(page, 'h1'))).toContain(category.label);
      for (const item of category.items) {
        expect(main).toContain(item.question);
        expect(main).toContain(item.why);
      }
      const tableRows = bodyRows(page);
      expect(tableRows).toHaveLength(19);
      const ranks = tableRows.map((tr) => text(first(tr, 'td')));
      // n/a papers come after every ranked one.
      const firstNa = ranks.indexOf('n/a');
      if (firstNa >= 0) expect(ranks.slice(firstNa).every((rank) => rank === 'n/a')).toBe(true);
      const answerCells = tableRows.flatMap((tr) => all(tr, 'td').filter((td) => /^a-(yes|no|na)$/.test(classes(td)[0]!)));
      const answers = answerCells.map(text);
      // One class a cell: score-scale.css colours it like the heatmap (a unit test checks the rules).
      for (const td of answerCells) expect(classes(td)).toHaveLength(1);
      expect(answers).toHaveLength(19 * category.items.length);
      // The word is in the HTML; the symbol is drawn by CSS (see leaderboard.css).
      expect(new Set(answers)).toEqual(new Set(answers.filter((a) => ['yes', 'no', 'n.a.'].includes(a))));
      const svg = DomUtils.findOne((el) => el.name === 'svg' && classes(el).includes('heatmap-svg'), page.children)!;
      expect(heatmapCells(svg)).toHaveLength(19 * category.items.length);
      // A cell's link is its row's page plus its column's fragment: the paper's answer to the item.
      const { rows, columns } = heatmapAxes(svg);
      expect(columns.map((column) => column.fragment)).toEqual(category.items.map((item) => `#${key}-${item.key}`));
      expect(cellHref(rows[0]!, columns[0]!)).toBe(`${first(bodyRows(page)[0]!, 'a')!.attribs.href!.split('#')[0]}#${key}-${category.items[0]!.key}`);
    },
  );

  test('/categories/human_studies/ lists papers where nothing applies as n/a, not 0', () => {
    const page = read(outDir, 'categories/human_studies');
    const naRows = bodyRows(page).filter((tr) => text(first(tr, 'td')) === 'n/a');
    expect(naRows.length).toBeGreaterThan(0);
    for (const tr of naRows) expect(text(all(tr, 'td')[1])).toBe('n/a 0/0');
    expect(naRows.length).toBeLessThan(19);
  });

  test('/heatmap/ shows venue and year aggregates with tables, and the ranked papers', () => {
    const page = read(outDir, 'heatmap');
    const figures = DomUtils.findAll((el) => el.name === 'gb-heatmap', page.children);
    expect(figures.length).toBeGreaterThanOrEqual(3);
    const venueTable = first(figures[0]!, 'table')!;
    const venues = new Set(rows.map((row) => row.venue));
    expect(bodyRows(venueTable)).toHaveLength(venues.size);
    expect(all(first(venueTable, 'thead')!, 'th').map(text).slice(1)).toEqual(['Overall', ...RUBRIC.map((c) => c.label)]);
    const chart = (figure: Element) => DomUtils.findOne((el) => el.name === 'svg' && classes(el).includes('heatmap-svg'), figure.children)!;
    const papers = heatmapAxes(chart(figures[2]!));
    expect(cellHref(papers.rows[0]!, papers.columns[0]!)).toBe(`/papers/${rows[0]!.id}/`);
    expect(cellHref(papers.rows[0]!, papers.columns[1]!)).toBe(`/papers/${rows[0]!.id}/#artifacts`);
    const venuesAxes = heatmapAxes(chart(figures[0]!));
    expect(cellHref(venuesAxes.rows[0]!, venuesAxes.columns[1]!)).toBe('/categories/artifacts/');
    // Without JS the heatmap is plain SVG: each cell one shared shape coloured by a bucket class and printing its value.
    const cells = heatmapCells(chart(figures[0]!));
    expect(cells).toHaveLength(venues.size * (RUBRIC.length + 1));
    expect(cells.every((cell) => /^scale-(\d+|na)$/.test(cell.attribs.class ?? '') && all(cell, 'use').length === 1 && /^(\d+|–)$/.test(text(cell)))).toBe(
      true,
    );
  });

  test('no page of this area carries a style attribute (the CSP forbids them)', () => {
    for (const sitePath of ['leaderboard', 'heatmap', ...CATEGORY_KEYS.map((key) => `categories/${key}`)]) {
      expect(DomUtils.findAll((el) => el.attribs.style !== undefined, read(outDir, sitePath).children)).toEqual([]);
    }
  });
});

describe('hostile fixture site (under /glassbox/)', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('hostile').outDir;
  });

  test.each(['leaderboard', 'heatmap', 'categories/artifacts'])('/%s/ keeps hostile text inert and every internal link under the base path', (sitePath) => {
    const page = read(outDir, sitePath);
    const scripts = all(page, 'script');
    // Only the bundled module script (and JSON-LD data blocks) — never a script from scan text.
    for (const script of scripts) expect(script.attribs.src ?? script.attribs.type).toMatch(/^(\/glassbox\/_astro\/.+\.js|application\/ld\+json|module)$/);
    expect(DomUtils.findAll((el) => Object.keys(el.attribs).some((name) => name.startsWith('on')), page.children)).toEqual([]);
    expect(DomUtils.findAll((el) => el.name === 'iframe' || el.name === 'img', page.children)).toEqual([]);
    const hrefs = DomUtils.findAll((el) => el.name === 'a', page.children).map((a) => a.attribs.href ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(\/glassbox\/|#|https?:)/);
    expect(text(first(page, 'main'))).toContain('<script>window.__pwned');
  });
});

describe(`pagination (${SYNTHETIC_SCANS.length} synthetic scans)`, () => {
  const count = SYNTHETIC_SCANS.length;
  let outDir: string;
  let scansDir: string;
  beforeAll(async () => {
    ({ scansDir, outDir } = await syntheticSite());
  });
  afterAll(() => rmSync(scansDir, { recursive: true, force: true }));

  test('the leaderboard is cut into pages of 100, ranks continuing across pages, with a pager', () => {
    const pageCount = Math.ceil(count / 100);
    expect(pageCount).toBeGreaterThan(2);
    const pages = Array.from({ length: pageCount }, (_, index) => read(outDir, index === 0 ? 'leaderboard' : `leaderboard/${index + 1}`));
    expect(pages.map((page) => bodyRows(page).length)).toEqual(pages.map((_, index) => Math.min(100, count - 100 * index)));
    expect(existsSync(path.join(outDir, `leaderboard/${pageCount + 1}/index.html`))).toBe(false);
    const rankOf = (page: Page, i: number) => Number(text(first(bodyRows(page)[i]!, 'td')).replace('=', ''));
    expect(rankOf(pages[1]!, 0)).toBeGreaterThanOrEqual(rankOf(pages[0]!, 99));
    const pager = DomUtils.findOne((el) => el.name === 'nav' && el.attribs['data-pager'] !== undefined, pages[1]!.children)!;
    const links = all(pager, 'a');
    const href = (page: number) => (page === 1 ? '/glassbox/leaderboard/' : `/glassbox/leaderboard/${page}/`);
    expect(links.map((a) => [text(a), a.attribs.href, a.attribs['aria-current']])).toEqual([
      ['← Previous', '/glassbox/leaderboard/', undefined],
      ...pagerItems(2, pageCount)
        .filter((item) => item !== 'gap')
        .map((item) => [String(item), href(item), item === 2 ? 'page' : undefined]),
      ['Next →', '/glassbox/leaderboard/3/', undefined],
    ]);
    const data = JSON.parse(readFileSync(path.join(outDir, 'leaderboard/rows.json'), 'utf8')) as LeaderboardData;
    expect(data.id).toHaveLength(count);
  });

  test('category pages paginate by 200, ranks continuing; the SVG heatmap of the top 100 is drawn for the first page only', () => {
    const findChart = (page: Page) => DomUtils.findOne((el) => el.name === 'svg' && classes(el).includes('heatmap-svg'), page.children);
    const pageCount = Math.ceil(count / CATEGORY_PAGE_SIZE);
    const [top, last] = [read(outDir, 'categories/artifacts'), read(outDir, `categories/artifacts/${pageCount}`)];
    const onLast = count - CATEGORY_PAGE_SIZE * (pageCount - 1);
    expect([bodyRows(top).length, bodyRows(last).length]).toEqual([CATEGORY_PAGE_SIZE, onLast]);
    expect(existsSync(path.join(outDir, `categories/artifacts/${pageCount + 1}/index.html`))).toBe(false);
    expect(text(first(last, 'main'))).toContain(`Papers ${count - onLast + 1}–${count} of ${count}`);
    expect(findChart(last)).toBeNull();
    expect(heatmapCells(findChart(top)!)).toHaveLength(100 * RUBRIC[0].items.length);
    expect(text(first(top, 'main'))).toContain('Heatmap of the top 100');
  });

  test('/heatmap/ stays bounded: aggregates plus 25 top and 25 bottom papers', () => {
    const page = read(outDir, 'heatmap');
    const paperRows = DomUtils.findAll((el) => el.name === 'gb-heatmap', page.children)
      .slice(2)
      .map((figure) => bodyRows(first(figure, 'table')!).length);
    expect(paperRows).toEqual([25, 25]);
  });
});
