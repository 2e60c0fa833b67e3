/**
 * The pages engineer A owns, read from built fixture sites: each exists and shows its key
 * content; scan text stays inert; every internal link carries the base path.
 *
 * Sites: the shared `main` (19 fixture scans at `/`) and `hostile` (plus hostile scans under
 * `/glassbox/`) from the global setup, and one build of the committed `scans/` folder, whose
 * real justifications contain URLs that must become links.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite, FIXTURE_REPO_URL } from '../helpers/fixture-sites.ts';
import { buildSiteOrThrow } from '../helpers/site.ts';
import { RUBRIC, allItems } from '../../src/lib/scan-format/rubric.ts';
import { ANSWER_TEXT } from '../../src/lib/scan-format/answers.ts';
import { scanSchema } from '../../src/lib/scan-format/schema.ts';
import { Cite } from '@citation-js/core';
import { CITATION_DATA_FORMATS, CITATION_STYLES, auditTitle } from '../../src/lib/publishing/citation.ts';
import { formatCounts, formatPercent, scoreScan } from '../../src/lib/scoring/scoring.ts';

type Page = { html: string; doc: ReturnType<typeof parseDocument> };

function readPage(outDir: string, sitePath: string): Page {
  const file = path.join(outDir, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  return { html, doc: parseDocument(html) };
}

/** Text of a node with element boundaries read as spaces (as a reader sees separate cells and lines). */
const text = (node: Element | undefined | null): string => (node ? spaced(node).replace(/\s+/g, ' ').trim() : '');
const spaced = (node: Element): string =>
  node.children
    .map((child) =>
      child.type === 'text'
        ? (child as unknown as { data: string }).data
        : child.type === 'tag' || child.type === 'script'
          ? ` ${spaced(child as Element)} `
          : '',
    )
    .join('');
const byId = (page: Page, id: string) => DomUtils.getElementById(id, page.doc.children) ?? undefined;
const all = (page: Page, test: (el: Element) => boolean) => DomUtils.findAll(test, page.doc.children);
const byClass = (page: Page, name: string) => all(page, (el) => (el.attribs.class ?? '').split(/\s+/).includes(name));
// An <a> without href is a placeholder a script fills in (the version notice), not a link.
const links = (root: Element[] | Page) =>
  DomUtils.findAll((el) => el.name === 'a' && el.attribs.href !== undefined, Array.isArray(root) ? root : root.doc.children);
const fixtureScan = (id: string) => scanSchema.parse(JSON.parse(readFileSync(path.join('test/fixtures/site', id, 'scan.json'), 'utf8')));

describe('pages of the main fixture site (base /)', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  describe('audit page /papers/9901.00001/', () => {
    const scan = fixtureScan('9901.00001');
    const scores = scoreScan(scan);
    let page: Page;
    beforeAll(() => {
      page = readPage(outDir, 'papers/9901.00001');
    });

    test('title, authors, venue, year and the arXiv link', () => {
      expect(text(DomUtils.findOne((el) => el.name === 'h1', page.doc.children))).toBe(scan.paper.title);
      expect(DomUtils.textContent(byClass(page, 'authors')[0]!)).toBe(scan.paper.authors.join(', '));
      expect(text(byClass(page, 'eyebrow')[0])).toContain(`${scan.paper.venue} ${scan.paper.year}`);
      expect(links(byClass(page, 'paper-links')).map((a) => a.attribs.href)).toEqual(['https://arxiv.org/abs/9901.00001']);
    });

    test('overall score with its counts, and every category score with its counts', () => {
      const overall = text(byClass(page, 'overall')[0]);
      expect(overall).toContain(formatPercent(scores.overall));
      expect(overall).toContain(formatCounts(scores.overall));
      const rows = DomUtils.findAll((el) => el.name === 'tr', byClass(page, 'score-table'));
      for (const category of RUBRIC) {
        const row = rows.find((tr) => text(tr).startsWith(category.label));
        expect(text(row), category.key).toBe(
          `${category.label} ${formatPercent(scores.categories[category.key])} ${formatCounts(scores.categories[category.key])}`,
        );
      }
    });

    test('every checklist item under #<category>-<item>, with its name linking to its item page, the answer and the justification', () => {
      for (const { category, item } of allItems()) {
        expect(byId(page, category.key)?.name, category.key).toBe('h3');
        const li = byId(page, `${category.key}-${item.key}`);
        const answer = scan.checklist[category.key]![item.key]!;
        const kind = !answer.applies ? 'na' : answer.answer ? 'yes' : 'no';
        // This paper has independent audits: each item ends with how they answered it ("3 of 3 say yes", or "Audits disagree: split 2–1…").
        const agreement = DomUtils.findOne((el) => (el.attribs.class ?? '').split(/\s+/).includes('ag'), [li!]);
        expect(text(agreement), item.key).toMatch(/^(?:3 of 3 say |Audits disagree: split )/);
        expect(text(li), item.key).toBe(`${item.label} ${ANSWER_TEXT[kind].word} ${answer.justification} ${text(agreement)}`);
        // The word is in the HTML; its symbol is drawn by the class (answers.css).
        const answerSpan = DomUtils.findOne((el) => el.name === 'span' && el.parent === li, [li!]);
        expect(answerSpan?.attribs.class, item.key).toBe(kind);
        expect(links([li!])[0]?.attribs.href, 'the item name opens its item page').toBe(`/items/${category.key}/${item.key}/`);
      }
    });

    test('red flags numbered #flag-1 … in order', () => {
      scan.red_flags.forEach((flag, index) => {
        const li = byId(page, `flag-${index + 1}`);
        expect(text(li)).toBe(`#${index + 1} ${flag.flag} ${flag.detail}`);
      });
      expect(byId(page, `flag-${scan.red_flags.length + 1}`)).toBeUndefined();
    });

    test('claims with evidence and support level, key findings, methodology tags', () => {
      const claims = DomUtils.findAll((el) => el.name === 'li' && el.parent === byClass(page, 'claims')[0], byClass(page, 'claims'));
      expect(claims).toHaveLength(scan.claims.length);
      scan.claims.forEach((claim, index) => {
        const shown = text(claims[index]);
        expect(shown).toContain(claim.claim);
        expect(shown).toContain(claim.evidence);
        expect(shown).toMatch(claim.supported === 'unsupported' ? /unsupported/ : new RegExp(`${claim.supported}ly supported`));
      });
      expect(page.html).toContain(scan.key_findings);
      const tagLinks = links(byClass(page, 'tags'));
      expect(tagLinks.map(text)).toEqual(scan.methodology_tags);
      expect(tagLinks.map((a) => a.attribs.href)).toEqual(scan.methodology_tags.map((tag) => `/leaderboard/?tag=${encodeURIComponent(tag)}`));
    });

    test('JavaScript stays under 5 KB even before compression, and no inline style attribute (CSP)', () => {
      const scripts = all(page, (el) => el.name === 'script' && el.attribs.type !== 'application/ld+json');
      const bytes = scripts.reduce(
        (sum, el) => sum + (el.attribs.src ? readFileSync(path.join(outDir, el.attribs.src)).length : Buffer.byteLength(DomUtils.textContent(el))),
        0,
      );
      expect(bytes).toBeLessThan(5 * 1024);
      expect(all(page, (el) => 'style' in el.attribs)).toEqual([]);
    });
  });

  test('an old-style id nests one folder deeper', () => {
    const page = readPage(outDir, 'papers/synth-th/9912001');
    expect(text(DomUtils.findOne((el) => el.name === 'h1', page.doc.children))).toBe(fixtureScan('synth-th/9912001').paper.title);
  });

  test('a slug paper: markup in its title is escaped text, DOI and URL are links', () => {
    const page = readPage(outDir, 'papers/synthetic-slug-paper');
    expect(page.html).toContain('Synthetic paper 90002: Ünïcödé &amp; &lt;angle&gt; brackets 🚀');
    expect(links(byClass(page, 'paper-links')).map((a) => a.attribs.href)).toEqual([
      'https://doi.org/10.9999/synthetic.90002',
      'https://example.org/synthetic/90002',
    ]);
  });

  test('folder READMEs document the code and never become pages', () => {
    expect(existsSync(path.join(outDir, 'README'))).toBe(false);
    expect(existsSync(path.join(outDir, '_README'))).toBe(false);
  });

  describe('home', () => {
    let page: Page;
    beforeAll(() => {
      page = readPage(outDir, '');
    });

    test('says what Glassbox is and counts the papers', () => {
      expect(text(byClass(page, 'lede')[0])).toMatch(/^Glassbox audits machine-learning papers against a public checklist of 50 items/);
      expect(text(byClass(page, 'stats')[0])).toContain('Papers audited 19');
      expect(text(byClass(page, 'stats')[0])).toMatch(/Median score \d+%/);
    });

    test('the search box is a plain GET form to /search/ with q', () => {
      const form = DomUtils.findOne((el) => el.name === 'form', page.doc.children)!;
      expect([form.attribs.action, form.attribs.method]).toEqual(['/search/', 'get']);
      expect(DomUtils.findOne((el) => el.name === 'input', [form])!.attribs.name).toBe('q');
    });

    test('top of the leaderboard: ten rows, best first, ties share a rank, linking to audits and the leaderboard', () => {
      const rows = DomUtils.findAll((el) => el.name === 'tr', byClass(page, 'ranking')).slice(1);
      expect(rows).toHaveLength(10);
      expect(text(rows[0])).toMatch(/^1 Synthetic paper 00010: .* EMNLP 2019 100% 1$/);
      expect(links(rows).map((a) => a.attribs.href)[0]).toBe('/papers/9901.00010/');
      const shared = rows.map((row) => text(row).split(' ')[0] ?? '').filter((rank) => rank.startsWith('='));
      expect(shared.length).toBeGreaterThanOrEqual(2);
      expect(links(page).some((a) => a.attribs.href === '/leaderboard/')).toBe(true);
    });

    test('most common red flags, most often failed items linked to the methodology, newest audits', () => {
      expect(text(byId(page, 'common-flags')?.parent as Element)).toContain('Compute budget outdated 3 papers');
      const failed = links(byClass(page, 'tally')).filter((a) => a.attribs.href?.startsWith('/methodology/#'));
      expect(failed).toHaveLength(5);
      const newest = DomUtils.findAll((el) => el.name === 'li', byClass(page, 'paper-list'));
      expect(newest).toHaveLength(5);
    });
  });

  test('methodology: every item question and why, with anchors, and the scoring formula', () => {
    const page = readPage(outDir, 'methodology');
    for (const { category, item } of allItems()) {
      const entry = text(byId(page, `${category.key}-${item.key}`));
      expect(entry).toContain(item.question);
      expect(entry).toContain(item.why);
    }
    expect(byId(page, 'scoring')?.name).toBe('h2');
    expect(text(byId(page, 'scoring')?.parent as Element)).toContain('overall score = Σ yes answers ÷ Σ applicable items');
  });

  test('about: what Glassbox is, how audits are made, how to dispute one (linking the repository)', () => {
    const page = readPage(outDir, 'about');
    for (const heading of ['how-audits-are-made', 'disputing-an-audit']) expect(byId(page, heading)?.name).toBe('h2');
    expect(links(page).map((a) => a.attribs.href)).toContain(`${FIXTURE_REPO_URL}/issues`);
  });

  test('case study: listed on /cases/, links the checklist items it illustrates to the methodology', () => {
    expect(links(readPage(outDir, 'cases')).map((a) => a.attribs.href)).toContain('/cases/llama3-v/');
    const page = readPage(outDir, 'cases/llama3-v');
    expect(text(DomUtils.findOne((el) => el.name === 'h1', page.doc.children))).toContain('Llama3-V');
    const itemLinks = links(page).filter((a) => a.attribs.href?.startsWith('/methodology/#'));
    expect(new Set(itemLinks.map((a) => a.attribs.href))).toEqual(
      new Set(
        [
          'artifacts-code_released',
          'artifacts-environment_specified',
          'evaluation_design-baselines_contemporary',
          'claims_and_evidence-abstract_claims_supported',
          'cost_and_practicality-compute_budget_stated',
        ].map((anchor) => `/methodology/#${anchor}`),
      ),
    );
    expect(itemLinks.map(text)).toContain('Code released');
  });

  test('404 page offers a way back and a search form', () => {
    const page = readPage(outDir, '404.html');
    expect(text(DomUtils.findOne((el) => el.name === 'h1', page.doc.children))).toBe('Page not found');
    expect(DomUtils.findOne((el) => el.name === 'form', page.doc.children)?.attribs.action).toBe('/search/');
  });
});

describe('hostile scans under /glassbox/', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('hostile').outDir;
  });

  const pages = [
    '',
    'methodology',
    'about',
    'cases',
    'cases/llama3-v',
    '404.html',
    'papers/9902.66601',
    'papers/9902.66602',
    'papers/hostile-slug-paper',
    'papers/9901.00001',
  ];

  test.each(pages)('/%s: every internal link carries the base path and no link is javascript: or data:', (sitePath) => {
    const page = readPage(outDir, sitePath);
    for (const a of links(page)) {
      const href = a.attribs.href ?? '';
      expect(href, href).toMatch(/^(?:\/glassbox\/|#|https?:\/\/)/);
    }
  });

  test.each(['papers/9902.66601', 'papers/9902.66602', 'papers/hostile-slug-paper', ''])('/%s: hostile text is escaped, never markup', (sitePath) => {
    const page = readPage(outDir, sitePath);
    // Parsed, not grepped: payloads may sit escaped inside attribute values, where they are inert.
    expect(all(page, (el) => Object.keys(el.attribs).some((name) => name.startsWith('on')))).toEqual([]);
    // The citation picker's own <details> (one per format) are the only ones the page renders.
    const pickerFormat = (el: Element) => el.attribs.class === 'citation-format' && (el.parent as Element | null)?.name === 'citation-picker';
    expect(
      all(
        page,
        (el) => el.name === 'iframe' || (el.name === 'img' && el.attribs.src === 'x') || el.name === 'svg' || (el.name === 'details' && !pickerFormat(el)),
      ),
    ).toEqual([]);
    expect(all(page, (el) => el.name === 'script' && !el.attribs.src && el.attribs.type !== 'application/ld+json' && text(el).includes('__pwned'))).toEqual([]);
  });

  test('the hostile audit shows its payloads as text', () => {
    const page = readPage(outDir, 'papers/9902.66601');
    expect(page.html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  test('a cited paper that is audited links to its audit, and that audit lists "cited by"', () => {
    const citing = readPage(outDir, 'papers/9902.66601');
    expect(links(byClass(citing, 'cited')).map((a) => a.attribs.href)).toContain('/glassbox/papers/hostile-slug-paper/');
    const cited = readPage(outDir, 'papers/hostile-slug-paper');
    expect(links(byClass(cited, 'cited-by')).map((a) => a.attribs.href)).toEqual(['/glassbox/papers/9902.66601/', '/glassbox/papers/9902.66602/']);
  });
});

describe('the committed scans', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await buildSiteOrThrow({ name: 'pages-committed-scans', scansDir: 'scans' });
  });

  test('the seed audit exists and http(s) URLs in justifications become nofollow links', () => {
    expect(existsSync(path.join(outDir, 'papers/2405.05949/index.html'))).toBe(true);
    const page = readPage(outDir, 'papers/2405.05949');
    const justification = byId(page, 'artifacts-code_released')!.children.filter((node): node is Element => node.type === 'tag' && node.name === 'p');
    const codeLinks = links(justification);
    expect(codeLinks.map((a) => [a.attribs.href, a.attribs.rel])).toEqual([['https://github.com/SHI-Labs/CuMo', 'nofollow noopener']]);
    expect(text(byClass(page, 'overall')[0])).toContain('21/39');
  });

  test('the seed page offers every citation style and format, and its citation files parse back', () => {
    const page = readPage(outDir, 'papers/2405.05949');
    const offered = DomUtils.findAll((el) => el.name === 'option', [byId(page, 'cite-format')!]).map((option) => option.attribs.value);
    // Every style and data format, APA and BibTeX first as the picker promises.
    expect([...offered].sort()).toEqual([...CITATION_STYLES.map((style) => style.key), ...CITATION_DATA_FORMATS.map((format) => format.key)].sort());
    expect(offered.slice(0, 2)).toEqual(['apa', 'bibtex']);
    const title = auditTitle(scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8'))).paper);
    for (const [name, type] of [
      ['cite.bib', '@bibtex/text'],
      ['cite.biblatex.bib', '@biblatex/text'],
      ['cite.ris', '@ris/file'],
      ['cite.json', '@csl/list+object'],
    ] as const) {
      const source = readFileSync(path.join(outDir, 'papers/2405.05949', name), 'utf8');
      const entries = new Cite(type === '@csl/list+object' ? JSON.parse(source) : source, { forceType: type }).data as { title: string; URL: string }[];
      expect(
        entries.map((entry) => [entry.title, entry.URL]),
        name,
      ).toEqual([[title, expect.stringMatching(/\/papers\/2405\.05949\/(\?v=[0-9a-f]{7})?$/)]]);
    }
  });

  test('the seed records no provenance: its page says "Provenance not recorded", with no estimate notice and no quotes', () => {
    const page = readPage(outDir, 'papers/2405.05949');
    expect(text(byClass(page, 'provenance')[0])).toContain('Provenance not recorded');
    expect(byClass(page, 'estimate-notice')).toEqual([]);
    expect(byClass(page, 'item-evidence')).toEqual([]);
  });
});
