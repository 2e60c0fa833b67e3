import { describe, expect, test } from 'vitest';
import { formatProblem, validateScanBytes, validateScansDir } from '../../../src/lib/scan-format/validator.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BIDI,
  FORMULAS,
  HOSTILE_COMPANION_FILES,
  HOSTILE_DOI,
  HOSTILE_FIXTURES_DIR,
  HOSTILE_HTTP_URL,
  HOSTILE_IDS,
  PAYLOADS,
  hostileFiles,
  hostileReply,
  hostileScan,
  hostileScanText,
} from '../../helpers/hostile.ts';

// Fields whose format leaves no room for markup: dates, versions, identifiers, hashes, item names.
const FORMATTED = new Set(['method', 'audited_on', 'reviewed_on', 'read_on', 'date', 'arxiv_version', 'orcid', 'github', 'sha256', 'covers']);

/** Every string below `value` with its key, skipping formatted fields. */
function texts(value: unknown, key = ''): string[] {
  if (FORMATTED.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((element) => texts(element, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([name, child]) => texts(child, name));
  return [];
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

describe('hostile fixtures', () => {
  test.each(hostileFiles().map(({ file, text }) => [file, text]))('%s is committed exactly as generated', (file, text) => {
    expect(readFileSync(path.join(HOSTILE_FIXTURES_DIR, file), 'utf8')).toBe(text);
  });

  test('all pass the validator, so the build has to render them, the hostile audit and reply included', () => {
    const { scans, problems } = validateScansDir(HOSTILE_FIXTURES_DIR);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scans.map((scan) => scan.id).sort()).toEqual([...HOSTILE_IDS].sort());
    const first = scans.find((scan) => scan.id === HOSTILE_IDS[0])!;
    expect(first.audits.map((audit) => audit.file)).toEqual([path.relative(process.cwd(), path.join(HOSTILE_FIXTURES_DIR, HOSTILE_COMPANION_FILES.audit))]);
    expect(first.replies.map((reply) => reply.reply)).toEqual([hostileReply()]);
  });

  test('the reply carries payloads in every text: name, affiliation, statements and notes', () => {
    const reply = hostileReply();
    const texts = [
      reply.by.name,
      reply.by.affiliation!,
      ...reply.statements.flatMap((statement) => [statement.text, 'note' in statement.outcome ? statement.outcome.note : undefined]),
    ];
    for (const text of texts.filter((text) => text !== undefined)) expect(PAYLOADS.some((payload) => text.includes(payload))).toBe(true);
  });

  test('together they use every payload in a text field', () => {
    const allText = HOSTILE_IDS.map((_id, n) => hostileScanText(n)).join('\n');
    for (const payload of PAYLOADS) expect(allText).toContain(JSON.stringify(payload).slice(1, -1));
  });
});

describe('provenance and evidence of the hostile fixtures', () => {
  const scans = HOSTILE_IDS.map((_id, n) => hostileScan(n));
  const newTexts = scans.flatMap((scan) => [
    ...texts(scan.provenance),
    ...Object.values(scan.checklist).flatMap((answers) => Object.values(answers).flatMap((answer) => texts(answer.evidence))),
  ]);

  test('every text field holds a spreadsheet formula first, a payload and bidi controls; every URL breaks out of attributes', () => {
    expect(newTexts.length).toBeGreaterThan(30);
    for (const text of newTexts) {
      if (text === HOSTILE_HTTP_URL || text === HOSTILE_DOI) continue;
      expect(
        FORMULAS.some((formula) => text.startsWith(formula)),
        text,
      ).toBe(true);
      expect(
        PAYLOADS.some((payload) => text.includes(payload)),
        text,
      ).toBe(true);
      expect(text, text).toContain(BIDI);
    }
  });

  test('together they use every formula and every audit method, with and without reviews', () => {
    for (const formula of FORMULAS) expect(newTexts.some((text) => text.startsWith(formula))).toBe(true);
    expect(scans.map((scan) => scan.provenance?.method).sort()).toEqual(['automated', 'automated_then_reviewed', 'human']);
    expect(newTexts).toContain(HOSTILE_HTTP_URL);
    expect(newTexts).toContain(HOSTILE_DOI);
  });
});

describe('the validator keeps non-web URLs out of links', () => {
  const scriptUrls = [
    'javascript:window.__pwned=1',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//example.org/x',
    ' https://example.org/lead-space',
  ];

  test.each(scriptUrls)('paper.url %j is rejected at /paper/url', (url) => {
    const scan = hostileScan(2);
    scan.paper.url = url;
    const { scan: accepted, problems } = validateScanBytes(encode(scan), 'x/scan.json', HOSTILE_IDS[2]);
    expect(accepted).toBeUndefined();
    expect(problems.map((problem) => problem.pointer)).toContain('/paper/url');
    expect(problems.find((problem) => problem.pointer === '/paper/url')?.message).toMatch(/http\(s\) URL/);
  });

  test.each(scriptUrls)('provenance tool and paper-version URLs %j are rejected where they are', (url) => {
    const scan = hostileScan(2);
    scan.provenance!.tool!.url = url;
    scan.provenance!.paper_version!.url = url;
    const { problems } = validateScanBytes(encode(scan), 'x/scan.json', HOSTILE_IDS[2]);
    expect(problems.map((problem) => problem.pointer)).toEqual(['/provenance/paper_version/url', '/provenance/tool/url']);
  });

  test.each(scriptUrls)('cited_papers[0].url %j is rejected at /cited_papers/0/url', (url) => {
    const scan = hostileScan(0);
    scan.cited_papers[0]!.url = url;
    const { problems } = validateScanBytes(encode(scan), 'x/scan.json', HOSTILE_IDS[0]);
    expect(problems.map((problem) => problem.pointer)).toContain('/cited_papers/0/url');
  });
});
