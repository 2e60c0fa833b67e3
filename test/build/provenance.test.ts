/**
 * Provenance on the built site (issue 11, "Showing it"): each fixture made a different way
 * renders its panel, its estimate notice or none, its quotes and who checked each item; the
 * listings mark unchecked automated audits in the server HTML; the CSV carries the provenance
 * columns; the hostile site keeps every provenance field inert.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import { HOSTILE_IDS } from '../helpers/hostile.ts';

type Doc = ReturnType<typeof parseDocument>;
const read = (outDir: string, sitePath: string) => readFileSync(path.join(outDir, sitePath, /\.(?:json|csv)$/.test(sitePath) ? '' : 'index.html'), 'utf8');
const doc = (outDir: string, sitePath: string) => parseDocument(read(outDir, sitePath));
const find = (root: Doc | Element, test: (el: Element) => boolean) => DomUtils.findAll(test, 'children' in root ? root.children : []);
const withClass = (root: Doc | Element, name: string) => find(root, (el) => (el.attribs.class ?? '').split(/\s+/).includes(name));
// Element boundaries read as spaces, as a reader sees separate terms, values and lines.
const spaced = (node: Element): string =>
  node.children
    .map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : child.type === 'tag' ? ` ${spaced(child as Element)} ` : ''))
    .join('');
const text = (node: Element | undefined) => (node ? spaced(node).replace(/\s+/g, ' ').trim() : '');
const panel = (page: Doc) => withClass(page, 'provenance')[0];
const item = (page: Doc, anchor: string) => DomUtils.getElementById(anchor, page.children)!;

describe('audit pages of the main fixture site', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  test('a scan without provenance says "Provenance not recorded" and nothing more about it', () => {
    const page = doc(outDir, 'papers/9901.00001');
    expect(text(panel(page))).toContain('Provenance not recorded');
    expect(text(panel(page))).toContain('Rubric version v1 (the current version)');
    expect(find(panel(page)!, (el) => el.name === 'dt').map(text)).toEqual(['Rubric version']);
    expect(withClass(page, 'estimate-notice')).toEqual([]);
    expect(withClass(page, 'item-evidence')).toEqual([]);
  });

  test('automated, unchecked: tool, model, dates and the estimate notice beside the score', () => {
    const page = doc(outDir, 'papers/9903.00101');
    const facts = text(panel(page));
    expect(facts).toContain('Automated, not checked by a person');
    expect(facts).toContain('Synthetic scanner 0.4.1');
    expect(facts).toContain('Synthetic language model (synthetic-lm-2026-08, 2026-08-15)');
    expect(facts).toContain('Audited on 2026-09-02');
    expect(facts).toContain('Checked by No person');
    const notice = withClass(page, 'estimate-notice')[0];
    expect(text(notice)).toBe('Automated audit, not checked by a person: treat the answers as estimates.');
    expect(notice!.parent).toBe(withClass(page, 'audit-scores')[0]);
    expect(find(panel(page)!, (el) => el.name === 'a').map((a) => a.attribs.href)).toContain('https://example.org/synthetic-scanner');
  });

  test('each answer shows its quotes in a blockquote with the location, the confidence and whether a person checked it', () => {
    const page = doc(outDir, 'papers/9903.00101');
    const code = item(page, 'artifacts-code_released');
    const quote = find(code, (el) => el.name === 'blockquote')[0];
    expect(text(quote)).toBe('Synthetic quote: our code is released at a fictional address.');
    expect(text(find(code, (el) => el.name === 'figcaption')[0])).toBe('From the paper, section 5 Conclusion, page 9');
    expect(text(withClass(code, 'item-check')[0])).toMatch(/^Program's confidence: \d+% · Not checked by a person$/);
  });

  test('fully reviewed: the reviewer with an ORCID link, and every item checked by them', () => {
    const page = doc(outDir, 'papers/9903.00102');
    expect(text(panel(page))).toContain('Automated, then checked by a person');
    expect(text(panel(page))).toContain('Ada Fairweather');
    const hrefs = find(panel(page)!, (el) => el.name === 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain('https://orcid.org/0000-0000-9990-0025');
    expect(hrefs).toContain('https://github.com/synthetic-ada');
    expect(withClass(page, 'estimate-notice')).toEqual([]);
    const checks = withClass(page, 'item-check').map(text);
    expect(checks.length).toBe(50);
    expect(checks.every((check) => check.endsWith('Checked by a person: Ada Fairweather'))).toBe(true);
  });

  test('partly reviewed: reviewed items name their reviewer, the others say no person checked them', () => {
    const page = doc(outDir, 'papers/9903.00103');
    expect(text(withClass(item(page, 'artifacts-code_released'), 'item-check')[0])).toContain('Checked by a person: Bruno Lindqvist');
    expect(text(withClass(item(page, 'statistical_methodology-variance_reported'), 'item-check')[0])).toContain('Bruno Lindqvist');
    expect(text(withClass(item(page, 'claims_and_evidence-abstract_claims_supported'), 'item-check')[0])).toContain('Not checked by a person');
  });

  test("by a person: the auditors, the paper URL read on a day, answers said to be a person's", () => {
    const page = doc(outDir, 'papers/9903.00104');
    const facts = text(panel(page));
    expect(facts).toContain('Made by a person');
    expect(facts).toContain('Audited by Chiara Dunmore');
    expect(facts).toContain('Dara Whitcombe');
    expect(facts).toContain('read on 2026-09-01');
    expect(withClass(page, 'item-check').map(text)[0]).toMatch(/^Answered by a person/);
  });

  test('the rubric version links to the changelog on the methodology page', () => {
    const page = doc(outDir, 'papers/9903.00105');
    expect(find(panel(page)!, (el) => el.name === 'a').map((a) => a.attribs.href)).toContain('/methodology/#rubric-versions');
    const methodology = doc(outDir, 'methodology');
    expect(DomUtils.getElementById('rubric-versions', methodology.children)).not.toBeNull();
    expect(DomUtils.getElementById('rubric-v1', methodology.children)).not.toBeNull();
    expect(DomUtils.getElementById('provenance', methodology.children)).not.toBeNull();
    expect(text(withClass(methodology, 'rubric-guidance')[0])).toMatch(/^✓ Yes: .+ ✗ No: .+ – Not applicable: .+$/);
    expect(withClass(methodology, 'rubric-guidance')).toHaveLength(50);
  });
});

describe('listings mark unchecked automated audits without JS', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('main').outDir;
  });

  test.each(['leaderboard', 'categories/artifacts'])('/%s/: ⚙ with a label beside the one unchecked automated audit only', (sitePath) => {
    const page = doc(outDir, sitePath);
    const marks = withClass(page, 'mark-unchecked');
    expect(marks).toHaveLength(1);
    expect(text(withClass(marks[0]!, 'visually-hidden')[0])).toBe('Automated audit, not checked by a person');
    expect(marks[0]!.attribs.title).toBe('Automated audit, not checked by a person');
    const row = DomUtils.findAll((el) => el.name === 'a', [marks[0]!.parent as Element])[0];
    expect(row!.attribs.href).toMatch(/^\/papers\/9903\.00101\//);
    expect(withClass(page, 'marker-legend')).toHaveLength(1);
  });

  test('the leaderboard filter form offers how the audit was made and the rubric version', () => {
    const html = read(outDir, 'leaderboard');
    for (const value of ['automated', 'reviewed', 'human', 'unrecorded', 'current', 'older']) expect(html).toContain(`<option value="${value}">`);
  });

  test('rows.json carries how each audit was made and its rubric version', () => {
    const data = JSON.parse(read(outDir, 'leaderboard/rows.json'));
    const at = (id: string) => data.id.indexOf(id);
    expect(data.origin[at('9903.00101')]).toBe(0);
    expect(data.origin[at('9903.00102')]).toBe(1);
    expect(data.origin[at('9903.00104')]).toBe(2);
    expect(data.origin[at('9901.00001')]).toBe(3);
    expect(data.rubricVersion.every((version: number) => version === 1)).toBe(true);
    expect(data.currentRubricVersion).toBe(1);
  });

  test('scores.csv has the provenance columns, parsed back per fixture', () => {
    const rows = Papa.parse<Record<string, string>>(read(outDir, 'data/scores.csv'), { header: true, skipEmptyLines: true }).data;
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(['9901.00001', '9903.00101', '9903.00102', '9903.00103', '9903.00104', '9903.00105'].map((id) => byId.get(id)!.audit_made)).toEqual([
      'unrecorded',
      'automated',
      'reviewed',
      'reviewed',
      'human',
      'human',
    ]);
    expect(byId.get('9903.00103')!.reviewed).toBe('partial');
    expect(byId.get('9903.00101')!.tool).toBe('Synthetic scanner 0.4.1');
    expect(byId.get('9903.00105')!.rubric_version).toBe('1');
  });

  test("/data/scans.json carries each scan's provenance and evidence", () => {
    const scans = JSON.parse(read(outDir, 'data/scans.json')).scans as { id: string; scan: { provenance?: { method: string } } }[];
    expect(scans.find((entry) => entry.id === '9903.00102')!.scan.provenance!.method).toBe('automated_then_reviewed');
    expect(scans.find((entry) => entry.id === '9901.00001')!.scan).not.toHaveProperty('provenance');
  });

  test('JSON-LD of a reviewed audit names the reviewer with their ORCID record', () => {
    const script = find(doc(outDir, 'papers/9903.00102'), (el) => el.name === 'script' && el.attribs.type === 'application/ld+json')[0]!;
    const review = JSON.parse(DomUtils.textContent(script))['@graph'][0];
    expect(review.author).toEqual([{ '@type': 'Person', name: 'Ada Fairweather', sameAs: 'https://orcid.org/0000-0000-9990-0025' }]);
  });
});

describe('hostile provenance and evidence stay inert', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = fixtureSite('hostile').outDir;
  });

  test.each([...HOSTILE_IDS])('/papers/%s/: quotes, locations, tool and reviewer names are text in <bdi>, links only http(s)', (id) => {
    const page = doc(outDir, `papers/${id}`);
    const box = panel(page)!;
    for (const a of find(box, (el) => el.name === 'a')) expect(a.attribs.href).toMatch(/^(?:https?:\/\/|\/glassbox\/)/);
    expect(find(box, (el) => el.name === 'script' || el.name === 'iframe' || el.name === 'style' || el.name === 'details')).toEqual([]);
    const evidence = withClass(page, 'item-evidence');
    expect(evidence.length).toBeGreaterThan(0);
    for (const block of evidence) {
      expect(find(block, (el) => !['div', 'figure', 'blockquote', 'p', 'bdi', 'figcaption'].includes(el.name))).toEqual([]);
    }
    expect(find(box, (el) => el.name === 'bdi').length).toBeGreaterThan(2);
    // Payloads may sit inside attribute values (an escaped href), where they are inert: no element may carry them.
    expect(find(page, (el) => Object.keys(el.attribs).some((name) => name.startsWith('on')))).toEqual([]);
  });
});
