import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import bundledStyles from '@citation-js/plugin-csl/lib/styles.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import {
  CITATION_DATA_FORMATS,
  CITATION_STYLES,
  authorsShort,
  bibtexEscape,
  citationFiles,
  citationFormats,
  citationKey,
  citationStylesToRender,
  citeprocText,
  cslName,
  cslRecord,
  dateParts,
  permalink,
  toApa,
  toBibtex,
  toCslJsonText,
  withoutSort,
  type AuditCitationInput,
  type CitationFormat,
  type CslName,
} from '../../../src/lib/publishing/citation.ts';
import { scanSchema, type Paper } from '../../../src/lib/scan-format/schema.ts';
import { citationRecords } from '../../helpers/citation-inputs.ts';

const seed = scanSchema.parse(JSON.parse(readFileSync('scans/2405.05949/scan.json', 'utf8')));
// Version inputs are explicit so the goldens do not depend on the repository's history.
const seedInput: AuditCitationInput = {
  id: '2405.05949',
  paper: seed.paper,
  pageUrl: 'https://glassbox.example.org/papers/2405.05949/',
  version: { short: '15c8dec', date: '2026-11-23T18:39:59+00:00' },
};
const SEED_TITLE = 'Glassbox transparency audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts';
const SEED_URL = 'https://glassbox.example.org/papers/2405.05949/?v=15c8dec';
const SEED_PAPER_AUTHORS = 'Jiachen Li, Xinyao Wang, Sijie Zhu, Chia-Wen Kuo, Lu Xu, Fan Chen, Jitesh Jain, Humphrey Shi';

const fictionalPaper = (title: string, authors: string[] = ['Ada Example']): Paper => ({
  title,
  authors,
  year: 2025,
  venue: 'arXiv',
  arxiv_id: '9901.00042',
});
const fictional = (paper: Paper, reviewers?: { name: string }[]): AuditCitationInput => ({
  id: '9901.00042',
  paper,
  pageUrl: 'https://example.org/glassbox/papers/9901.00042/',
  version: { short: 'abc1234', date: '2026-03-04T05:06:07-08:00' },
  ...(reviewers && { reviewers }),
});
const text = (formats: CitationFormat[], key: CitationFormat['key']) => formats.find((format) => format.key === key)!.text;

describe('golden citations of the seed audit', () => {
  const formats = citationFormats(seedInput);

  test('every style and format is rendered, styles first, APA leading', () => {
    expect(formats.map((format) => format.key)).toEqual(['apa', 'chicago', 'mla', 'ieee', 'harvard', 'vancouver', 'bibtex', 'biblatex', 'ris', 'csl-json']);
    expect(formats.filter((format) => format.kind === 'data').map((format) => format.file)).toEqual(['cite.bib', 'cite.biblatex.bib', 'cite.ris', 'cite.json']);
  });

  test.each([
    [
      'apa',
      `Glassbox contributors. (2026, November 23). ${SEED_TITLE} [Review of CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts, by ${SEED_PAPER_AUTHORS}, & Longyin Wen]. Glassbox. ${SEED_URL}`,
    ],
    [
      'chicago',
      `Glassbox contributors. 2026. “Glassbox Transparency Audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts.” Review of CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts, by ${SEED_PAPER_AUTHORS}, and Longyin Wen. Glassbox. November 23, 2026. ${SEED_URL}.`,
    ],
    [
      'mla',
      `Glassbox contributors. Glassbox Transparency Audit of: CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts. 15c8dec, Glassbox, 23 Nov. 2026, ${SEED_URL}.`,
    ],
    ['ieee', `[1] Glassbox contributors, “${SEED_TITLE},” Nov. 23, 2026. ${SEED_URL}`],
    ['harvard', `Glassbox contributors (2026) ${SEED_TITLE}. Glassbox. Available at: ${SEED_URL}.`],
    ['vancouver', `1. Glassbox contributors. ${SEED_TITLE} [Internet]. Glassbox; 2026. Available from: ${SEED_URL}`],
  ] as const)('%s', (key, expected) => {
    expect(text(formats, key)).toBe(expected);
  });

  test('BibTeX and BibLaTeX', () => {
    const note =
      'Transparency audit of Jiachen Li et al. (2024), "CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts", arXiv:2405.05949. Audit version 15c8dec';
    const title = 'Glassbox transparency audit of: CuMo: Scaling {Multimodal} {LLM} with {Co}-{Upcycled} {Mixture}-of-{Experts}';
    expect(text(formats, 'bibtex')).toBe(`@misc{glassbox-2405.05949-15c8dec,
\tauthor = {{Glassbox contributors}},
\tyear = {2026},
\tmonth = {nov 23},
\tnote = {${note}},
\tpublisher = {Glassbox},
\ttitle = {${title}},
\turl = {${SEED_URL}},
}`);
    expect(text(formats, 'biblatex')).toBe(`@online{glassbox-2405.05949-15c8dec,
\tauthor = {{Glassbox contributors}},
\tdate = {2026-11-23},
\tnote = {${note}},
\torganization = {Glassbox},
\ttitle = {${title}},
\turl = {${SEED_URL}},
\tversion = {15c8dec},
}`);
    expect(toBibtex(seedInput)).toBe(text(formats, 'bibtex'));
  });

  test('RIS: one tag a line, however long the value', () => {
    expect(text(formats, 'ris')).toBe(`TY  - ELEC
AU  - Glassbox contributors
DA  - 2026/11/23/
PY  - 2026
ID  - glassbox-2405.05949-
N1  - Transparency audit of Jiachen Li et al. (2024), "CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts", arXiv:2405.05949. Audit version 15c8dec
PB  - Glassbox
TI  - ${SEED_TITLE}
UR  - ${SEED_URL}
ER  - `);
  });

  test('CSL-JSON: the one record every format comes from', () => {
    expect(cslRecord(seedInput)).toEqual({
      id: 'glassbox-2405.05949-15c8dec',
      type: 'webpage',
      title: SEED_TITLE,
      author: [{ literal: 'Glassbox contributors' }],
      publisher: 'Glassbox',
      issued: { 'date-parts': [[2026, 11, 23]] },
      version: '15c8dec',
      URL: SEED_URL,
      'reviewed-title': 'CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts',
      'reviewed-author': ['Jiachen Li', 'Xinyao Wang', 'Sijie Zhu', 'Chia-Wen Kuo', 'Lu Xu', 'Fan Chen', 'Jitesh Jain', 'Humphrey Shi', 'Longyin Wen'].map(
        (literal) => ({ literal }),
      ),
      note: 'Transparency audit of Jiachen Li et al. (2024), "CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts", arXiv:2405.05949. Audit version 15c8dec',
    });
    expect(JSON.parse(text(formats, 'csl-json'))).toEqual([cslRecord(seedInput)]);
    expect(toCslJsonText(seedInput)).toBe(text(formats, 'csl-json'));
    expect(toApa(seedInput)).toBe(text(formats, 'apa'));
  });
});

/** A CSL name as it reads back from a format that cannot tell an institution from a one-part family name. */
const comparable = (name: CslName | Record<string, string>) => ('literal' in name ? { family: name.literal } : name);

// Fictional inputs that stress every format: TeX specials, bidi controls, script URLs, particles, non-Latin scripts.
const HOSTILE_TITLES = [
  'Braces } { and 50% & $x_1$ #1 ^ ~ \\input{/etc/passwd}',
  'javascript:alert(1) <script>alert(1)</script> "quoted" \u202Eevil\u202C',
  'Ελληνικά, русский, 中文标题 and Ünïcödé: an Übersicht',
  'Line\nbreaks\tand   runs of space',
];
const REVIEWERS = [
  { name: 'Jan van der Berg' },
  { name: 'Ana María de la Cruz Pérez' },
  { name: 'Ľudovít Štúr' },
  { name: '王小明' },
  { name: 'محمد عبد الله' },
  { name: 'javascript:alert(1)' },
];

const inputs: [string, AuditCitationInput][] = [
  ['seed', seedInput],
  ['seed, unversioned', { ...seedInput, version: null }],
  ...HOSTILE_TITLES.map((title, index): [string, AuditCitationInput] => [`hostile title ${index}`, fictional(fictionalPaper(title, [title]), REVIEWERS)]),
];

describe.each(inputs)('%s: every format parses back to the record', (_, input) => {
  const record = cslRecord(input);
  const formats = citationFormats(input);
  const files = citationFiles(input);

  test.each(['bibtex', 'biblatex'] as const)('%s read by the BibTeX parser gives the same fields', (key) => {
    const [entry] = new Cite(text(formats, key)).data;
    expect(entry!['citation-key']).toBe(record.id);
    expect(entry!.title).toBe(record.title);
    expect((entry!.author as CslName[]).map(comparable)).toEqual(record.author.map(comparable));
    expect(entry!.URL).toBe(record.URL);
    expect(entry!.publisher).toBe(record.publisher);
    expect(entry!.note).toBe(record.note);
    expect(entry!.issued).toEqual(record.issued);
    if (key === 'biblatex') expect(entry!.version).toBe(record.version);
  });

  test('RIS read by the RIS parser gives the same fields (particles folded into the family name)', () => {
    const [entry] = new Cite(text(formats, 'ris')).data;
    const folded = record.author.map((name) =>
      'literal' in name || !name['non-dropping-particle'] ? name : { given: name.given, family: `${name['non-dropping-particle']} ${name.family}` },
    );
    expect(entry!.title).toBe(record.title);
    expect((entry!.author as CslName[]).map(comparable)).toEqual(folded.map(comparable));
    expect(entry!.URL).toBe(record.URL);
    expect(entry!.publisher).toBe(record.publisher);
    expect(entry!.note).toBe(record.note);
    expect(entry!.issued).toEqual(record.issued);
    expect(
      text(formats, 'ris')
        .split('\n')
        .every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line)),
    ).toBe(true);
  });

  test('CSL-JSON text and file parse to the record; files match the texts shown', () => {
    expect(JSON.parse(text(formats, 'csl-json'))).toEqual([record]);
    expect(files.map((file) => file.name)).toEqual(CITATION_DATA_FORMATS.map((format) => format.file));
    for (const file of files) {
      expect(file.text.endsWith('\n')).toBe(true);
      if (file.name === 'cite.json') expect(JSON.parse(file.text)).toEqual([record]);
      else expect(file.text).toBe(`${formats.find((format) => format.file === file.name)!.text}\n`);
    }
  });

  test('every style is one line that names the audit and links the permalink', () => {
    for (const style of formats.filter((format) => format.kind === 'style')) {
      expect(style.text).not.toContain('\n');
      expect(style.text).toContain(record.URL);
    }
  });

  test('BibTeX: no field value closes early, so no text can add a field', () => {
    for (const key of ['bibtex', 'biblatex'] as const) {
      const fields = text(formats, key).split('\n').slice(1, -1);
      for (const field of fields) {
        const value = /^\t[a-z]+ = \{(.*)\},$/.exec(field)![1]!;
        let depth = 0;
        for (let i = 0; i < value.length; i++) {
          if (value[i] === '\\') i++;
          else if (value[i] === '{') depth++;
          else if (value[i] === '}') depth--;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
      }
    }
  });
});

describe('authors', () => {
  test('reviewers are the authors when a scan names any; otherwise the project is', () => {
    expect(cslRecord(fictional(fictionalPaper('T'), [{ name: 'Ada Lovelace' }])).author).toEqual([{ given: 'Ada', family: 'Lovelace' }]);
    expect(cslRecord(fictional(fictionalPaper('T'), [])).author).toEqual([{ literal: 'Glassbox contributors' }]);
    expect(cslRecord(fictional(fictionalPaper('T'), [{ name: '  ' }])).author).toEqual([{ literal: 'Glassbox contributors' }]);
  });

  test('APA writes reviewers family-first with particles, and keeps non-Latin names whole', () => {
    const apa = text(citationFormats(fictional(fictionalPaper('Synthetic paper 00042'), REVIEWERS), { styles: ['apa'] }), 'apa');
    expect(apa.startsWith('van der Berg, J., de la Cruz Pérez, A. M., Štúr, Ľ., 王小明, محمد عبد الله, & javascript:alert(1). (2026, March 4).')).toBe(true);
  });

  test.each([
    ['Jan van der Berg', { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }],
    ['Ana María de la Cruz Pérez', { given: 'Ana María', 'non-dropping-particle': 'de la', family: 'Cruz Pérez' }],
    ['Ľudovít  Štúr', { given: 'Ľudovít', family: 'Štúr' }],
    ['Иван Петров', { given: 'Иван', family: 'Петров' }],
    ['Madonna', { literal: 'Madonna' }],
    ['Martin Luther King, Jr.', { literal: 'Martin Luther King, Jr.' }],
    ['王小明', { literal: '王小明' }],
    ['محمد عبد الله', { literal: 'محمد عبد الله' }],
    ['javascript:alert(1)', { literal: 'javascript:alert(1)' }],
    ['<b>Eve</b> Mallory', { literal: '<b>Eve</b> Mallory' }],
  ])('cslName(%j)', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });
});

describe('an unversioned audit is cited without inventing a version or date', () => {
  const input = { ...seedInput, version: null };
  const formats = citationFormats(input);
  test.each(formats.map((format) => [format.key, format.text]))('%s has no version and links the page itself', (_, citation) => {
    expect(citation).not.toContain('15c8dec');
    expect(citation).not.toContain('?v=');
    expect(citation).toContain('https://glassbox.example.org/papers/2405.05949/');
  });
  test('APA says n.d., BibTeX has no year', () => {
    expect(text(formats, 'apa')).toContain('(n.d.)');
    expect(text(formats, 'bibtex')).not.toMatch(/year|month|date =/);
    expect(cslRecord(input)).not.toHaveProperty('issued');
  });
});

test('rendering only some styles leaves the data formats whole', () => {
  const formats = citationFormats(seedInput, { styles: ['apa'] });
  expect(formats.map((format) => format.key)).toEqual(['apa', 'bibtex', 'biblatex', 'ris', 'csl-json']);
  expect(citationFormats(seedInput, { styles: [] }).every((format) => format.kind === 'data')).toBe(true);
});

test('data formats asked for without their text (a page that links their files) are listed with empty text, styles still rendered', () => {
  const formats = citationFormats(seedInput, { styles: ['apa'], dataText: false });
  expect(formats.map((format) => [format.key, format.file, format.text === ''])).toEqual([
    ['apa', undefined, false],
    ...CITATION_DATA_FORMATS.map((format) => [format.key, format.file, true]),
  ]);
  expect(formats[0]!.text).toBe(text(citationFormats(seedInput), 'apa'));
});

test.each([
  [{}, 1000, CITATION_STYLES.length],
  [{}, 1001, 1],
  [{ CITATION_STYLES: 'all' }, 50_000, CITATION_STYLES.length],
  [{ CITATION_STYLES: 'default' }, 1, 1],
])('citationStylesToRender(%j, %i) renders %i styles', (env, count, styles) => {
  expect(citationStylesToRender(count, env)).toHaveLength(styles);
});

test('an unknown CITATION_STYLES value stops the build with the accepted values', () => {
  expect(() => citationStylesToRender(1, { CITATION_STYLES: 'some' })).toThrow(/auto, all or default/);
});

test.each([
  [[], ''],
  [['Ada Lovelace'], 'Ada Lovelace'],
  [['Ada Lovelace', 'Alan Turing'], 'Ada Lovelace and Alan Turing'],
  [['A', 'B', 'C'], 'A et al.'],
])('authorsShort(%j) is %j', (authors, expected) => {
  expect(authorsShort(authors)).toBe(expected);
});

test.each([
  ['2405.05949', { short: 'abc1234', date: '2026-01-01' }, 'glassbox-2405.05949-abc1234'],
  ['hep-th/9901001', null, 'glassbox-hep-th-9901001'],
])('citationKey(%s)', (id, version, key) => {
  expect(citationKey(id, version)).toBe(key);
});

test('permalink sets the version query on an absolute URL and dateParts reads the calendar day', () => {
  expect(permalink('https://x.org/glassbox/papers/hep-th/9901001/', { short: 'abc1234', date: '' })).toBe(
    'https://x.org/glassbox/papers/hep-th/9901001/?v=abc1234',
  );
  expect(dateParts('2026-11-23T23:59:59-05:00')).toEqual([2026, 11, 23]);
  expect(() => dateParts('yesterday')).toThrow(/ISO date/);
});

test('papers without arXiv id are identified by DOI, then URL, in the note', () => {
  const { arxiv_id: _, ...rest } = seed.paper;
  expect(cslRecord({ ...seedInput, paper: { ...rest, venue: 'NeurIPS', doi: '10.1/x' } }).note).toContain(
    '(2024), "CuMo: Scaling Multimodal LLM with Co-Upcycled Mixture-of-Experts", NeurIPS, doi:10.1/x.',
  );
  expect(cslRecord({ ...seedInput, paper: { ...rest, url: 'https://example.org/p' } }).note).toContain('arXiv, https://example.org/p.');
});

test.each([
  ['}, author = {Mallory', '\\}, author = \\{Mallory'],
  ['50% & $x_1$ #1 ^ ~', '50\\% \\& \\$x\\_1\\$ \\#1 \\textasciicircum{} \\textasciitilde{}'],
  ['\\input{/etc/passwd}', '\\textbackslash{}input\\{/etc/passwd\\}'],
  ['<script>alert(1)</script> 🔬 ‮', '\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} 🔬 ‮'],
])('bibtexEscape(%j)', (raw, escaped) => {
  expect(bibtexEscape(raw)).toBe(escaped);
});

describe('styles are rendered without their sort keys', () => {
  // Each style as published: citation-js's bundled copies and the files in csl-styles/.
  const publishedXml = (template: string): string =>
    (bundledStyles as Record<string, string>)[template] ?? readFileSync(`src/lib/publishing/csl-styles/${template}.csl`, 'utf8');
  // citation-js's register of styles, as citation.ts left it.
  const styles = (plugins.config.get('@csl') as { styles: { get(name: string): string; set(name: string, xml: string): void } }).styles;

  test('withoutSort drops every sort element, keys and all, and nothing else', () => {
    const style =
      '<style><citation><sort>\n  <key macro="author"/>\n  <key variable="issued"/>\n</sort><layout/></citation><bibliography><sort><key macro="title"/></sort><layout><text macro="sort-key"/></layout></bibliography></style>';
    expect(withoutSort(style)).toBe('<style><citation><layout/></citation><bibliography><layout><text macro="sort-key"/></layout></bibliography></style>');
  });

  test.each(CITATION_STYLES.map((style) => [style.label, style.template] as const))('%s has sort keys as published and none as rendered', (_, template) => {
    expect(publishedXml(template)).toContain('<sort>');
    expect(styles.get(template)).toBe(withoutSort(publishedXml(template)));
  });

  // A bibliography of one entry has nothing to sort, so dropping the keys changes no citation.
  test.each(CITATION_STYLES.map((style) => [style.label, style] as const))('%s reads exactly as the style as published', (_, style) => {
    const published = `${style.template}-as-published`;
    styles.set(published, publishedXml(style.template));
    const asPublished = (record: object) => (new Cite(record).format('bibliography', { template: published, format: 'text', lang: 'en-US' }) as string).trim();
    const records = citationRecords(40);
    for (const record of records) expect(citeprocText(record, style)).toBe(asPublished(record));
  });
});
