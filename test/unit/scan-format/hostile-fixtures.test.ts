import { describe, expect, test } from 'vitest';
import { formatProblem, validateScanBytes, validateScansDir } from '../../../src/lib/scan-format/validator.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  HOSTILE_COMPANION_FILES,
  HOSTILE_FIXTURES_DIR,
  HOSTILE_IDS,
  PAYLOADS,
  hostileFiles,
  hostileReply,
  hostileScan,
  hostileScanText,
} from '../../helpers/hostile.ts';

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

  test.each(scriptUrls)('cited_papers[0].url %j is rejected at /cited_papers/0/url', (url) => {
    const scan = hostileScan(0);
    scan.cited_papers[0]!.url = url;
    const { problems } = validateScanBytes(encode(scan), 'x/scan.json', HOSTILE_IDS[0]);
    expect(problems.map((problem) => problem.pointer)).toContain('/cited_papers/0/url');
  });
});
