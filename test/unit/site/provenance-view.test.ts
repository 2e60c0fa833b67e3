import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';
import {
  confidenceText,
  itemEvidenceView,
  locationText,
  personCheckText,
  personView,
  provenanceView,
  showsEvidence,
} from '../../../src/lib/site/provenance-view.ts';
import { testRubricVersions } from '../../helpers/test-rubric.ts';

const load = (file: string): Scan => scanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const fixture = (id: string) => load(`test/fixtures/site/${id}/scan.json`);
const seed = load('scans/2405.05949/scan.json');

describe('the provenance panel', () => {
  test('the seed records none: "Provenance not recorded", nothing guessed, rubric v1 current', () => {
    expect(provenanceView(seed)).toEqual({
      origin: 'unrecorded',
      originText: 'Provenance not recorded',
      unchecked: false,
      rubric: { version: 1, current: true, currentVersion: 1 },
    });
  });

  test('an automated audit no person checked: tool linked, model with version and date, estimate flag', () => {
    const view = provenanceView(fixture('9903.00101'));
    expect(view.unchecked).toBe(true);
    expect(view.originText).toBe('Automated, not checked by a person');
    expect(view.recorded).toMatchObject({
      auditedOn: '2026-09-02',
      paperVersion: { text: 'arXiv v1' },
      tool: { text: 'Synthetic scanner 0.4.1', href: 'https://example.org/synthetic-scanner' },
      model: 'Synthetic language model (synthetic-lm-2026-08, 2026-08-15)',
      reviews: [],
      coverage: 'none',
    });
    expect(view.recorded!.instructions).toMatch(/^rubric v1 instructions, SHA-256 [0-9a-f]{64}$/);
  });

  test('reviews name the reviewer with ORCID and GitHub links, and what they covered by label', () => {
    const view = provenanceView(fixture('9903.00103'));
    expect(view.unchecked).toBe(false);
    expect(view.recorded!.coverage).toBe('partial');
    expect(view.recorded!.reviews[0]).toEqual({
      reviewer: { name: 'Bruno Lindqvist', orcid: { text: '0000-0000-9990-005X', href: 'https://orcid.org/0000-0000-9990-005X' } },
      reviewedOn: '2026-09-12',
      covers: expect.stringMatching(/^all of .+; .+: .+$/),
    });
    expect(view.recorded!.reviews[1]!.reviewer.github).toEqual({ text: '@synthetic-chiara', href: 'https://github.com/synthetic-chiara' });
  });

  test('a person-made audit read at a URL on a day: the auditors and the URL with its date', () => {
    const view = provenanceView(fixture('9903.00104'));
    expect(view.origin).toBe('human');
    expect(view.recorded!.auditors.map((person) => person.name)).toEqual(['Chiara Dunmore', 'Dara Whitcombe']);
    expect(view.recorded!.paperVersion).toEqual({
      text: 'https://example.org/synthetic-paper-00104.pdf, read on 2026-09-01',
      href: 'https://example.org/synthetic-paper-00104.pdf',
    });
  });

  test('a DOI read on a day links to doi.org', () => {
    expect(provenanceView(fixture('9903.00105')).recorded!.paperVersion).toEqual({
      text: 'doi:10.5555/synthetic.00105, read on 2026-09-06',
      href: 'https://doi.org/10.5555/synthetic.00105',
    });
  });

  test('an arXiv version links to that version when the paper has an arXiv id', () => {
    const scan = { ...fixture('9903.00101'), paper: { ...fixture('9903.00101').paper, arxiv_id: '9903.00101v3' } };
    expect(provenanceView(scan).recorded!.paperVersion).toEqual({ text: 'arXiv v1', href: 'https://arxiv.org/abs/9903.00101v1' });
  });

  test('under a newer rubric, a version 1 scan says it answered an older version', () => {
    expect(provenanceView(seed, testRubricVersions()).rubric).toEqual({ version: 1, current: false, currentVersion: 2 });
  });

  test('a tool URL that is not http(s) is text, never a link', () => {
    const scan = fixture('9903.00101');
    scan.provenance!.tool!.url = 'javascript:alert(1)';
    expect(provenanceView(scan).recorded!.tool).toEqual({ text: 'Synthetic scanner 0.4.1' });
  });
});

describe("an item's evidence", () => {
  test.each([
    [{ section: '5 Conclusion', page: 9 }, 'section 5 Conclusion, page 9'],
    [{ table: '2', appendix: 'B' }, 'table 2, appendix B'],
    [{ figure: '3b' }, 'figure 3b'],
  ])('locationText(%j) is %j', (location, text) => {
    expect(locationText(location)).toBe(text);
  });

  test("confidence is a rounded percentage said to be the program's", () => {
    expect(confidenceText(0.4)).toBe("Program's confidence: 40%");
    expect(confidenceText(0.666)).toBe("Program's confidence: 67%");
  });

  test.each([
    [{ kind: 'unrecorded' as const }, undefined],
    [{ kind: 'unchecked' as const }, 'Not checked by a person'],
    [{ kind: 'reviewed' as const, reviews: [{ reviewer: { name: 'A' } }, { reviewer: { name: 'A' } }] }, 'Checked by a person: A'],
    [{ kind: 'answered by a person' as const, reviews: [] }, 'Answered by a person'],
    [{ kind: 'answered by a person' as const, reviews: [{ reviewer: { name: 'B' } }] }, 'Answered by a person; checked again by B'],
  ])('personCheckText(%j)', (check, text) => {
    expect(personCheckText(check as never)).toBe(text);
  });

  test('quotes with locations, confidence, and who checked, for a partly reviewed scan', () => {
    const scan = fixture('9903.00103');
    const [categoryKey, items] = Object.entries(scan.checklist).find(([key]) => key === 'artifacts')!;
    const [itemKey, answer] = Object.entries(items)[0]!;
    expect(itemEvidenceView(scan, categoryKey, itemKey, answer)).toEqual({
      quotes: [{ quote: 'Synthetic quote: our code is released at a fictional address.', location: 'section 5 Conclusion, page 9' }],
      confidence: "Program's confidence: 60%",
      check: 'Checked by a person: Bruno Lindqvist',
    });
  });

  test('without provenance, no claim about who checked; without evidence, no quotes', () => {
    const answer = { applies: true, answer: true, justification: 'Synthetic.' };
    expect(itemEvidenceView(seed, 'artifacts', 'code_released', answer)).toEqual({ quotes: [] });
  });

  test.each([
    [{ quotes: [] }, false],
    [{ quotes: [{ quote: 'Q.', location: 'page 2' }] }, true],
    [{ quotes: [], confidence: "Program's confidence: 60%" }, true],
    [{ quotes: [], check: 'Not checked by a person' }, true],
    [{ quotes: [], confidence: '', check: '' }, false],
  ])('showsEvidence(%j) is %s', (view, shown) => {
    expect(showsEvidence(view)).toBe(shown);
  });

  test('personView links only checked identifiers', () => {
    expect(personView({ name: 'X' })).toEqual({ name: 'X' });
  });
});
