/**
 * Releases in a built site: a temporary git repository with two tags (the second changes an
 * answer, removes an audit and adds one), built under a base path. The release pages list the
 * releases and what changed, publish the data as of each tag, and cite each release in every
 * format; the hostile fixture site, built from an untagged repository, says there are none yet.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CITATION_DATA_FORMATS, CITATION_STYLES } from '../../src/lib/publishing/citation.ts';
import { csvColumns } from '../../src/lib/publishing/open-data.ts';
import { fixtureSite } from '../helpers/fixture-sites.ts';
import type { TempRepo } from '../helpers/git-repo.ts';
import { createReleasedRepo, releasedSite } from '../helpers/release-repo.ts';

const text = (node: Element | undefined | null) => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : '');
const page = (outDir: string, sitePath: string) => parseDocument(readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8'));
const main = (doc: ReturnType<typeof parseDocument>) => DomUtils.findOne((el) => el.name === 'main', doc.children)!;

describe('a repository with two releases', () => {
  let repo: TempRepo;
  let outDir: string;
  let second: string;

  beforeAll(async () => {
    ({ repo, second } = createReleasedRepo());
    outDir = await releasedSite(repo);
  });
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

  test('/releases/ lists both, newest first, with date, size, changes and files under the base path', () => {
    const items = DomUtils.findAll(
      (el) => el.name === 'li',
      DomUtils.findAll((el) => el.attribs.class === 'release-list', main(page(outDir, 'releases')).children),
    );
    const parts = (item: Element) => DomUtils.findAll((el) => el.name === 'h2' || el.name === 'p', [item]).map(text);
    expect(items.map(parts)).toEqual([
      ['v2026.02', '2026-02-20 · 3 audits · since v2026.01: 1 added, 1 removed, 1 changed', 'scores.csv · scans.json'],
      ['v2026.01', '2026-01-10 · 3 audits · first release', 'scores.csv · scans.json'],
    ]);
    const hrefs = DomUtils.findAll((el) => el.name === 'a', items).map((a) => a.attribs.href);
    expect(hrefs.slice(0, 3)).toEqual(['/glassbox/releases/v2026.02/', '/glassbox/releases/v2026.02/scores.csv', '/glassbox/releases/v2026.02/scans.json']);
  });

  test('a release page says what changed and which score moved', () => {
    const doc = page(outDir, 'releases/v2026.02');
    const section = (id: string) => {
      const parent = DomUtils.getElementById(id, doc.children)!.parent as Element;
      return [text(DomUtils.getElementById(id, doc.children)), ...DomUtils.findAll((el) => el.name === 'li', [parent]).map(text)];
    };
    expect(section('changes-added')).toEqual(['Added (1)', '9901.00004: Synthetic paper 00004: aligning fictional agents']);
    expect(section('changes-removed')).toEqual(['Removed (1)', expect.stringMatching(/^9901\.00002: /)]);
    expect(section('changes-changed')).toEqual(['Changed (1)', expect.stringMatching(/^9901\.00001: /)]);
    const rows = DomUtils.findAll(
      (el) => el.name === 'tr',
      DomUtils.findAll((el) => el.attribs.class === 'score-moves', doc.children),
    ).slice(1);
    expect(rows).toHaveLength(1);
    expect(text(rows[0]).endsWith('points')).toBe(true);
    // The removed audit is named, not linked: the site no longer has its page.
    const removedLinks = DomUtils.findAll((el) => el.name === 'a' && Boolean(el.attribs.href?.includes('9901.00002')), doc.children);
    expect(removedLinks).toEqual([]);
  });

  test('the data files are the release as tagged', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(path.join(outDir, 'releases/v2026.01/scores.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields).toEqual(csvColumns().map((column) => column.name));
    expect(csv.data.map((row) => row.id)).toEqual(['9901.00001', '9901.00002', '9901.00003']);
    const json = JSON.parse(readFileSync(path.join(outDir, 'releases/v2026.02/scans.json'), 'utf8'));
    expect(json.count).toBe(3);
    expect(json.scans.map((scan: { id: string }) => scan.id)).toEqual(['9901.00001', '9901.00003', '9901.00004']);
    expect(json.scans[0].version.commit).toBe(second);
    expect(json.scans[0].scan.checklist.artifacts.code_released.answer).toBe(false);
  });

  test('each release is cited in every style and format, and its citation files parse', () => {
    const doc = page(outDir, 'releases/v2026.02');
    const blocks = DomUtils.findAll((el) => el.name === 'details' && el.attribs['data-format'] !== undefined, doc.children);
    expect(blocks.map((block) => block.attribs['data-format'])).toEqual([
      'apa',
      'bibtex',
      ...CITATION_STYLES.map((style) => style.key).filter((key) => key !== 'apa'),
      ...CITATION_DATA_FORMATS.map((format) => format.key).filter((key) => key !== 'bibtex'),
    ]);
    const apa = text(DomUtils.getElementById('cite-apa-text', doc.children));
    expect(apa).toBe(
      'Glassbox contributors. (2026). Glassbox: transparency audits of machine-learning research papers (Version v2026.02) [Dataset]. Glassbox. https://example-org.github.io/glassbox/releases/v2026.02/',
    );
    const [entry] = new Cite(readFileSync(path.join(outDir, 'releases/v2026.02/cite.bib'), 'utf8')).data;
    expect(entry).toMatchObject({
      'citation-key': 'glassbox-v2026.02',
      URL: 'https://example-org.github.io/glassbox/releases/v2026.02/',
      issued: { 'date-parts': [[2026, 2, 20]] },
    });
    const [ris] = new Cite(readFileSync(path.join(outDir, 'releases/v2026.02/cite.ris'), 'utf8')).data;
    expect(ris).toMatchObject({ title: 'Glassbox: transparency audits of machine-learning research papers', version: 'v2026.02' });
    const csl = JSON.parse(readFileSync(path.join(outDir, 'releases/v2026.02/cite.json'), 'utf8'));
    expect(csl[0]).toMatchObject({ type: 'dataset', version: 'v2026.02' });
    const downloads = DomUtils.findAll((el) => el.name === 'a' && el.attribs.download !== undefined, doc.children).map((a) => a.attribs.href);
    expect(new Set(downloads)).toEqual(new Set(CITATION_DATA_FORMATS.map((format) => `/glassbox/releases/v2026.02/${format.file}`)));
  });
});

test('a site built from an untagged repository says there are no releases yet', () => {
  // The hostile fixture site is built from a scratch repository with one commit and no tag.
  const notice = DomUtils.findOne((el) => el.attribs.class === 'no-releases', main(page(fixtureSite('hostile').outDir, 'releases')).children);
  expect(text(notice)).toBe('No releases yet. Until there is one, the open data page has the current data.');
  expect(DomUtils.findOne((el) => el.name === 'a', [notice!])!.attribs.href).toBe('/glassbox/data/');
});
