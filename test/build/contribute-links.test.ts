/**
 * Audit pages of the shared fixture sites (built with REPO_URL) link to a prefilled dispute
 * issue and to GitHub's editor on the scan file, also for nested and slug ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { contributeLinks } from '../../src/lib/contributing/contribute.ts';
import { FIXTURE_REPO_URL, fixtureSite, type FixtureSiteName } from '../helpers/fixture-sites.ts';

type Node = { type?: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string };

function anchors(node: Node): { href: string; text: string }[] {
  const text = (inner: Node): string => (inner.type === 'text' ? (inner.data ?? '') : (inner.children ?? []).map(text).join(''));
  const own = node.name === 'a' && node.attribs?.href ? [{ href: node.attribs.href, text: text(node).trim() }] : [];
  return [...own, ...(node.children ?? []).flatMap(anchors)];
}

function pageLinks(site: FixtureSiteName, id: string): { href: string; text: string }[] {
  const { outDir } = fixtureSite(site);
  const html = readFileSync(path.join(outDir, 'papers', ...id.split('/'), 'index.html'), 'utf8');
  return anchors(parseDocument(html) as unknown as Node);
}

describe.each(['main', 'hostile'] as const)('%s site', (site) => {
  test.each(['9901.00001', 'synth-th/9912001', 'synthetic-slug-paper'])('audit page %s links to a correction issue and the editor', (id) => {
    const expected = contributeLinks(id, FIXTURE_REPO_URL)!;
    const links = pageLinks(site, id);
    expect(links).toContainEqual({ href: expected.correction, text: 'Suggest a correction' });
    expect(links).toContainEqual({ href: expected.edit, text: 'Edit this scan' });
    const correction = new URL(expected.correction);
    expect(correction.pathname).toBe('/example-org/glassbox/issues/new');
    expect(correction.searchParams.get('template')).toBe('dispute.yml');
    expect(correction.searchParams.get('paper')).toBe(id);
    expect(expected.edit).toBe(`${FIXTURE_REPO_URL}/edit/main/scans/${id}/scan.json`);
  });
});
