/**
 * Independent audits (`audits/<name>.json`) and replies (`replies/<date>-<name>.json`) beside a
 * scan, validated by `validateScansDir` with the same located lines as scans.
 *
 * `test/fixtures/bad-companions/<rule>/` is a valid slug scan (one DOI each) with one bad audit
 * or reply; `test/fixtures/site/` holds valid ones (a paper with three audits, an author's reply
 * with an open and a corrected statement, a reply about a red flag and a claim).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gitBlobId } from '../../../src/lib/scan-format/blob-id.ts';
import { fileNameProblem, nameSlug, replyFileName } from '../../../src/lib/scan-format/companions.ts';
import { formatProblem, validateScansDir, type Problem } from '../../../src/lib/scan-format/validator.ts';

const BAD = 'test/fixtures/bad-companions';
const SITE = 'test/fixtures/site';
const REPLY = 'replies/2026-01-15-ada-fairweather.json';
const AUDIT = 'audits/jane-roe.json';
const SAME_PAPER = 'an independent audit must be of the same paper';

/** File below the rule's folder, line, column, pointer, message, and the text that must start there (null: not checked). */
type Expected = [file: string, line: number, column: number, pointer: string, message: string, at: string | null];

const CASES: [string, Expected[]][] = [
  [
    'audit-bad-name',
    [
      [
        'audits/Second_Opinion.json',
        1,
        1,
        '/',
        'audit file name must be <name>.json with a lowercase slug name (letters, digits, hyphens), e.g. jane-doe.json',
        '{',
      ],
    ],
  ],
  ['audit-invalid', [[AUDIT, 11, 53, '/checklist/artifacts/code_released/answer', 'expected boolean, got "yes"', '"yes"']]],
  [
    'audit-no-shared-identifier',
    [
      [
        AUDIT,
        2,
        12,
        '/paper',
        `shares no identifier with ${BAD}/audit-no-shared-identifier/scan.json (DOI 10.5555/synthetic.audit-no-shared-identifier): ${SAME_PAPER}`,
        '{',
      ],
    ],
  ],
  [
    'audit-not-json',
    [['audits/notes.txt', 1, 1, '/', 'audit file name must be <name>.json with a lowercase slug name (letters, digits, hyphens), e.g. jane-doe.json', null]],
  ],
  [
    'audit-other-paper',
    [
      [
        AUDIT,
        7,
        12,
        '/paper/doi',
        `names DOI 10.5555/synthetic.another-paper but ${BAD}/audit-other-paper/scan.json is of DOI 10.5555/synthetic.audit-other-paper: ${SAME_PAPER}`,
        '"10.5555/synthetic.another-paper"',
      ],
    ],
  ],
  ['companions-subfolder', [['audits/old', 1, 1, '/', 'unexpected folder in audits/: put each file directly in audits/', null]]],
  [
    'companions-without-scan',
    [
      [AUDIT, 1, 1, '/', "no scan.json beside audits/: it belongs in the folder of the paper's published scan", '{'],
      [REPLY, 1, 1, '/', "no scan.json beside replies/: it belongs in the folder of the paper's published scan", '{'],
    ],
  ],
  [
    'reply-bad-name',
    [
      [
        'replies/ada.json',
        1,
        1,
        '/',
        "reply file name must be <YYYY-MM-DD>-<name>.json with the reply's date and a lowercase slug, e.g. 2026-01-15-jane-doe.json",
        '{',
      ],
    ],
  ],
  [
    'reply-bad-orcid',
    [
      [
        REPLY,
        4,
        14,
        '/by/orcid',
        'ORCID iD "0000-0002-1825-0098" fails its checksum (ISO 7064 MOD 11-2): its digits give check character "7", not "8"; a digit is probably mistyped',
        '"0000-0002-1825-0098"',
      ],
    ],
  ],
  ['reply-claim-missing', [[REPLY, 10, 16, '/statements/0/claim', 'claim 2 is not in the audit, which has 2 claims (positions 0–1)', '2,']]],
  [
    'reply-corrected-without-reference',
    [[REPLY, 11, 18, '/statements/0/outcome', 'a corrected statement names the correction: give "commit", "date" or both', '{']],
  ],
  [
    'reply-date-mismatch',
    [['replies/2026-01-14-ada-fairweather.json', 6, 11, '/date', 'date 2026-01-15 differs from the file name, which starts 2026-01-14', '"2026-01-15"']],
  ],
  ['reply-future-date', [['replies/2099-01-01-ada-fairweather.json', 6, 11, '/date', 'date 2099-01-01 is in the future', '"2099-01-01"']]],
  ['reply-javascript-url', [[REPLY, 17, 10, '/url', 'expected an http(s) URL, got "javascript:alert(1)"', '"javascript:alert(1)"']]],
  ['reply-no-statements', [[REPLY, 7, 17, '/statements', 'a reply makes at least one statement', '[]']]],
  ['reply-not-a-date', [['replies/2026-02-30-ada-fairweather.json', 6, 11, '/date', 'date "2026-02-30" is not a calendar date', '"2026-02-30"']]],
  ['reply-not-json', [[REPLY, 5, 3, '/', 'not valid JSON: Unexpected token RBrace found.', '}']]],
  ['reply-red-flag-missing', [[REPLY, 10, 19, '/statements/0/red_flag', 'red flag 1 is not in the audit, which has 1 red flag (position 0)', '1,']]],
  ['reply-stands-without-note', [[REPLY, 11, 18, '/statements/0/outcome/note', 'missing required field "note"', '{']]],
  [
    'reply-typo-key',
    [
      [REPLY, 1, 1, '/statements', 'missing required field "statements"', '{'],
      [REPLY, 7, 3, '/statments', 'unknown key "statments": did you mean "statements"?', '"statments"'],
    ],
  ],
  ['reply-unknown-about', [[REPLY, 9, 16, '/statements/0/about', 'expected one of audit | item | red_flag | claim, got "figure"', '"figure"']]],
  [
    'reply-unknown-item',
    [
      [
        REPLY,
        10,
        15,
        '/statements/0/item',
        'unknown checklist item "artifacts/code_release": did you mean "artifacts/code_released"?',
        '"artifacts/code_release"',
      ],
    ],
  ],
  ['reply-unknown-outcome', [[REPLY, 12, 19, '/statements/0/outcome/status', 'expected one of open | audit_stands | corrected, got "resolved"', '"resolved"']]],
  ['reply-unknown-relation', [[REPLY, 4, 17, '/by/relation', 'expected one of author | other, got "co-author"', '"co-author"']]],
];

const toProblems = (rule: string, expected: Expected[]): Problem[] =>
  expected.map(([file, line, column, pointer, message]) => ({ file: `${BAD}/${rule}/${file}`, line, column, pointer, message }));

describe('each bad audit or reply is rejected with its own located message', () => {
  test('every bad-companions folder has a case here', () => {
    expect(readdirSync(BAD).sort()).toEqual(CASES.map(([rule]) => rule).sort());
  });

  test.each(CASES)('%s', (rule, expected) => {
    const { scans, problems } = validateScansDir(`${BAD}/${rule}`);
    expect(problems).toEqual(toProblems(rule, expected));
    // The published scan itself is fine: only the file beside it is at fault.
    expect(scans.length).toBe(rule === 'companions-without-scan' ? 0 : 1);
    for (const [file, line, column, , , at] of expected) {
      if (at === null) continue;
      const text = readFileSync(`${BAD}/${rule}/${file}`, 'utf8').split('\n');
      expect([text[line - 1]!.slice(column - 1), ...text.slice(line)].join('\n').startsWith(at), `${rule} ${line}:${column}`).toBe(true);
    }
  });

  test('one run over the whole folder reports them all, grouped by file, after the scans', () => {
    const { problems } = validateScansDir(BAD);
    expect(problems).toEqual(CASES.flatMap(([rule, expected]) => toProblems(rule, expected)));
  });

  test('npm run validate prints the same lines and exits 1', () => {
    const result = spawnSync(process.execPath, ['scripts/validate.ts', BAD], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(result.status).toBe(1);
    const { problems } = validateScansDir(BAD);
    expect(result.stderr.split('\n').slice(0, problems.length)).toEqual(problems.map(formatProblem));
  }, 20_000);
});

describe('valid audits and replies in the fixture site', () => {
  const { scans, problems } = validateScansDir(SITE);
  const byId = (id: string) => scans.find((scan) => scan.id === id)!;

  test('validate, and are attached to their scans: audits by name, replies oldest first', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scans.filter((scan) => scan.audits.length).map((scan) => [scan.id, scan.audits.map((audit) => audit.name)])).toEqual([
      ['9901.00001', ['fictional-model-b', 'ivo-jankowski']],
      ['9901.00002', ['fictional-model-b']],
      ['9901.00003', ['fictional-model-b']],
      ['9901.00004', ['fictional-model-b']],
      ['9901.00005', ['fictional-model-b']],
    ]);
    expect(scans.filter((scan) => scan.replies.length).map((scan) => [scan.id, scan.replies.map((reply) => reply.name)])).toEqual([
      ['9901.00002', ['2026-01-15-yara-yilmaz']],
      ['9901.00003', ['2026-02-03-ivo-jankowski']],
    ]);
  });

  test("each keeps its file path and git's blob id of its bytes", () => {
    for (const item of [...byId('9901.00001').audits, ...byId('9901.00002').replies]) {
      expect(item.blobId).toBe(gitBlobId(readFileSync(item.file)));
    }
  });

  test("the author's reply has one open and one corrected statement", () => {
    const { reply } = byId('9901.00002').replies[0]!;
    expect(reply.by).toMatchObject({ name: 'Yara Yilmaz', orcid: '0000-0002-1825-0097', relation: 'author' });
    expect(reply.statements.map((statement) => statement.outcome.status)).toEqual(['open', 'corrected']);
  });
});

describe('replies and audits in a scratch folder', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-companions-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const paper = path.join(temp, 'reply-claim-missing');
  cpSync(`${BAD}/reply-claim-missing`, paper, { recursive: true });
  const replyFile = path.join(paper, REPLY);
  const original = readFileSync(replyFile, 'utf8');

  test('a corrected statement may name a claim the audit no longer has (the correction removed it)', () => {
    writeFileSync(replyFile, original.replace(/"outcome": \{[^}]*\}/, '"outcome": { "status": "corrected", "date": "2026-01-20" }'));
    const { scans, problems } = validateScansDir(temp);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scans[0]!.replies[0]!.reply.statements[0]).toMatchObject({ about: 'claim', claim: 2 });
  });

  test('a reply whose scan has its own problems is still checked on its own, and not attached', () => {
    writeFileSync(replyFile, original.replace('"claim": 2', '"claim": "two"'));
    const scanFile = path.join(paper, 'scan.json');
    writeFileSync(scanFile, readFileSync(scanFile, 'utf8').replace('"venue": "ICML"', '"venue": ""'));
    const { scans, problems } = validateScansDir(temp);
    expect(scans).toEqual([]);
    expect(problems.map((problem) => `${path.basename(problem.file)} ${problem.pointer}`)).toEqual([
      'scan.json /paper/venue',
      `${path.basename(REPLY)} /statements/0/claim`,
    ]);
  });

  test('a hidden file in replies/ is ignored, as hidden files among scans are', () => {
    cpSync(`${BAD}/reply-claim-missing/scan.json`, path.join(paper, 'scan.json'));
    writeFileSync(replyFile, original.replace('"claim": 2', '"claim": 0'));
    writeFileSync(path.join(paper, 'replies', '.DS_Store'), 'not json');
    expect(validateScansDir(temp).problems).toEqual([]);
  });
});

describe('file names', () => {
  test.each([
    ['audits', 'jane-doe.json', undefined],
    ['audits', 'model-2.json', undefined],
    ['audits', 'Jane.json', 'audit file name'],
    ['audits', 'jane_doe.json', 'audit file name'],
    ['audits', 'jane-doe.JSON', 'audit file name'],
    ['replies', '2026-01-15-jane-doe.json', undefined],
    ['replies', '2026-01-15.json', 'reply file name'],
    ['replies', 'jane-doe-2026-01-15.json', 'reply file name'],
    ['replies', '26-01-15-jane.json', 'reply file name'],
  ] as const)('%s/%s', (kind, name, problem) => {
    const found = fileNameProblem(kind, name);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(new RegExp(`^${problem}`));
  });

  test.each([
    ['Ada Abernathy', 'ada-abernathy'],
    ['Zoë Ångström', 'zoe-angstrom'],
    ['  Eun-ji   Pemberton ', 'eun-ji-pemberton'],
    ['<script>x</script>', 'script-x-script'],
    ['山田 太郎', ''],
  ])('nameSlug(%j) is %j', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
  });

  test('replyFileName joins the date and the slug, with a stand-in when the name has no letters it can keep', () => {
    expect(replyFileName('2026-01-15', 'Ada Abernathy')).toBe('2026-01-15-ada-abernathy.json');
    expect(replyFileName('2026-01-15', '山田 太郎')).toBe('2026-01-15-reply.json');
    expect(fileNameProblem('replies', replyFileName('2026-01-15', 'Zoë Ångström'))).toBeUndefined();
  });
});
