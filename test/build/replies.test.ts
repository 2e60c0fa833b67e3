/**
 * Independent audits and replies on the built site (issue 12): the companion files published
 * byte for byte, the agreement and replies on audit pages, the disputed marker, the feed entry for
 * a reply, the open data fields and the methodology's agreement table; the hostile reply stays
 * inert; a page without companions gains no markup and no stylesheet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../helpers/fixture-sites.ts';

type Doc = ReturnType<typeof parseDocument>;
const FIXTURES = 'test/fixtures/site';
const read = (outDir: string, sitePath: string) => readFileSync(path.join(outDir, sitePath, /\.(?:json|csv|xml)$/.test(sitePath) ? '' : 'index.html'), 'utf8');
const doc = (outDir: string, sitePath: string) => parseDocument(read(outDir, sitePath));
const find = (root: Doc | Element, test: (el: Element) => boolean) => DomUtils.findAll(test, 'children' in root ? root.children : []);
const withClass = (root: Doc | Element, name: string) => find(root, (el) => (el.attribs.class ?? '').split(/\s+/).includes(name));
const text = (node: Element | undefined) => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : '');
const byId = (page: Doc, id: string) => DomUtils.getElementById(id, page.children)!;

describe('the main fixture site', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  test('independent audits and replies are published next to scan.json, byte for byte', () => {
    for (const file of ['9901.00001/audits/ivo-jankowski.json', '9901.00001/audits/fictional-model-b.json', '9901.00002/replies/2026-01-15-yara-yilmaz.json']) {
      expect(readFileSync(path.join(outDir, 'papers', file))).toEqual(readFileSync(path.join(FIXTURES, file)));
    }
  });

  test('three audits that split: a summary and the audits near the score, and a mark on each split item', () => {
    const page = doc(outDir, 'papers/9901.00001');
    const agreement = withClass(page, 'agreement')[0]!;
    expect(agreement.parent).toBe(withClass(page, 'audit-scores')[0]);
    expect(text(agreement)).toMatch(/3 audits agree on \d+ of 50 items and split on \d+; overall scores range from \d+% to \d+%/);
    expect(find(agreement, (el) => el.name === 'a').map((a) => a.attribs.href)).toEqual([
      '/papers/9901.00001/scan.json',
      '/papers/9901.00001/audits/fictional-model-b.json',
      '/papers/9901.00001/audits/ivo-jankowski.json',
    ]);
    const marks = withClass(page, 'ag');
    expect(marks).toHaveLength(50);
    const split = marks.filter((mark) => mark.attribs.class!.includes('split'));
    expect(split.length).toBeGreaterThan(0);
    for (const mark of split) expect(text(mark)).toMatch(/^Audits disagree: split \d–\d/);
    expect(text(agreement)).toContain(`split on ${split.length};`);
    expect(read(outDir, 'papers/9901.00001')).toMatch(/<link rel="stylesheet" href="\/_astro\/replies\.[\w-]+\.css">/);
  });

  test("an author's reply: its statements beside the items, Responses with every statement, and the audit marked disputed", () => {
    const page = doc(outDir, 'papers/9901.00002');
    expect(text(withClass(page, 'disputed')[0])).toBe('Disputed: 1 point raised in replies to this audit still open. Responses');
    const data = withClass(byId(page, 'artifacts-data_released'), 'said')[0];
    expect(text(data)).toContain('Yara Yilmaz (Institute of Fictional Studies), an author of the paper (2026-01-15)');
    expect(text(data)).toContain('Outcome: open.');
    expect(text(withClass(byId(page, 'statistical_methodology-variance_reported'), 'said')[0])).toContain('Outcome: corrected in 0123abc on 2026-01-20.');
    const reply = byId(page, 'reply-2026-01-15-yara-yilmaz');
    expect(reply.parent).toBe(withClass(page, 'responses')[0]);
    expect(find(reply, (el) => el.name === 'li').map((li) => li.attribs.class)).toEqual(['open', 'corrected']);
    expect(find(reply, (el) => el.name === 'a').map((a) => a.attribs.href)).toEqual([
      'https://github.com/example-org/glassbox/issues/12',
      '/papers/9901.00002/replies/2026-01-15-yara-yilmaz.json',
    ]);
  });

  test('a reply about a red flag and a claim sits beside them', () => {
    const page = doc(outDir, 'papers/9901.00003');
    expect(text(withClass(byId(page, 'flag-1'), 'said')[0])).toContain('Outcome: the audit stands.');
    const claims = find(page, (el) => el.name === 'li' && (el.parent as Element | null)?.attribs?.class === 'claims');
    expect(text(withClass(claims[1]!, 'said')[0])).toContain('Ivo Jankowski (2026-02-03)');
    expect(withClass(claims[0]!, 'said')).toEqual([]);
  });

  test('a paper without companions shows none of it and does not link the stylesheet', () => {
    const html = read(outDir, 'papers/9901.00006');
    for (const name of ['agreement', 'ag', 'said', 'disputed', 'responses']) expect(withClass(parseDocument(html), name)).toEqual([]);
    expect(html).not.toContain('replies.');
  });

  test('the leaderboard marks disputed audits in the server HTML and offers the filter', () => {
    const page = doc(outDir, 'leaderboard');
    const marked = withClass(page, 'mark-disputed').map((mark) => text(find(mark.parent as Element, (el) => el.name === 'small')[0]));
    expect(marked.sort()).toEqual(['9901.00002', '9901.00003']);
    expect(read(outDir, 'leaderboard')).toContain('<select name="disputed">');
    const rows = JSON.parse(read(outDir, 'leaderboard/rows.json')) as { id: string[]; disputed: number[] };
    expect(rows.disputed.map((index) => rows.id[index]).sort()).toEqual(['9901.00002', '9901.00003']);
  });

  test('the feeds announce each reply, linking to it on the audit page', () => {
    const atom = read(outDir, 'feed.xml');
    expect(atom).toContain('https://glassbox.example.org/papers/9901.00002/#reply-2026-01-15-yara-yilmaz');
    expect(atom).toContain('Reply from an author: Synthetic paper 00002');
    const json = JSON.parse(read(outDir, 'feed.json')) as { items: { id: string }[] };
    expect(json.items.map((item) => item.id)).toContain('https://glassbox.example.org/papers/9901.00003/#reply-2026-02-03-ivo-jankowski');
  });

  test('open data: scans.json companions, scores.csv columns, and the agreement files', () => {
    const scans = JSON.parse(read(outDir, 'data/scans.json')).scans as {
      id: string;
      companions: { audits: string[]; disputed: boolean; replies: unknown[] };
    }[];
    const of = (id: string) => scans.find((entry) => entry.id === id)!.companions;
    expect(of('9901.00001').audits).toEqual(['fictional-model-b', 'ivo-jankowski']);
    expect(of('9901.00002')).toMatchObject({ disputed: true, replies: [{ name: '2026-01-15-yara-yilmaz' }] });
    const csv = Papa.parse<Record<string, string>>(read(outDir, 'data/scores.csv'), { header: true, skipEmptyLines: true }).data;
    expect(csv.find((row) => row.id === '9901.00003')).toMatchObject({ independent_audits: '1', replies: '1', open_statements: '1', disputed: 'true' });
    const agreement = JSON.parse(read(outDir, 'data/agreement.json')) as { coefficient: string; items: { item: string; kappa: number | null }[] };
    expect(agreement.coefficient).toBe('fleiss');
    expect(agreement.items).toHaveLength(50);
    const table = Papa.parse<Record<string, string>>(read(outDir, 'data/agreement.csv'), { header: true, skipEmptyLines: true }).data;
    expect(table.map((row) => row.item)).toEqual(agreement.items.map((item) => item.item));
    expect(text(byId(doc(outDir, 'data'), 'agreement-columns'))).toBe('Columns of agreement.csv');
  });

  test('the methodology has the agreement table, and low-agreement items are flagged where they are explained', () => {
    const page = doc(outDir, 'methodology');
    const table = withClass(page, 'agreement-table')[0]!;
    expect(text(find(table, (el) => el.name === 'caption')[0])).toBe('Agreement between independent audits, per checklist item');
    const lowRows = find(table, (el) => el.name === 'tr').filter((row) => text(row).includes('⚠ low'));
    const agreement = JSON.parse(read(outDir, 'data/agreement.json')) as { items: { category: string; item: string; low_agreement: boolean }[] };
    const low = agreement.items.filter((item) => item.low_agreement);
    expect(low.length).toBeGreaterThan(0);
    expect(lowRows).toHaveLength(low.length);
    for (const { category, item } of low) {
      expect(text(withClass(byId(page, `${category}-${item}`), 'low-agreement')[0])).toMatch(/^⚠ Low agreement: .*Fleiss' kappa/);
      expect(text(withClass(doc(outDir, `items/${category}/${item}`), 'low-agreement')[0])).toContain('trust its answers less');
    }
    const steady = agreement.items.find((item) => !item.low_agreement)!;
    expect(withClass(doc(outDir, `items/${steady.category}/${steady.item}`), 'low-agreement')).toEqual([]);
  });
});

describe('the hostile reply stays inert', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('hostile').outDir;
  });

  test('its text is text in <bdi>, its links only http(s) or the site, no handlers anywhere', () => {
    const page = doc(outDir, 'papers/9902.66601');
    const responses = withClass(page, 'responses')[0]!;
    expect(find(responses, (el) => ['script', 'img', 'svg', 'iframe', 'style'].includes(el.name))).toEqual([]);
    for (const a of find(page, (el) => el.name === 'a' && 'href' in el.attribs)) expect(a.attribs.href).not.toMatch(/^\s*(?:javascript|data):/i);
    for (const said of [...withClass(page, 'said'), responses]) expect(find(said, (el) => el.name === 'bdi').length).toBeGreaterThan(0);
    expect(text(responses)).toContain('<script>window.__pwned=1</script>');
    expect(find(page, (el) => Object.keys(el.attribs).some((name) => name.startsWith('on')))).toEqual([]);
  });
});
