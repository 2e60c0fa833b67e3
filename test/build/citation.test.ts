/**
 * Citable audits in built sites: version, citations, history and head metadata.
 *
 * One site is built from a temporary git repository whose scan has two commits (the second
 * changes answers) next to a scan with a hostile title; the shared `main` fixture site gives
 * versioned pages from this repository, the shared `hostile` site unversioned ones (its scans
 * are assembled in an ignored folder) full of hostile text.
 */
import { existsSync, rmSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import {
  AUDIT_AUTHOR,
  CITATION_DATA_FORMATS,
  CITATION_STYLES,
  auditTitle,
  citationFormats,
  dateParts,
  oneLine,
  toApa,
  toBibtex,
  toCslJsonText,
} from '../../src/lib/publishing/citation.ts';
import { scanSchema } from '../../src/lib/scan-format/schema.ts';
import { fixtureSite, type FixtureSiteName } from '../helpers/fixture-sites.ts';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { HOSTILE_IDS, SENTINEL } from '../helpers/hostile.ts';
import { ROOT, buildSiteOrThrow } from '../helpers/site.ts';

type Page = { html: string; doc: ReturnType<typeof parseDocument> };
const readPage = (outDir: string, sitePath: string): Page => {
  const html = readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');
  return { html, doc: parseDocument(html) };
};
const text = (node: Element | undefined | null) => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : '');
const rawText = (node: Element | undefined | null) => (node ? DomUtils.textContent(node) : '');
const byId = (page: Page, id: string) => DomUtils.getElementById(id, page.doc.children) ?? undefined;
const all = (page: Page, match: (el: Element) => boolean) => DomUtils.findAll(match, page.doc.children);
const meta = (page: Page, key: string) =>
  all(page, (el) => el.name === 'meta' && (el.attribs.name === key || el.attribs.property === key)).map((el) => el.attribs.content);
const jsonLd = (page: Page) => all(page, (el) => el.name === 'script' && el.attribs.type === 'application/ld+json').map((el) => JSON.parse(rawText(el)));
const section = (page: Page, headingId: string) => byId(page, headingId)!.parent as Element;

const HOSTILE_TITLE = `</script><script>window.${SENTINEL}=1</script> & "quotes" {{x}} \u202Eevil`;
const REPO_URL = 'https://github.com/example-org/glassbox';

describe('a scan with two commits in a temporary git repository', () => {
  let repo: TempRepo;
  let outDir: string;
  let first: string;
  let second: string;
  let page: Page;
  const name = `cite-history-${process.pid}`;

  beforeAll(async () => {
    repo = createTempRepo();
    repo.addScan('9901.00001', path.join(ROOT, 'test/fixtures/site/9901.00001/scan.json'));
    repo.addScan('9901.00002', path.join(ROOT, 'test/fixtures/site/9901.00002/scan.json'));
    repo.editScan('9901.00002', (scan) => {
      scan.paper.title = HOSTILE_TITLE;
    });
    first = repo.commit('Add audits of two synthetic papers', '2026-01-10T12:00:00Z');
    repo.editScan('9901.00001', (scan) => {
      scan.checklist.artifacts!.code_released!.answer = false;
      scan.checklist.contamination!.training_cutoff_stated = { applies: false, answer: false, justification: 'Synthetic: no model trained.' };
    });
    second = repo.commit('Correct <b>code</b> answer & cutoff', '2026-02-20T08:30:00Z');
    repo.addScan('9901.00003', path.join(ROOT, 'test/fixtures/site/9901.00003/scan.json'));
    // Vitest workers export BASE_URL=/ into process.env, and Astro lets it override the configured base.
    const env = { SITE_URL: 'https://example-org.github.io', REPO_URL, OG_IMAGES: 'off', BASE_URL: '/glassbox/' };
    outDir = await buildSiteOrThrow({ name, scansDir: repo.scansDir, base: '/glassbox/', env });
    page = readPage(outDir, 'papers/9901.00001');
  });
  afterAll(() => {
    rmSync(path.join(ROOT, '.cache/sites', name), { recursive: true, force: true });
    rmSync(path.join(ROOT, '.cache/astro', name), { recursive: true, force: true });
    rmSync(repo.root, { recursive: true, force: true });
  });

  test('the history lists both revisions, newest first, with the changed answers and commit links', () => {
    const history = section(page, 'audit-history');
    const revisions = DomUtils.findAll((el) => el.name === 'li' && el.attribs.class === 'revision', [history]);
    expect(revisions.map((li) => text(DomUtils.findOne((el) => el.name === 'p', [li]))!)).toEqual([
      `2026-02-20 · ${second.slice(0, 7)} · Correct <b>code</b> answer & cutoff`,
      `2026-01-10 · ${first.slice(0, 7)} · Add audits of two synthetic papers (audit added)`,
    ]);
    const changes = DomUtils.findAll(
      (el) => el.name === 'li',
      DomUtils.findAll((el) => el.attribs.class === 'answer-changes', [revisions[0]!]),
    ).map(text);
    // The fixture answers code_released yes and training_cutoff_stated no.
    expect(changes).toEqual(['Code released: yes → no', 'Training cutoff stated: no → not applicable']);
    const commitLinks = DomUtils.findAll((el) => el.name === 'a' && Boolean(el.attribs.href?.includes('/commit/')), [history]).map((a) => a.attribs.href);
    expect(commitLinks).toEqual([`${REPO_URL}/commit/${second}`, `${REPO_URL}/commit/${first}`]);
    expect(page.html).not.toContain('<b>code</b>');
  });

  test('the version shown and cited is the last commit, with its date and permalinks', () => {
    const version = text(DomUtils.findOne((el) => el.attribs.class === 'audit-version', [section(page, 'cite-this-audit')]));
    expect(version).toBe(`Version ${second.slice(0, 7)} of 2026-02-20 · scan file at this version`);
    const versionLine = DomUtils.findOne((el) => el.attribs.class === 'audit-version', [section(page, 'cite-this-audit')])!;
    const hrefs = DomUtils.findAll((el) => el.name === 'a', [versionLine]).map((a) => a.attribs.href);
    expect(hrefs).toEqual([
      `https://example-org.github.io/glassbox/papers/9901.00001/?v=${second.slice(0, 7)}`,
      `${REPO_URL}/blob/${second}/scans/9901.00001/scan.json`,
    ]);
  });

  test('citations on the page are exactly the citation module output for that version, as text', () => {
    const scan = scanSchema.parse(JSON.parse(readFileSync(path.join(repo.scansDir, '9901.00001/scan.json'), 'utf8')));
    const input = {
      id: '9901.00001',
      paper: scan.paper,
      pageUrl: 'https://example-org.github.io/glassbox/papers/9901.00001/',
      version: { short: second.slice(0, 7), date: '2026-02-20T08:30:00+00:00' },
    };
    expect(rawText(byId(page, 'cite-bibtex-text'))).toBe(toBibtex(input));
    expect(rawText(byId(page, 'cite-apa-text'))).toBe(toApa(input));
    expect(rawText(byId(page, 'cite-csl-text'))).toBe(toCslJsonText(input));
    expect(JSON.parse(rawText(byId(page, 'cite-csl-text')))[0].version).toBe(second.slice(0, 7));
    // Every style and format is on the page (a small site renders them all), each exactly as the module writes it.
    const picker = all(page, (el) => el.name === 'citation-picker');
    expect(picker).toHaveLength(1);
    const blocks = DomUtils.findAll((el) => el.name === 'details' && 'data-format' in el.attribs, picker);
    const formats = citationFormats(input);
    expect(blocks.map((block) => block.attribs['data-format']).sort()).toEqual(formats.map((format) => format.key).sort());
    for (const format of formats) {
      const block = blocks.find((candidate) => candidate.attribs['data-format'] === format.key)!;
      expect(rawText(DomUtils.findOne((el) => el.name === 'pre', [block])), format.key).toBe(format.text);
    }
    expect(text(section(page, 'cite-this-audit'))).not.toContain('With this many audits');
  });

  test('each data format links its file in the page’s folder, and the files are written there', () => {
    const links = DomUtils.findAll((el) => el.name === 'a' && 'download' in el.attribs, [section(page, 'cite-this-audit')]);
    const hrefs = [...new Set(links.map((a) => a.attribs.href))];
    expect(hrefs).toEqual(CITATION_DATA_FORMATS.map((format) => `/glassbox/papers/9901.00001/${format.file}`));
    for (const href of hrefs) expect(existsSync(path.join(outDir, href!.replace(/^\/glassbox\//, ''))), href).toBe(true);
  });

  test('copy buttons are left to the script, each told what it copies and from where', () => {
    const copies = all(page, (el) => el.name === 'copy-text');
    // One per citation format, and the badge's Markdown and HTML.
    expect(copies.length).toBe(CITATION_STYLES.length + CITATION_DATA_FORMATS.length + 2);
    expect(all(page, (el) => el.name === 'button' && el.attribs.class === 'small-button')).toEqual([]);
    expect(copies.map((copy) => copy.attribs['data-label'])).toContain('BibTeX');
    for (const copy of copies) expect(byId(page, copy.attribs.for!), copy.attribs.for).toBeDefined();
  });

  test('Highwire tags describe the audit as its own work, and the date comes from git', () => {
    expect(meta(page, 'citation_title')).toEqual([
      `Glassbox transparency audit of: ${JSON.parse(readFileSync(path.join(repo.scansDir, '9901.00001/scan.json'), 'utf8')).paper.title}`,
    ]);
    expect(meta(page, 'citation_author')).toEqual(['Glassbox contributors']);
    expect(meta(page, 'citation_publisher')).toEqual(['Glassbox']);
    expect(meta(page, 'citation_publication_date')).toEqual(['2026/02/20']);
    expect(meta(page, 'citation_journal_title')).toEqual([]);
    expect(all(page, (el) => el.name === 'link' && el.attribs.rel === 'canonical').map((el) => el.attribs.href)).toEqual([
      'https://example-org.github.io/glassbox/papers/9901.00001/',
    ]);
    expect(meta(page, 'og:url')).toEqual(['https://example-org.github.io/glassbox/papers/9901.00001/']);
    expect(meta(page, 'og:image')).toEqual([]);
    expect(meta(page, 'twitter:card')).toEqual(['summary']);
  });

  test('JSON-LD parses: a Review of a ScholarlyArticle, claims as ClaimReviews, at this version', () => {
    const [graph] = jsonLd(page);
    const [review, ...claims] = graph['@graph'];
    expect(review).toMatchObject({ '@type': 'Review', version: second.slice(0, 7), itemReviewed: { '@type': 'ScholarlyArticle' } });
    expect(claims.every((claim: { '@type': string }) => claim['@type'] === 'ClaimReview')).toBe(true);
  });

  test('a scan not yet committed is unversioned: said on the page, and cited without version or date', () => {
    const untracked = readPage(outDir, 'papers/9901.00003');
    expect(text(section(untracked, 'audit-history'))).toBe('HistoryThis audit is unversioned: not committed to git.');
    expect(text(DomUtils.findOne((el) => el.attribs.class === 'audit-version', [section(untracked, 'cite-this-audit')]))).toBe(
      'This audit is unversioned (not committed to git), so citations below name no version.',
    );
    expect(rawText(byId(untracked, 'cite-bibtex-text'))).not.toMatch(/version =|year =/);
    expect(rawText(byId(untracked, 'cite-apa-text'))).toContain('(n.d.)');
    expect(meta(untracked, 'citation_publication_date')).toEqual([]);
  });

  test('a hostile title stays text in the head, the JSON-LD, the citations and the feed', () => {
    const hostile = readPage(outDir, 'papers/9901.00002');
    expect(all(hostile, (el) => el.name === 'script' && rawText(el).startsWith('window.'))).toEqual([]);
    expect(meta(hostile, 'citation_title')).toEqual([`Glassbox transparency audit of: ${HOSTILE_TITLE}`]);
    expect(jsonLd(hostile)[0]['@graph'][0].itemReviewed.name).toBe(HOSTILE_TITLE);
    // citeproc sets straight quotes as typographic ones, as the styles ask.
    expect(rawText(byId(hostile, 'cite-apa-text'))).toContain(HOSTILE_TITLE.replace(/\s+/g, ' ').replace(/"([^"]*)"/g, '“$1”'));
    const feed = readFileSync(path.join(outDir, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(feed).not.toContain('<script>');
    const entries = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false }).parse(feed).feed.entry;
    // Both scans were added in one commit: ties are ordered by scan id.
    // Titles are HTML (type="html", escaped): what a reader shows is the text of that HTML.
    const shown = (html: string) => DomUtils.textContent(parseDocument(html));
    expect(entries.map((entry: { title: { type: string } }) => entry.title.type)).toEqual(['html', 'html', 'html']);
    expect(entries.map((entry: { title: { '#text': string } }) => shown(entry.title['#text']))).toEqual([
      'Audit updated: Synthetic paper 00001: aligning invented encoders',
      'New audit: Synthetic paper 00001: aligning invented encoders',
      `New audit: ${HOSTILE_TITLE}`,
    ]);
    expect(shown(entries[0].summary['#text'])).toContain('Changed answers: Code released: yes → no;');
    const json = JSON.parse(readFileSync(path.join(outDir, 'feed.json'), 'utf8'));
    expect(json.items.map((item: { title: string }) => item.title)).toEqual(
      entries.map((entry: { title: { '#text': string } }) => shown(entry.title['#text'])),
    );
  });
});

describe('the shared fixture sites', () => {
  test('audits committed to this repository are versioned, and their BibTeX names the version', () => {
    const page = readPage(fixtureSite('main').outDir, 'papers/9901.00003');
    const bibtex = rawText(byId(page, 'cite-bibtex-text'));
    expect(bibtex).toMatch(/^@misc\{glassbox-9901\.00003-[0-9a-f]{7},/);
    // BibTeX has no version field: the version is in the note and the permalink (BibLaTeX has `version`).
    expect(bibtex).toMatch(/note = \{.*Audit version [0-9a-f]{7}\}/);
    expect(bibtex).toMatch(/url = \{https:\/\/glassbox\.example\.org\/papers\/9901\.00003\/\?v=[0-9a-f]{7}\}/);
    expect(DomUtils.findAll((el) => el.attribs.class === 'revision', [section(page, 'audit-history')]).length).toBeGreaterThan(0);
    expect(meta(page, 'og:image')).toEqual(['https://glassbox.example.org/papers/9901.00003/og.png']);
  });

  test.each(HOSTILE_IDS)('hostile scan %s: JSON-LD parses, no `<` or `>` inside it, citations name the version shown', (id) => {
    const page = readPage(fixtureSite('hostile').outDir, `papers/${id}`);
    const [graph] = jsonLd(page);
    expect(graph['@graph'][0]['@type']).toBe('Review');
    const blocks = all(page, (el) => el.name === 'script' && el.attribs.type === 'application/ld+json').map(rawText);
    for (const block of blocks) expect(block).not.toMatch(/[<>]/);
    const scripts = all(page, (el) => el.name === 'script').map(rawText);
    expect(scripts.filter((script) => script.includes(SENTINEL) && !script.startsWith('{'))).toEqual([]);
    const shown = text(DomUtils.findOne((el) => el.name === 'code', [section(page, 'cite-this-audit')]));
    expect(rawText(byId(page, 'cite-bibtex-text'))).toContain(`Audit version ${shown}}`);
  });
});

/** A name as written, from any CSL name a parser gives back (RIS folds particles into the family name). */
const fullName = (name: Record<string, string>) => name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' ');

/** Cases: audits of both shared sites, among them ones made and reviewed by people, an old-style id and every hostile scan. */
const FILE_CASES: [FixtureSiteName, string][] = [
  ...['9901.00001', '9903.00101', '9903.00103', '9903.00104', 'synth-th/9912001'].map((id): [FixtureSiteName, string] => ['main', id]),
  ...HOSTILE_IDS.map((id): [FixtureSiteName, string] => ['hostile', id]),
];

describe.each(FILE_CASES)('citation files of %s site, audit %s', (site, id) => {
  const outDir = () => fixtureSite(site).outDir;
  const file = (name: string) => readFileSync(path.join(outDir(), 'papers', ...id.split('/'), name), 'utf8');
  /** The fields every file must carry, worked out from the published scan file and the page. */
  const expected = () => {
    const scan = scanSchema.parse(JSON.parse(file('scan.json')));
    const page = readPage(outDir(), `papers/${id}`);
    const versionLine = DomUtils.findOne((el) => el.attribs.class === 'audit-version', [section(page, 'cite-this-audit')])!;
    const permalink = DomUtils.findOne((el) => el.name === 'a', [versionLine])!.attribs.href;
    const date = DomUtils.findOne((el) => el.name === 'time', [versionLine])!.attribs.datetime!;
    const provenance = scan.provenance;
    const people = [...(provenance?.auditors ?? []), ...(provenance?.reviews ?? []).map((review) => review.reviewer)].map((person) => oneLine(person.name));
    return {
      page,
      title: auditTitle(scan.paper),
      authors: people.length > 0 ? [...new Set(people)] : [AUDIT_AUTHOR],
      URL: permalink,
      issued: { 'date-parts': [dateParts(date)] },
    };
  };

  test.each([
    ['cite.bib', '@bibtex/text'],
    ['cite.biblatex.bib', '@biblatex/text'],
    ['cite.ris', '@ris/file'],
  ])('%s read by its own parser gives the title, authors, permalink and date', (name, type) => {
    const want = expected();
    const entries = new Cite(file(name), { forceType: type }).data as Record<string, unknown>[];
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.title).toBe(want.title);
    const names = (entry!.author as Record<string, string>[]).map(fullName);
    if (name === 'cite.ris') {
      // RIS reads a comma in a name as "Family, Given" and has no way to mark a name as one
      // literal string, so a (hostile) name with a comma comes back in another word order:
      // every word must survive, in whatever order.
      const words = (text: string) =>
        text
          .split(/[\s,]+/)
          .filter(Boolean)
          .sort();
      expect(names.map(words)).toEqual(want.authors.map(words));
      want.authors.forEach((author, index) => {
        if (!author.includes(',')) expect(names[index]).toBe(author);
      });
    } else expect(names).toEqual(want.authors);
    expect(entry!.URL).toBe(want.URL);
    expect(entry!.issued).toEqual(want.issued);
  });

  test('cite.json is the CSL-JSON shown on the page, with the same fields', () => {
    const want = expected();
    const [record] = JSON.parse(file('cite.json'));
    expect([record]).toEqual(JSON.parse(rawText(byId(want.page, 'cite-csl-text'))));
    expect({ title: record.title, URL: record.URL, issued: record.issued }).toEqual({ title: want.title, URL: want.URL, issued: want.issued });
    expect(record.author.map(fullName)).toEqual(want.authors);
  });
});
