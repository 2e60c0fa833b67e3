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
import type { Scan } from '../../src/lib/scan-format/schema.ts';

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

/** Build the hostile scan number `n` (0-based) of HOSTILE_IDS. */
export function hostileScan(n: number): Scan {
  const id = HOSTILE_IDS[n]!;
  let counter = n * 5;
  const next = (label: string) => hostileText(label, counter++);
  const checklist = Object.fromEntries(
    RUBRIC.map((category, c) => [
      category.key,
      Object.fromEntries(
        category.items.map((item, i) => {
          const applies = (c + i + n) % 5 !== 0;
          return [item.key, { applies, answer: applies && (c + i + n) % 2 === 0, justification: next(`Justification ${item.key}`) }];
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
