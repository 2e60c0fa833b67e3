/**
 * `/search/` in built fixture sites: the search page and its index files exist, the index holds
 * every fixture flag, the no-JS listing shows every flag grouped by paper with working
 * `#flag-N` links, hostile text stays text, and everything carries the base path.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, syntheticSite } from '../helpers/fixture-sites.ts';
import { HOSTILE_SEARCH_WORD } from '../helpers/hostile.ts';
import { ROOT } from '../helpers/site.ts';
import { parseVocabulary } from '../../src/lib/search/search-engine.ts';
import { flagRecords, type FlagRecord, type FlagSource, type VocabularyFile } from '../../src/lib/search/search-index.ts';
import { scanSchema } from '../../src/lib/scan-format/schema.ts';

function readScans(dir: string): FlagSource[] {
  const sources: FlagSource[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'scan.json') {
        const scan = scanSchema.parse(JSON.parse(readFileSync(full, 'utf8')));
        sources.push({ paperId: path.relative(dir, folder).split(path.sep).join('/'), title: scan.paper.title, flags: scan.red_flags });
      }
    }
  };
  walk(dir);
  return sources;
}

function page(outDir: string, sitePath: string) {
  return parseDocument(readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8'));
}

type Root = { children: AnyNode[] };
const find = (root: Root, test: (element: Element) => boolean) => DomUtils.findAll(test, root.children);
const textOf = (node: Element) => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
const listingLinks = (doc: Root) => find(doc, (el) => el.name === 'a' && /#flag-\d+$/.test(el.attribs.href ?? ''));
/** The no-JS listing's papers: each heading and the list of flags right after it. */
function listedPapers(doc: Root): { heading: Element; flags: Element }[] {
  const listing = find(doc, (el) => el.attribs.class === 'flag-listing')[0]!;
  const children = listing.children.filter((node): node is Element => node.type === 'tag');
  return children.flatMap((node, i) => {
    if (node.name !== 'h3') return [];
    const flags = children[i + 1];
    expect(flags?.name, 'a list of flags follows each paper heading').toBe('ol');
    return [{ heading: node, flags: flags! }];
  });
}

function indexFiles(outDir: string) {
  const dir = path.join(outDir, 'search/data');
  const vocabulary = parseVocabulary(JSON.parse(readFileSync(path.join(dir, 'vocab.json'), 'utf8')) as VocabularyFile);
  const recordFiles = readdirSync(dir).filter((name) => name.startsWith('records-'));
  const records = recordFiles
    .map((name) => Number(/\d+/.exec(name)![0]))
    .sort((a, b) => a - b)
    .flatMap((k) => JSON.parse(readFileSync(path.join(dir, `records-${k}.json`), 'utf8')) as FlagRecord[]);
  const postingFiles = readdirSync(dir).filter((name) => name.startsWith('postings-'));
  return { vocabulary, records, postingFiles };
}

describe('search over the main fixture site (base /)', () => {
  const sources = readScans(path.join(ROOT, 'test/fixtures/site'));
  const withFlags = sources.filter((source) => source.flags.length > 0).sort((a, b) => (a.paperId < b.paperId ? -1 : 1));
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  test('the index files hold every fixture flag, in order, with the vocabulary version the page asks for', () => {
    const { vocabulary, records, postingFiles } = indexFiles(outDir);
    expect(records).toEqual(flagRecords(sources));
    expect(vocabulary.flagCount).toBe(records.length);
    expect(postingFiles).toHaveLength(vocabulary.postingShardStarts.length);
    expect(vocabulary.terms).toEqual(expect.arrayContaining(['seed', 'selection', 'variance']));
    const [element] = find(page(outDir, 'search'), (el) => el.name === 'flag-search');
    expect(element?.attribs['data-index']).toBe('/search/data/');
    expect(element?.attribs['data-version']).toBe(vocabulary.version);
  });

  test('the page is a GET form on q, with a status region and a results list for the script', () => {
    const doc = page(outDir, 'search');
    const [form] = find(doc, (el) => el.name === 'form' && el.attribs.action === '/search/');
    expect(form?.attribs.method).toBe('get');
    expect(find(form!, (el) => el.name === 'input' && el.attribs.name === 'q')).toHaveLength(1);
    expect(find(doc, (el) => el.attribs.role === 'status')).toHaveLength(1);
    const [results] = find(doc, (el) => el.attribs['data-results'] !== undefined);
    expect([results?.attribs['data-state'], results?.attribs['data-count']]).toEqual(['idle', '0']);
    expect(find(doc, (el) => el.name === 'script' && el.attribs.type === 'module' && !!el.attribs.src)).toHaveLength(1);
  });

  test('without JS, every red flag is listed under its paper and links to its #flag-N anchor', () => {
    const doc = page(outDir, 'search');
    const papers = listedPapers(doc);
    expect(papers.map(({ heading }) => textOf(heading))).toEqual(withFlags.map((source) => source.title));
    papers.forEach(({ flags }, i) => {
      const source = withFlags[i]!;
      const links = listingLinks(flags);
      expect(links.map(textOf)).toEqual(source.flags.map((flag) => flag.flag));
      expect(links.map((link) => link.attribs.href)).toEqual(source.flags.map((_, n) => `/papers/${source.paperId}/#flag-${n + 1}`));
    });
    expect(listingLinks(doc)).toHaveLength(withFlags.reduce((sum, source) => sum + source.flags.length, 0));
  });

  test('every listed paper and flag link points at a page that was built', () => {
    for (const link of listingLinks(page(outDir, 'search'))) {
      const target = decodeURIComponent(link.attribs.href!.split('#')[0]!);
      expect(existsSync(path.join(outDir, target, 'index.html')), target).toBe(true);
    }
  });

  test('a title with markup characters is escaped text', () => {
    const slug = sources.find((source) => source.paperId === 'synthetic-slug-paper')!;
    const headings = find(page(outDir, 'search'), (el) => el.name === 'h3').map(textOf);
    expect(headings).toContain(slug.title);
  });
});

describe('search under a base path with hostile scans', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('hostile').outDir;
  });

  test('the index folder and every listing link carry the base path', () => {
    const doc = page(outDir, 'search');
    expect(find(doc, (el) => el.name === 'flag-search')[0]?.attribs['data-index']).toBe('/glassbox/search/data/');
    const links = listingLinks(doc);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.attribs.href).toMatch(/^\/glassbox\/papers\//);
    expect(find(doc, (el) => el.name === 'form')[0]?.attribs.action).toBe('/glassbox/search/');
  });

  test('hostile flags are listed as text: no script, handler or javascript: link comes from them', () => {
    const doc = page(outDir, 'search');
    const main = find(doc, (el) => el.name === 'main')[0]!;
    const hostile = listingLinks(main).filter((link) => textOf(link).includes(HOSTILE_SEARCH_WORD));
    expect(hostile.length).toBeGreaterThan(0);
    expect(hostile.some((link) => /<script>|onerror=/.test(textOf(link)))).toBe(true);
    const inMain = find(main, () => true);
    expect(inMain.filter((el) => ['img', 'svg', 'iframe', 'details', 'style'].includes(el.name))).toEqual([]);
    expect(inMain.filter((el) => Object.keys(el.attribs).some((name) => name.startsWith('on')))).toEqual([]);
    expect(inMain.filter((el) => el.name === 'a' && !/^\/glassbox\//.test(el.attribs.href ?? ''))).toEqual([]);
    expect(inMain.filter((el) => el.name === 'script' && !(el.attribs.type === 'module' && el.attribs.src))).toEqual([]);
  });
});

describe('more papers with flags than one page holds (the synthetic scans under /glassbox/)', () => {
  let scansDir: string;
  let outDir: string;
  beforeAll(async () => {
    ({ scansDir, outDir } = await syntheticSite());
  });
  afterAll(() => rmSync(scansDir, { recursive: true, force: true }));

  test('the listing continues on /search/2/ and on, each page linking back and searching from /search/', () => {
    const papers = readScans(scansDir).filter((source) => source.flags.length > 0);
    const pages = Math.ceil(papers.length / 100);
    expect(pages).toBeGreaterThan(2);
    const sectionsOf = (doc: Root) => listedPapers(doc);
    const first = page(outDir, 'search');
    expect(sectionsOf(first)).toHaveLength(100);
    expect(find(first, (el) => el.name === 'a' && el.attribs.href === '/glassbox/search/2/').length).toBeGreaterThan(0);
    for (let number = 2; number <= pages; number++) {
      const later = page(outDir, `search/${number}`);
      expect(sectionsOf(later)).toHaveLength(number < pages ? 100 : papers.length - 100 * (pages - 1));
      expect(find(later, (el) => el.name === 'a' && el.attribs.href === '/glassbox/search/').length).toBeGreaterThan(0);
      expect(find(later, (el) => el.name === 'form')[0]?.attribs.action).toBe('/glassbox/search/');
      expect(find(later, (el) => el.name === 'flag-search')).toEqual([]);
    }
    expect(existsSync(path.join(outDir, `search/${pages + 1}/index.html`))).toBe(false);
  });
});
