/**
 * Hostile fixture scans: plainly fictional papers whose every text field carries markup, script,
 * event handlers, `javascript:`/`data:` URLs, bidi controls and template-looking text.
 *
 * Every payload that could run sets the sentinel global `window.__pwned`, so a browser test only
 * has to check that it stays unset. The committed files in `test/fixtures/hostile/` are generated
 * from here (`node test/helpers/hostile.ts`) and a unit test keeps the two in step.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import type { Reply } from '../../src/lib/scan-format/reply-schema.ts';
import type { ChecklistItem, Provenance, Scan } from '../../src/lib/scan-format/schema.ts';

/** The global that any executed payload sets. */
export const SENTINEL = '__pwned';

/** Right-to-left override and isolate characters, which can make text read differently than it is stored. */
export const BIDI = '\u202Eevil\u202C \u2067isolate\u2069 \u200F';

/** Payloads, one per context a text could leak into: HTML body, attribute, script, template, URL. */
export const PAYLOADS = [
  `<script>window.${SENTINEL}=1</script>`,
  `<img src=x onerror="window.${SENTINEL}=2">`,
  `"><svg onload=window.${SENTINEL}=3>`,
  `<a href="javascript:window.${SENTINEL}=4">click me</a>`,
  `data:text/html,<script>window.${SENTINEL}=5</script>`,
  `{{constructor.constructor('window.${SENTINEL}=6')()}}`,
  `\${window.${SENTINEL}=7}`,
  `</title></script><script>window.${SENTINEL}=8</script>`,
  `'-alert(window.${SENTINEL}=9)-'`,
  `<style>body{display:none}</style><!-- ${BIDI}`,
  `<iframe srcdoc="<script>parent.${SENTINEL}=10</script>"></iframe>`,
  `<details open ontoggle=window.${SENTINEL}=11>`,
] as const;

/** Spreadsheet formulas, which a CSV export must not let a spreadsheet run; they lead the provenance and evidence texts. */
export const FORMULAS = [
  '=HYPERLINK("javascript:window.__pwned=14","x")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
] as const;

/** A word no ordinary fixture uses, so a search for it (or a misspelling) finds only hostile flags. */
export const HOSTILE_SEARCH_WORD = 'zanzibarian';

/** Identifiers of the hostile scans (arXiv-style ids in the synthetic `99xx` range, plus one slug). */
export const HOSTILE_IDS = ['9902.66601', '9902.66602', 'hostile-slug-paper'] as const;

/** A URL that passes the http(s) rule yet tries to break out of an attribute. */
export const HOSTILE_HTTP_URL = `https://example.org/hostile?q="><script>window.${SENTINEL}=12</script>`;
/** A DOI that passes the DOI pattern yet carries markup. */
export const HOSTILE_DOI = `10.9999/hostile"><img/src=x/onerror=window.${SENTINEL}=13>`;

/** The text placed in a field: a label saying which field, then a payload chosen by position. */
export function hostileText(label: string, index: number): string {
  return `${label} ${PAYLOADS[index % PAYLOADS.length]} ${BIDI}`;
}

/** Text for the provenance and evidence fields: a formula first, then the label, a payload and bidi controls. */
export function hostileFormulaText(label: string, index: number): string {
  return `${FORMULAS[index % FORMULAS.length]} ${label} ${PAYLOADS[index % PAYLOADS.length]} ${BIDI}`;
}

/** Evidence quotes whose every text is hostile, with each kind of location. */
function hostileEvidence(next: (label: string) => string): NonNullable<ChecklistItem['evidence']> {
  return [
    { quote: next('Quote'), location: { section: next('Section'), page: 3 } },
    { quote: `${next('Quote')}\n\t${next('Second line')}`, location: { table: next('Table'), figure: next('Figure'), appendix: next('Appendix') } },
  ];
}

/**
 * How a hostile scan was made, one method per scan, with hostile text in every field that takes
 * text (names, versions, notes, configuration) and attribute-breaking http(s) URLs.
 */
function hostileProvenance(n: number, next: (label: string) => string): Provenance {
  const person = (label: string) => ({ name: next(label) });
  const tool = { name: next('Tool name'), version: next('Tool version'), url: HOSTILE_HTTP_URL };
  const model = { name: next('Model name'), version: next('Model version'), date: '2026-08-01' };
  const audited_on = '2026-09-01';
  if (n === 0)
    return {
      method: 'automated_then_reviewed',
      audited_on,
      paper_version: { arxiv_version: 'v1' },
      tool,
      model,
      configuration: next('Configuration'),
      instructions: { rubric_version: 1, sha256: '0'.repeat(64) },
      reviews: [
        {
          reviewer: { ...person('Reviewer'), orcid: '0000-0000-9990-0033', github: 'hostile-reviewer' },
          reviewed_on: '2026-09-02',
          covers: ['artifacts'],
          notes: next('Review notes'),
        },
      ],
    };
  if (n === 1)
    return {
      method: 'human',
      audited_on,
      paper_version: { arxiv_version: 'v2' },
      auditors: [person('Auditor'), { ...person('Auditor'), orcid: '0000-0000-9990-0041' }],
      reviews: [{ reviewer: person('Reviewer'), reviewed_on: '2026-09-03', covers: 'all', notes: next('Review notes') }],
    };
  return {
    method: 'automated',
    audited_on,
    paper_version: { doi: HOSTILE_DOI, url: HOSTILE_HTTP_URL, read_on: '2026-08-30' },
    tool,
    configuration: next('Configuration'),
  };
}

/** Build the hostile scan number `n` (0-based) of HOSTILE_IDS. */
export function hostileScan(n: number): Scan {
  const id = HOSTILE_IDS[n]!;
  let counter = n * 5;
  const next = (label: string) => hostileText(label, counter++);
  // A counter of its own, so the fields that existed before provenance keep their text.
  let provenanceCounter = n * 3;
  const nextFormula = (label: string) => hostileFormulaText(label, provenanceCounter++);
  const automated = n !== 1;
  const checklist = Object.fromEntries(
    RUBRIC.map((category, c) => [
      category.key,
      Object.fromEntries(
        category.items.map((item, i) => {
          const applies = (c + i + n) % 5 !== 0;
          const answer = { applies, answer: applies && (c + i + n) % 2 === 0, justification: next(`Justification ${item.key}`) };
          if (i !== 0) return [item.key, answer];
          // The first item of each category carries hostile quotes (and a confidence, for a machine's answers).
          return [item.key, { ...answer, evidence: hostileEvidence(nextFormula), ...(automated ? { confidence: 0.5 } : {}) }];
        }),
      ),
    ]),
  );
  const arxiv = id.includes('.') ? { arxiv_id: id } : { url: HOSTILE_HTTP_URL, doi: HOSTILE_DOI };
  return {
    paper: {
      title: `Synthetic hostile paper ${n + 1} ${PAYLOADS[n % PAYLOADS.length]} {{title}} \${title} ${BIDI}`,
      authors: [next('Author'), `<b>Bold</b> Ada Abernathy ${n}`, next('Author')],
      year: 2018 + n,
      venue: next('Venue'),
      ...arxiv,
    },
    checklist,
    claims: [
      { claim: next('Claim'), evidence: next('Evidence'), supported: 'weak' },
      { claim: next('Claim'), evidence: next('Evidence'), supported: 'unsupported' },
    ],
    methodology_tags: [`<i>tag</i>-${n}`, `{{tag}}`],
    key_findings: next('Key findings'),
    red_flags: [
      { flag: `${HOSTILE_SEARCH_WORD} leakage ${PAYLOADS[(n + 1) % PAYLOADS.length]}`, detail: next('Detail') },
      { flag: next('Flag'), detail: next('Detail') },
      { flag: `Second ${HOSTILE_SEARCH_WORD} flag ${PAYLOADS[(n + 7) % PAYLOADS.length]}`, detail: next('Detail') },
    ],
    cited_papers: [
      { title: next('Cited title'), authors: [next('Cited author')], year: 2015, relevance: next('Relevance'), url: HOSTILE_HTTP_URL },
      { title: next('Cited title'), authors: [], year: 2016, relevance: next('Relevance'), doi: HOSTILE_DOI },
    ],
    provenance: hostileProvenance(n, nextFormula),
  } as Scan;
}

/** Folder holding the committed hostile fixtures. */
export const HOSTILE_FIXTURES_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');

/** Serialised form of a hostile scan, exactly as committed. */
export function hostileScanText(n: number): string {
  return JSON.stringify(hostileScan(n), null, 2) + '\n';
}

/**
 * Files beside the first hostile scan, relative to the hostile fixtures folder: an independent
 * audit and a reply whose every text carries payloads too.
 */
export const HOSTILE_COMPANION_FILES = {
  audit: `${HOSTILE_IDS[0]}/audits/hostile-auditor.json`,
  reply: `${HOSTILE_IDS[0]}/replies/2026-01-02-hostile-replier.json`,
} as const;

/** An independent audit of the first hostile paper: its answers flipped, its texts hostile. */
export function hostileAudit(): Scan {
  const scan = hostileScan(0);
  let counter = 3;
  for (const items of Object.values(scan.checklist)) {
    for (const item of Object.values(items)) {
      Object.assign(item, { answer: item.applies && !item.answer, justification: hostileText('Independent justification', counter++) });
    }
  }
  scan.key_findings = hostileText('Independent key findings', counter);
  return scan;
}

/** A reply to the first hostile audit, by an "author" whose name, affiliation and statements are hostile. */
export function hostileReply(): Reply {
  return {
    by: { name: hostileText('Replier', 0), orcid: '0000-0002-1825-0097', affiliation: hostileText('Affiliation', 1), relation: 'author' },
    date: '2026-01-02',
    url: HOSTILE_HTTP_URL,
    statements: [
      { about: 'audit', text: hostileText('Statement about the audit', 2), outcome: { status: 'open' } },
      {
        about: 'item',
        item: 'artifacts/code_released',
        text: hostileText('Statement about an item', 3),
        outcome: { status: 'corrected', commit: '0123abc', note: hostileText('Correction note', 4) },
      },
      {
        about: 'red_flag',
        red_flag: 0,
        text: hostileText('Statement about a red flag', 5),
        outcome: { status: 'audit_stands', note: hostileText('Why it stands', 6) },
      },
      { about: 'claim', claim: 1, text: hostileText('Statement about a claim', 7), outcome: { status: 'open' } },
    ],
  };
}

/** Every committed hostile file, relative to the fixtures folder, with its generated text. */
export function hostileFiles(): { file: string; text: string }[] {
  const text = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return [
    ...HOSTILE_IDS.map((id, n) => ({ file: `${id}/scan.json`, text: hostileScanText(n) })),
    { file: HOSTILE_COMPANION_FILES.audit, text: text(hostileAudit()) },
    { file: HOSTILE_COMPANION_FILES.reply, text: text(hostileReply()) },
  ];
}

if (import.meta.main) {
  for (const { file, text } of hostileFiles()) {
    mkdirSync(path.dirname(path.join(HOSTILE_FIXTURES_DIR, file)), { recursive: true });
    writeFileSync(path.join(HOSTILE_FIXTURES_DIR, file), text);
  }
  console.log(`wrote ${hostileFiles().length} hostile files to ${HOSTILE_FIXTURES_DIR}`);
}
