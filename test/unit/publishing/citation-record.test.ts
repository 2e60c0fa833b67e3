/**
 * The CSL-JSON record of an audit, built from explicit inputs (no git, no clock): every expected
 * value below is written out by hand from the fictional input.
 */
import { describe, expect, test } from 'vitest';
import {
  AUDIT_AUTHOR,
  PUBLISHER,
  auditTitle,
  authorsShort,
  citationKey,
  citedAuthorNames,
  citedAuthors,
  cslName,
  cslRecord,
  dateParts,
  oneLine,
  paperIdentifier,
  permalink,
  provenancePeople,
  reviewedWork,
  type AuditCitationInput,
} from '../../../src/lib/publishing/citation-record.ts';
import type { Paper } from '../../../src/lib/scan-format/schema.ts';

const PAPER: Paper = {
  title: 'Synthetic paper 00042: invented encoders',
  authors: ['Ada Example', 'Bo Sample', 'Cy Placeholder'],
  year: 2025,
  venue: 'arXiv',
  arxiv_id: '9901.00042',
};
const PAGE = 'https://example.org/glassbox/papers/9901.00042/';
// 21:00 at −08:00 is already 5 March in UTC; the citation keeps the committer's day, 4 March.
const VERSION = { short: 'abc1234', date: '2026-03-04T21:00:00-08:00' };
const INPUT: AuditCitationInput = { id: '9901.00042', paper: PAPER, pageUrl: PAGE, version: VERSION };

describe('the record of an audit', () => {
  test('credited to the project when the scan names no reviewer: every field worked out', () => {
    expect(cslRecord(INPUT)).toEqual({
      id: 'glassbox-9901.00042-abc1234',
      type: 'webpage',
      title: 'Glassbox transparency audit of: Synthetic paper 00042: invented encoders',
      author: [{ literal: 'Glassbox contributors' }],
      publisher: 'Glassbox',
      issued: { 'date-parts': [[2026, 3, 4]] },
      version: 'abc1234',
      URL: 'https://example.org/glassbox/papers/9901.00042/?v=abc1234',
      'reviewed-title': 'Synthetic paper 00042: invented encoders',
      'reviewed-author': [{ literal: 'Ada Example' }, { literal: 'Bo Sample' }, { literal: 'Cy Placeholder' }],
      note: 'Transparency audit of Ada Example et al. (2025), "Synthetic paper 00042: invented encoders", arXiv:9901.00042. Audit version abc1234',
    });
    expect([PUBLISHER, AUDIT_AUTHOR]).toEqual(['Glassbox', 'Glassbox contributors']);
  });

  test('credited to its reviewers when the scan names them, particles split and non-Latin names whole', () => {
    const reviewers = [{ name: 'Jan van der Berg' }, { name: '王小明' }, { name: 'محمد عبد الله' }, { name: 'Ada Example' }, { name: 'Zed' }];
    expect(cslRecord({ ...INPUT, reviewers }).author).toEqual([
      { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' },
      { literal: '王小明' },
      { literal: 'محمد عبد الله' },
      { given: 'Ada', family: 'Example' },
      { literal: 'Zed' },
    ]);
  });

  test('unversioned: no date and no version, and the URL is the page itself', () => {
    const record = cslRecord({ ...INPUT, version: null });
    expect(record.id).toBe('glassbox-9901.00042');
    expect(record.URL).toBe(PAGE);
    expect('issued' in record).toBe(false);
    expect('version' in record).toBe(false);
    expect(record.note).toBe(
      'Transparency audit of Ada Example et al. (2025), "Synthetic paper 00042: invented encoders", arXiv:9901.00042. Unversioned audit',
    );
  });

  test('the same input always gives the same record', () => {
    expect(cslRecord(INPUT)).toEqual(cslRecord(structuredClone(INPUT)));
  });
});

describe('people a scan’s provenance credits', () => {
  const person = (name: string) => ({ name });
  const review = (name: string) => ({ reviewer: person(name), reviewed_on: '2026-09-10', covers: 'all' as const });

  test.each([
    ['no provenance', undefined, []],
    ['a program, unchecked', {}, []],
    ['reviewers only (a program, then checked)', { reviews: [review('Ada Fairweather'), review('Bruno Lindqvist')] }, ['Ada Fairweather', 'Bruno Lindqvist']],
    ['auditors only (made by hand)', { auditors: [person('Bruno Lindqvist')] }, ['Bruno Lindqvist']],
    [
      'auditors first, then reviewers, each once, blank names dropped',
      { auditors: [person('Chiara Dunmore'), person(' ')], reviews: [review('Ada  Fairweather'), review('Chiara Dunmore')] },
      ['Chiara Dunmore', 'Ada Fairweather'],
    ],
  ])('%s', (_, provenance, names) => {
    expect(provenancePeople(provenance).map((reviewer) => reviewer.name)).toEqual(names);
  });

  test('the names credited: the people as written, or the project when there are none', () => {
    expect(citedAuthorNames(provenancePeople({ reviews: [review('Jan van der Berg')] }))).toEqual(['Jan van der Berg']);
    expect(citedAuthorNames(provenancePeople(undefined))).toEqual(['Glassbox contributors']);
    expect(citedAuthorNames([{ name: '\n' }])).toEqual(['Glassbox contributors']);
  });
});

describe('authors credited', () => {
  test.each([
    ['no reviewers listed', undefined],
    ['an empty list', []],
    ['only blank names', [{ name: '   ' }, { name: '\n\t' }]],
  ])('the project, for %s', (_, reviewers) => {
    expect(citedAuthors(reviewers)).toEqual([{ literal: 'Glassbox contributors' }]);
  });

  test('blank names are dropped among real ones, and white space is collapsed before parsing', () => {
    expect(citedAuthors([{ name: ' ' }, { name: '  Jan\n van   der Berg ' }])).toEqual([{ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }]);
  });

  test.each([
    ['Jan van der Berg', { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }],
    ['Jean-Luc de la Fontaine', { given: 'Jean-Luc', 'non-dropping-particle': 'de la', family: 'Fontaine' }],
    ['Zoë Ýmir Ostrova', { given: 'Zoë Ýmir', family: 'Ostrova' }],
    // Greek and Cyrillic names are written given-then-family too.
    ['Ελένη Παραδειγμα', { given: 'Ελένη', family: 'Παραδειγμα' }],
    ['Иван Примеров', { given: 'Иван', family: 'Примеров' }],
    ['Jan\n van  der Berg', { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }],
    // Left whole: one word, a comma, a script not written given-then-family, or anything not a name.
    ['Zed', { literal: 'Zed' }],
    ['Ada Example, Jr.', { literal: 'Ada Example, Jr.' }],
    ['王小明', { literal: '王小明' }],
    ['محمد عبد الله', { literal: 'محمد عبد الله' }],
    ['<img src=x onerror=alert(1)>', { literal: '<img src=x onerror=alert(1)>' }],
  ])('cslName(%j)', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });
});

describe('hostile text stays plain data', () => {
  const title = 'Synthetic paper 00042 <script>alert(1)</script>\n"quoted" \u202Eevil\u202C {\\input{x}} javascript:alert(2)';
  const flat = 'Synthetic paper 00042 <script>alert(1)</script> "quoted" \u202Eevil\u202C {\\input{x}} javascript:alert(2)';
  const record = cslRecord({
    ...INPUT,
    paper: { ...PAPER, title, authors: ['<b>Bold</b>\nAuthor'] },
    reviewers: [{ name: '"><svg onload=alert(3)>' }],
  });

  test('kept exactly as written (only line breaks collapsed): escaping is each format’s job, not the record’s', () => {
    expect(record.title).toBe(`Glassbox transparency audit of: ${flat}`);
    expect(record['reviewed-title']).toBe(flat);
    expect(record['reviewed-author']).toEqual([{ literal: '<b>Bold</b> Author' }]);
    expect(record.author).toEqual([{ literal: '"><svg onload=alert(3)>' }]);
    expect(record.note).toBe(`Transparency audit of <b>Bold</b> Author (2025), "${flat}", arXiv:9901.00042. Audit version abc1234`);
  });

  test('the record survives JSON unchanged, and no field holds a line break', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(JSON.stringify(record)).not.toMatch(/\\n|\\t/);
  });
});

describe('parts of the record', () => {
  test('auditTitle names the audit, not the paper', () => {
    expect(auditTitle({ title: '  Synthetic paper 00042\n  part two ' })).toBe('Glassbox transparency audit of: Synthetic paper 00042 part two');
  });

  test('permalink adds the version to the page URL, keeping its query and replacing an old version', () => {
    expect(permalink(PAGE, VERSION)).toBe(`${PAGE}?v=abc1234`);
    expect(permalink(PAGE, null)).toBe(PAGE);
    expect(permalink('https://example.org/p/?lang=en', VERSION)).toBe('https://example.org/p/?lang=en&v=abc1234');
    expect(permalink('https://example.org/p/?v=0000000', VERSION)).toBe('https://example.org/p/?v=abc1234');
  });

  test.each([
    ['9901.00042', VERSION, 'glassbox-9901.00042-abc1234'],
    ['9901.00042', null, 'glassbox-9901.00042'],
    ['synth-th/9912001', VERSION, 'glassbox-synth-th-9912001-abc1234'],
    ['synthetic slug/<x>', null, 'glassbox-synthetic-slug-x-'],
  ])('citationKey(%j) is %j', (id, version, key) => {
    expect(citationKey(id, version)).toBe(key);
  });

  test('paperIdentifier prefers the arXiv id, then the DOI, then the URL', () => {
    expect(paperIdentifier({ ...PAPER, doi: '10.9999/synthetic.42' })).toBe('arXiv:9901.00042');
    const noArxiv = { title: PAPER.title, authors: PAPER.authors, year: 2025, venue: 'SynthConf' };
    expect(paperIdentifier({ ...noArxiv, doi: '10.9999/synthetic.42', url: 'https://example.org/p42' })).toBe('doi:10.9999/synthetic.42');
    expect(paperIdentifier({ ...noArxiv, url: 'https://example.org/p42' })).toBe('https://example.org/p42');
    expect(paperIdentifier(noArxiv)).toBe('');
  });

  test('reviewedWork names the venue unless the identifier already does', () => {
    const doiPaper = { title: 'Synthetic paper 00043', authors: ['Bo Sample', 'Cy Placeholder'], year: 2024, venue: 'SynthConf', doi: '10.9999/s.43' };
    expect(reviewedWork(doiPaper, VERSION)).toBe(
      'Transparency audit of Bo Sample and Cy Placeholder (2024), "Synthetic paper 00043", SynthConf, doi:10.9999/s.43. Audit version abc1234',
    );
    // "ARXIV" and "arXiv:" match whatever the case, so the venue is not repeated.
    expect(reviewedWork({ ...PAPER, authors: ['Ada Example'], venue: 'ARXIV' }, null)).toBe(
      'Transparency audit of Ada Example (2025), "Synthetic paper 00042: invented encoders", arXiv:9901.00042. Unversioned audit',
    );
  });

  test.each([
    [[], ''],
    [['Ada Example'], 'Ada Example'],
    [['Ada Example', 'Bo\nSample'], 'Ada Example and Bo Sample'],
    [['Ada Example', 'Bo Sample', 'Cy Placeholder'], 'Ada Example et al.'],
  ])('authorsShort(%j) is %j', (authors, expected) => {
    expect(authorsShort(authors)).toBe(expected);
  });

  test('dateParts reads the calendar day as written, not converted to UTC', () => {
    expect(dateParts('2026-03-04T21:00:00-08:00')).toEqual([2026, 3, 4]);
    expect(dateParts('2026-12-31T23:59:59+14:00')).toEqual([2026, 12, 31]);
    expect(dateParts('2026-01-09')).toEqual([2026, 1, 9]);
    expect(() => dateParts('4 March 2026')).toThrow('expected an ISO date, got "4 March 2026"');
    expect(() => dateParts('2026-3-4')).toThrow();
    expect(() => dateParts('2026-03-4')).toThrow();
  });

  test('oneLine collapses every run of white space and trims', () => {
    expect(oneLine('  a\r\n\tb   c\u00a0d ')).toBe('a b c d');
  });
});
