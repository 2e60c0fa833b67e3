/**
 * Fictional audits to cite, varied in every way citation styles care about: titles citeproc
 * rewrites (quotes, apostrophes, end punctuation, markup-like text, case, title-case stop words),
 * author lists short and long, in several scripts, reviewers and versions or none.
 */
import { cslRecord, type AuditCitationInput, type CslRecord } from '../../src/lib/publishing/citation-record.ts';

// Fictional papers: plain titles (laid out once per shape) and titles citeproc rewrites (quotes,
// apostrophes, end punctuation, periods, markup-like text, case), which must take the slow path.
const TITLES = [
  'Synthetic paper 00042: sparse invented transformers at small scale',
  'Synthetic paper 00043: probing fictional datasets',
  'Synthetic paper 3.5 (revised), part 2 – scaling made-up laws',
  'Ελληνικά, русский, 中文标题 and Ünïcödé',
  'Do fictional models dream? A synthetic study',
  'Synthetic models “quoted” and "straight" and it\'s apostrophes',
  'Synthetic study ending with a period.',
  'SYNTHETIC SHOUTING and the iPhone effect',
  'Synthetic <i>markup</i> & ampersands',
  'Synthetic paper, trailing comma,',
  'javascript:alert(1) \u202Eevil\u202C',
  // Title case (Chicago, MLA): stop words first, after a colon and inside, hyphens, capitals kept, digits.
  'of the synthetic: a study in made-up data for the win',
  'Synthetic paper 00044: on the use of invented data in a small study',
  'an iPhone-scale model, with DNA and self-attention (of sorts)',
  'Synthetic paper 00045: to be or not to be – via the made-up way',
  'the end: as in on, at, by and to',
];
const PAPER_AUTHORS = [
  ['Lena Yilmaz'],
  ['Lena Yilmaz', 'Chiara Lindqvist'],
  ['Lena Yilmaz', 'Chiara Lindqvist', 'Yara Lindqvist', 'Farah Dunmore'],
  Array.from({ length: 25 }, (_, index) => `Synthetic Author${index + 1}`),
  ['J. R. Fictional', "Ada O'Synthetic"],
  ['王小明', 'محمد عبد الله'],
];
const REVIEWER_SETS = [undefined, [{ name: 'Jan van der Berg' }], [{ name: 'Ana María de la Cruz Pérez' }, { name: '王小明' }, { name: 'Dara Whitcombe' }]];
const VERSIONS = [
  null,
  { short: '15c8dec', date: '2026-11-23T10:00:00Z' },
  { short: 'a0b1c2d', date: '2026-11-23T18:30:00+01:00' },
  { short: 'ffee001', date: '2025-01-02T00:00:00Z' },
];

/** The fictional audit number `index` (the inputs repeat their variations with different periods). */
export function citationInput(index: number): AuditCitationInput {
  const id = `9901.${String(index).padStart(5, '0')}`;
  return {
    id,
    paper: {
      title: TITLES[index % TITLES.length]!,
      authors: PAPER_AUTHORS[index % PAPER_AUTHORS.length]!,
      year: 2020 + (index % 5),
      venue: 'Synthetic venue',
      arxiv_id: id,
    },
    pageUrl: `https://glassbox.example.org/papers/${id}/`,
    version: VERSIONS[index % VERSIONS.length]!,
    reviewers: REVIEWER_SETS[index % REVIEWER_SETS.length],
  } as AuditCitationInput;
}

/** The CSL records of the first `count` fictional audits. */
export function citationRecords(count: number): CslRecord[] {
  return Array.from({ length: count }, (_, index) => cslRecord(citationInput(index)));
}
