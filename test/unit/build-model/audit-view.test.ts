import { describe, expect, test } from 'vitest';
import { auditView, type AuditViewInputs } from '../../../src/build-model/audit-view.ts';
import { readWholeScan } from '../../../src/build-model/scans.ts';
import { auditVersion } from '../../../src/build-model/versions.ts';
import { CITATION_DATA_FORMATS, CITATION_STYLES, citationFormats } from '../../../src/lib/publishing/citation.ts';
import { CITED_BY_SHOWN } from '../../../src/lib/site/cited-links.ts';
import { fixtureRecords, revision, SITE_FIXTURES, tableHistory, TEST_CONFIG } from '../../helpers/build-model.ts';

const records = fixtureRecords();
const byId = (id: string) => records.find((record) => record.id === id)!;
const history = tableHistory(SITE_FIXTURES, {
  '9901.00001': [
    revision(2, '2026-02-03T04:05:06+01:00', 'modified', [{ category: 'artifacts', item: 'code_released', before: 'no', after: 'yes' }]),
    revision(1, '2026-01-01T00:00:00Z', 'added'),
  ],
});

/** Inputs for the view of one fixture audit, with no citation links unless given. */
function inputs(id: string, overrides: Partial<AuditViewInputs> = {}): AuditViewInputs {
  const record = byId(id);
  const config = overrides.config ?? TEST_CONFIG;
  return {
    record,
    checklist: readWholeScan(record).checklist,
    version: auditVersion(record, history, config),
    links: { cites: record.scan.cited_papers.map(() => null), citedBy: [] },
    titleOf: (other) => byId(other).scan.paper.title,
    config,
    ogImages: false,
    citationStyles: CITATION_STYLES.map((style) => style.key),
    ...overrides,
  };
}

describe('words', () => {
  test('the page description and the preview description count red flags in the singular for one', () => {
    const one = byId('9901.00005');
    expect(one.scores.redFlagCount).toBe(1);
    const view = auditView(inputs('9901.00005'));
    expect(view.description).toMatch(/^Transparency audit of “Synthetic paper 00005: .*” \(\S+ \d{4}\): \d+% of applicable checklist items met, 1 red flag\.$/);
    expect(view.head.description).toMatch(/^\d+% \(\d+\/\d+\) of applicable transparency checklist items met; 1 red flag\.$/);
    expect(auditView(inputs('9901.00012')).head.description).toMatch(/; 0 red flags\.$/);
  });

  test('the tally counts red flags and claims', () => {
    expect(auditView(inputs('9901.00001')).tally).toBe('5 red flags · 4 claims');
    expect(auditView(inputs('9901.00006')).tally).toBe('3 red flags · 1 claim');
  });
});

describe('head', () => {
  test('a versioned audit gets its canonical URL, authors, date and escaped JSON-LD', () => {
    const { head } = auditView(inputs('9901.00001'));
    expect(head.canonical).toBe('https://audits.example.org/glassbox/papers/9901.00001/');
    expect(head.authors).toEqual(['Glassbox contributors']);
    expect(head.title).toMatch(/^Glassbox transparency audit of: Synthetic paper 00001/);
    expect(head.date).toBe('2026/02/03');
    expect(head.jsonLd).not.toMatch(/[<>&]/);
    expect(JSON.parse(head.jsonLd)['@graph'][0]).toMatchObject({ '@type': 'Review', url: head.canonical, version: '0202020' });
  });

  test('the slug paper, whose title has angle brackets and an ampersand, keeps them out of the JSON-LD block', () => {
    const { head } = auditView(inputs('synthetic-slug-paper'));
    expect(head.jsonLd).not.toMatch(/[<>&]/);
    expect(JSON.parse(head.jsonLd)['@graph'][0].itemReviewed.name).toContain('<angle> brackets');
  });

  test('an unversioned audit has no date; the image follows the OG setting', () => {
    expect(auditView(inputs('9901.00002')).head.date).toBeUndefined();
    expect(auditView(inputs('9901.00002')).head.image).toBeUndefined();
    const { image, title, description } = auditView(inputs('9901.00002', { ogImages: true })).head;
    expect(image).toEqual({
      url: 'https://audits.example.org/glassbox/papers/9901.00002/og.png',
      width: '1200',
      height: '630',
      alt: `${title}: ${description}`,
    });
  });
});

describe('links', () => {
  test('contribution links only with a repository', () => {
    expect(auditView(inputs('9901.00001')).contribute?.edit).toBe('https://github.com/example-org/glassbox/edit/main/scans/9901.00001/scan.json');
    expect(auditView(inputs('9901.00001', { config: { ...TEST_CONFIG, repo: undefined } })).contribute).toBeUndefined();
  });

  test('the version notice names the current version and a source template with {commit} left for the script', () => {
    expect(auditView(inputs('9901.00001')).notice).toEqual({
      current: '0202020',
      sourceTemplate: 'https://github.com/example-org/glassbox/blob/{commit}/scans/9901.00001/scan.json',
    });
    expect(auditView(inputs('9901.00001', { config: { ...TEST_CONFIG, repo: undefined } })).notice).toEqual({ current: '0202020', sourceTemplate: undefined });
    expect(auditView(inputs('9901.00002')).notice).toBeUndefined();
  });

  test('cited and citing audits link under the base path; citing ones are capped and counted', () => {
    const citing = records.slice(0, 3).map((record) => record.id);
    const many = Array.from({ length: CITED_BY_SHOWN + 2 }, (_, i) => citing[i % citing.length]!);
    const view = auditView(inputs('9901.00002', { links: { cites: ['9901.00001'], citedBy: many } }));
    expect(view.cites).toEqual([{ id: '9901.00001', title: byId('9901.00001').scan.paper.title, href: '/glassbox/papers/9901.00001/' }]);
    expect(view.citedBy).toHaveLength(CITED_BY_SHOWN);
    expect(view.citedByCount).toBe(CITED_BY_SHOWN + 2);
    expect(auditView(inputs('synth-th/9912001', { links: { cites: [], citedBy: ['synth-th/9912001'] } })).citedBy[0]!.href).toBe(
      '/glassbox/papers/synth-th/9912001/',
    );
  });
});

describe('citation, share and history', () => {
  test('citations are every style and format of the version cited, with their files in the page’s folder', () => {
    const input = inputs('9901.00001');
    const { citation } = auditView(input);
    expect(citation.current).toEqual({
      short: '0202020',
      date: '2026-02-03T04:05:06+01:00',
      permalink: 'https://audits.example.org/glassbox/papers/9901.00001/?v=0202020',
      sourceUrl: `https://github.com/example-org/glassbox/blob/${'02'.repeat(20)}/scans/9901.00001/scan.json`,
    });
    expect(citation.unversionedReason).toBeUndefined();
    expect(citation.formats).toEqual(citationFormats(input.version.citation));
    expect(citation.formats.map((format) => format.key)).toEqual([...CITATION_STYLES, ...CITATION_DATA_FORMATS].map((format) => format.key));
    expect(citation.stylesLeftOut).toEqual([]);
    expect(citation.inlineData).toBe(true);
    expect(citation.downloadBase).toBe('/glassbox/papers/9901.00001/');
    expect(auditView(inputs('9901.00002')).citation).toMatchObject({ current: null, unversionedReason: 'not committed to git' });
  });

  test('with only APA rendered (many audits), the page knows which styles it leaves out, and links the data formats rather than printing them', () => {
    const { citation } = auditView(inputs('9901.00001', { citationStyles: ['apa'] }));
    expect(citation.formats.map((format) => format.key)).toEqual(['apa', ...CITATION_DATA_FORMATS.map((format) => format.key)]);
    expect(citation.stylesLeftOut).toEqual(CITATION_STYLES.slice(1).map((style) => style.label));
    expect(citation.inlineData).toBe(false);
    // Only linked, so not rendered: the files are written (and their text rendered) once, after the build.
    expect(citation.formats.filter((format) => format.kind === 'data').map((format) => format.text)).toEqual(CITATION_DATA_FORMATS.map(() => ''));
  });

  test('an audit made and reviewed by people is credited to them, in the citations, the head tags and the JSON-LD', () => {
    const view = auditView(inputs('9903.00104'));
    const people = ['Chiara Dunmore', 'Dara Whitcombe', 'Ada Fairweather'];
    expect(view.head.authors).toEqual(people);
    const csl = JSON.parse(view.citation.formats.find((format) => format.key === 'csl-json')!.text)[0];
    expect(csl.author).toEqual([
      { given: 'Chiara', family: 'Dunmore' },
      { given: 'Dara', family: 'Whitcombe' },
      { given: 'Ada', family: 'Fairweather' },
    ]);
    expect(view.citation.formats[0]!.text).toMatch(/^Dunmore, C\., Whitcombe, D\., & Fairweather, A\. /);
    const author = JSON.parse(view.head.jsonLd)['@graph'][0].author;
    expect([author].flat().map((person: { name: string }) => person.name)).toEqual(people);
  });

  test('the share box links the badge and data under the base path', () => {
    const { share } = auditView(inputs('9901.00001'));
    expect(share.badge.src).toBe('/glassbox/papers/9901.00001/badge.svg');
    expect(share.badge.alt).toMatch(/^Glassbox transparency score: /);
    expect(share.markdown).toContain('(https://audits.example.org/glassbox/papers/9901.00001/badge.svg)');
    expect(share.scanFileHref).toBe('/glassbox/papers/9901.00001/scan.json');
    expect(share.dataHref).toBe('/glassbox/data/');
  });

  test('history names each changed answer and links each commit', () => {
    const { history: view } = auditView(inputs('9901.00001'));
    expect(view.unversionedReason).toBeUndefined();
    expect(view.historyUrl).toBe('https://github.com/example-org/glassbox/commits/HEAD/scans/9901.00001/scan.json');
    expect(view.revisions.map((entry) => entry.kind)).toEqual(['modified', 'added']);
    expect(view.revisions[0]!.commitUrl).toBe(`https://github.com/example-org/glassbox/commit/${'02'.repeat(20)}`);
    expect(view.revisions[0]!.changes).toEqual([{ anchor: 'artifacts-code_released', label: 'Code released', before: 'no', after: 'yes' }]);
    expect(auditView(inputs('9901.00002')).history).toEqual({ unversionedReason: 'not committed to git', revisions: [], historyUrl: undefined });
  });
});
