/**
 * The validator against real fixture files (all fictional, ids 9912.x):
 * - `test/fixtures/bad/<rule>/scan.json` breaks one rule each (`many-problems` several). The
 *   folder is the scan's id, so `npm run validate -- test/fixtures/bad/<rule>` and a run over
 *   the whole `bad/` folder report the same lines. To add a rule: copy a fixture, break it, and
 *   add its expected lines to BAD_CASES (the first test fails until you do).
 * - `test/fixtures/good/` is one valid scans folder of tricky input.
 * - `test/fixtures/dupes/` holds scans of the same paper under different folders.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gitBlobId } from '../../../src/lib/scan-format/blob-id.ts';
import { latestToday } from '../../../src/lib/scan-format/dates.ts';
import { listedScan } from '../../../src/lib/scan-format/listed-scan.ts';
import { RUBRIC_VERSIONS } from '../../../src/lib/scan-format/rubric.ts';
import { latestAcceptedYear } from '../../../src/lib/scan-format/schema.ts';
import {
  MAX_SCAN_FILE_BYTES,
  formatProblem,
  printable,
  unknownKeyMessage,
  validateScanBytes,
  validateScansDir,
  type Problem,
} from '../../../src/lib/scan-format/validator.ts';

const BAD = 'test/fixtures/bad';
const GOOD = 'test/fixtures/good';
const DUPES = 'test/fixtures/dupes';
const NODE = process.execPath;
const SUPPORT_ENUM = 'expected one of strong | moderate | weak | unsupported';

/** line, column, JSON pointer, message, and the source text that must start at that position. */
type Expected = [line: number, column: number, pointer: string, message: string, at: string | null];

// Every rule of the scan format, one fixture folder each. `at` pins what the position points
// to, so a regression that shifts a line or column (or points at the key instead of the value) fails.
const BAD_CASES: [string, Expected[]][] = [
  ['not-json', [[5, 18, '/', 'not valid JSON: Unexpected token Comma found.', ',']]],
  ['empty-file', [[1, 1, '/', 'file is empty (expected a JSON object)', '']]],
  ['invalid-utf8', [[3, 46, '/', 'file is not valid UTF-8 (save it as UTF-8)', null]]],
  ['duplicate-key', [[7, 5, '/paper/year', 'duplicate key "year" (first defined on line 5); keep one', '"year": 2022']]],
  ['top-level-array', [[1, 1, '/', 'top level must be a JSON object, got an array', '[']]],
  ['missing-field', [[2, 12, '/paper/venue', 'missing required field "venue"', '{\n    "title"']]],
  ['missing-top-level-field', [[1, 1, '/key_findings', 'missing required field "key_findings"', '{\n  "paper"']]],
  [
    'missing-item-field',
    [
      [
        59,
        28,
        '/checklist/conflicts_of_interest/funding_disclosed/justification',
        'missing required field "justification"',
        '{ "applies": true, "answer": false }',
      ],
    ],
  ],
  ['mistyped-answer', [[11, 53, '/checklist/artifacts/code_released/answer', 'expected boolean, got "yes"', '"yes"']]],
  ['blank-title', [[3, 14, '/paper/title', 'title must not be blank', '"   "']]],
  ['authors-empty', [[4, 16, '/paper/authors', 'authors must list at least one author', '[]']]],
  ['year-not-integer', [[5, 13, '/paper/year', 'year must be a whole number', '2021.5']]],
  ['year-string', [[5, 13, '/paper/year', 'expected number, got "2021"', '"2021"']]],
  ['year-too-early', [[5, 13, '/paper/year', 'year must be 1900 or later, got 1899', '1899']]],
  ['year-too-late', [[5, 13, '/paper/year', `year must be ${latestAcceptedYear()} or earlier, got 3000`, '3000']]],
  [
    'arxiv-id-malformed',
    [[7, 17, '/paper/arxiv_id', 'malformed arXiv id "arXiv:9912.1": expected e.g. "2405.05949", "2405.05949v2" or "hep-th/9901001"', '"arXiv:9912.1"']],
  ],
  [
    'folder-mismatch',
    [[7, 17, '/paper/arxiv_id', 'folder "folder-mismatch" does not match arxiv_id: move the file to scans/9912.00001/scan.json', '"9912.00001"']],
  ],
  [
    'Slug_Not_Lowercase',
    [[2, 12, '/paper', 'folder "Slug_Not_Lowercase" must be a lowercase slug (letters, digits, hyphens) for a paper without arxiv_id', '{']],
  ],
  ['no-identifier', [[2, 12, '/paper', 'paper needs at least one identifier: arxiv_id, doi or url', '{']]],
  ['checklist-missing-category', [[9, 16, '/checklist/contamination', 'missing required field "contamination"', '{\n    "artifacts"']]],
  [
    'checklist-missing-item',
    [
      [
        16,
        32,
        '/checklist/statistical_methodology/significance_tests',
        'missing required field "significance_tests"',
        '{\n      "confidence_intervals_or_error_bars"',
      ],
    ],
  ],
  [
    'checklist-typo-item',
    [
      [10, 18, '/checklist/artifacts/code_released', 'missing required field "code_released"', '{\n      "code_release"'],
      [11, 7, '/checklist/artifacts/code_release', 'unknown key "code_release": did you mean "code_released"?', '"code_release"'],
    ],
  ],
  [
    'checklist-typo-category',
    [
      [9, 16, '/checklist/artifacts', 'missing required field "artifacts"', '{\n    "artefacts"'],
      [10, 5, '/checklist/artefacts', 'unknown key "artefacts": did you mean "artifacts"?', '"artefacts"'],
    ],
  ],
  ['checklist-extra-category', [[10, 5, '/checklist/vibes', 'unknown key "vibes" is not allowed here', '"vibes"']]],
  [
    'applies-false-answer-true',
    [
      [
        70,
        55,
        '/checklist/human_studies/pre_registered/answer',
        'contradiction: "applies" is false but "answer" is true (an item that does not apply cannot be satisfied)',
        'true',
      ],
    ],
  ],
  ['blank-justification', [[59, 81, '/checklist/conflicts_of_interest/funding_disclosed/justification', 'justification must not be blank', '""']]],
  ['claim-support-unknown', [[85, 126, '/claims/1/supported', `${SUPPORT_ENUM}, got "partial"`, '"partial"']]],
  [
    'claim-typo-key',
    [
      [84, 5, '/claims/0/supported', 'missing required field "supported"', '{ "claim"'],
      [84, 133, '/claims/0/suported', 'unknown key "suported": did you mean "supported"?', '"suported"'],
    ],
  ],
  ['claims-not-array', [[83, 13, '/claims', 'expected array, got an object', '{ "claim"']]],
  ['red-flags-strings', [[90, 5, '/red_flags/0', 'expected object, got "Single seed"', '"Single seed"']]],
  [
    'cited-papers-bad-entry',
    [
      [93, 5, '/cited_papers/0/relevance', 'missing required field "relevance"', '{ "title"'],
      [93, 86, '/cited_papers/0/year', 'expected number, got "2019"', '"2019"'],
    ],
  ],
  ['methodology-tags-string', [[87, 23, '/methodology_tags', 'expected array, got "benchmark-eval"', '"benchmark-eval"']]],
  ['methodology-tags-numbers', [[87, 42, '/methodology_tags/1', 'expected string, got 7', '7]']]],
  [
    'hostile-key',
    [[88, 3, '/<script>no\nte\u202egnp.exe', 'unknown key "<script>no\\nte\u202egnp.exe" is not allowed here', '"<script>no\\nte\u202egnp.exe"']],
  ],
  ['unknown-top-level-key', [[88, 3, '/notes', 'unknown key "notes" is not allowed here', '"notes"']]],
  [
    'top-level-typo-key',
    [
      [1, 1, '/red_flags', 'missing required field "red_flags"', '{'],
      [89, 3, '/red_flag', 'unknown key "red_flag": did you mean "red_flags"?', '"red_flag"'],
    ],
  ],
  [
    'many-problems',
    [
      [5, 13, '/paper/year', 'expected number, got "2021"', '"2021"'],
      [10, 18, '/checklist/artifacts/code_released', 'missing required field "code_released"', '{'],
      [11, 7, '/checklist/artifacts/code_release', 'unknown key "code_release": did you mean "code_released"?', '"code_release"'],
      [85, 126, '/claims/1/supported', `${SUPPORT_ENUM}, got "partial"`, '"partial"'],
    ],
  ], // Text that a reader cannot see, or that would break a line or a page.
  [
    'invisible-only-text',
    [
      [
        12,
        77,
        '/checklist/artifacts/data_released/justification',
        'justification must not be blank: it holds only invisible characters, such as U+200B',
        '"\\u200b\\u2060\\u202e\\u202c" }',
      ],
    ],
  ],
  [
    'control-character-in-line',
    [
      [
        3,
        14,
        '/paper/title',
        'title contains control character U+0009 (tab) at character 23: keep it on one line, without control characters',
        '"Synthetic paper 90001:\\tprobing invente',
      ],
    ],
  ],
  [
    'control-character-in-long-text',
    [
      [
        88,
        19,
        '/key_findings',
        'key_findings contains control character U+001B (escape) at character 37: only tab and line feed are allowed',
        '"This is a fictional paper\\n\\tmade for \\',
      ],
    ],
  ],
  [
    'unpaired-surrogate',
    [
      [
        90,
        40,
        '/red_flags/0/detail',
        'detail contains an unpaired UTF-16 surrogate U+D83D at character 24: such text cannot be stored or shown; remove the \\u escape or complete its pair',
        '"Every synthetic result \\ud83d comes fro',
      ],
    ],
  ],
  ['text-too-long', [[88, 19, '/key_findings', 'key_findings is 50,001 characters long; the limit is 50,000 characters', '"Synthetic. Synthetic.']]],
  // A link is refused as such, never followed: the message names neither its target nor what is there.
  ['symlinked-scan', [[1, 1, '/', 'scan.json is a symbolic link: a scan must be a regular file inside the scans folder (the link was not followed)', null]]],
  // Provenance, evidence and rubric versions.
  ['date-not-a-day', [[97, 19, '/provenance/audited_on', 'audited_on "2026-02-30" is not a date that exists', '"2026-02-30"']]],
  ['date-malformed', [[97, 19, '/provenance/audited_on', 'audited_on must be a date written YYYY-MM-DD, got "30/09/2026"', '"30/09/2026"']]],
  ['date-in-future', [[97, 19, '/provenance/audited_on', `audited_on 2999-01-01 is in the future (today is ${latestToday()} at the latest)`, '"2999-01-01"']]],
  ['method-unknown', [[96, 15, '/provenance/method', 'expected one of automated | human | automated_then_reviewed, got "llm"', '"llm"']]],
  [
    'orcid-checksum',
    [
      [
        114,
        20,
        '/provenance/reviews/0/reviewer/orcid',
        'ORCID iD "0000-0000-9990-0018" fails its checksum (ISO 7064 MOD 11-2): its digits give check character "7", not "8"; a digit is probably mistyped',
        '"0000-0000-9990-0018"',
      ],
    ],
  ],
  [
    'github-handle-malformed',
    [
      [
        114,
        21,
        '/provenance/reviews/0/reviewer/github',
        'malformed GitHub user name "@synthetic-reviewer": letters, digits and single hyphens, at most 39 characters, without "@"',
        '"@synthetic-reviewer"',
      ],
    ],
  ],
  ['quote-blank', [[11, 160, '/checklist/artifacts/code_released/evidence/0/quote', 'quote must not be blank', '"   ", "location": { "page": 3 } }] }']]],
  [
    'location-empty',
    [[11, 207, '/checklist/artifacts/code_released/evidence/0/location', 'location needs at least one of section, page, table, figure or appendix', '{} }] }']],
  ],
  ['confidence-out-of-range', [[11, 150, '/checklist/artifacts/code_released/confidence', 'confidence must be between 0 and 1, got 1.5', '1.5 }']]],
  [
    'confidence-in-human-audit',
    [[11, 150, '/checklist/artifacts/code_released/confidence', 'confidence is for answers made by a program, but provenance.method is "human"', '0.9 }']],
  ],
  [
    'reviewed-method-without-review',
    [
      [
        96,
        15,
        '/provenance/method',
        'method "automated_then_reviewed" needs at least one entry in "reviews"; without one, the method is "automated"',
        '"automated_then_reviewed"',
      ],
    ],
  ],
  [
    'automated-without-tool',
    [[96, 15, '/provenance/method', 'an audit made by method "automated" names the program that made it: add "tool" or "model"', '"automated"']],
  ],
  [
    'review-before-audit',
    [[117, 24, '/provenance/reviews/0/reviewed_on', 'reviewed_on 2026-09-30 is before audited_on 2026-10-01: a review follows the audit', '"2026-09-30"']],
  ],
  [
    'review-unknown-item',
    [
      [
        120,
        11,
        '/provenance/reviews/0/covers/1',
        'unknown checklist item "artifacts/code_relesed": did you mean "artifacts/code_released"?',
        '"artifacts/code_relesed"',
      ],
    ],
  ],
  ['rubric-version-unknown', [[2, 21, '/rubric_version', 'unknown rubric version 7: this site knows version 1', '7']]],
  [
    'instructions-other-version',
    [[122, 25, '/provenance/instructions/rubric_version', 'instructions are for rubric version 2, but this scan answers version 1', '2']],
  ],
  ['tool-url-javascript', [[104, 14, '/provenance/tool/url', 'expected an http(s) URL, got "javascript:alert(1)"', '"javascript:alert(1)"']]],
  [
    'arxiv-version-without-arxiv-id',
    [
      [
        99,
        24,
        '/provenance/paper_version/arxiv_version',
        'the paper has no arxiv_id, so no arXiv version can have been read: give "doi" or "url" with "read_on"',
        '"v2"',
      ],
    ],
  ],
  [
    'paper-version-url-without-date',
    [[98, 22, '/provenance/paper_version/read_on', 'a DOI or URL can change what it serves: add "read_on", the day the paper was read there', '{']],
  ],
];

const fileOf = (name: string) => `${BAD}/${name}/scan.json`;
const toProblems = (name: string, expected: Expected[]): Problem[] =>
  expected.map(([line, column, pointer, message]) => ({ file: fileOf(name), line, column, pointer, message }));

/** The source text starting at a 1-based line and column. */
function fileTextAt(file: string, line: number, column: number): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  return [lines[line - 1]!.slice(column - 1), ...lines.slice(line)].join('\n');
}

function runValidate(...args: string[]) {
  return spawnSync(NODE, ['scripts/validate.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
}

describe('each bad fixture is rejected with its own located message', () => {
  test('every bad fixture folder has a case here', () => {
    expect(readdirSync(BAD).sort()).toEqual(BAD_CASES.map(([name]) => name).sort());
  });

  test.each(BAD_CASES)('%s', (name, expected) => {
    const { scans, problems } = validateScansDir(`${BAD}/${name}`);
    expect(scans).toEqual([]);
    expect(problems).toEqual(toProblems(name, expected));
    for (const [line, column, , , at] of expected) {
      if (at !== null)
        expect(
          fileTextAt(fileOf(name), line, column).startsWith(at),
          `${name} ${line}:${column} points at ${JSON.stringify(fileTextAt(fileOf(name), line, column).slice(0, 40))}`,
        ).toBe(true);
    }
  });

  test('one run over the whole folder reports every problem in every file, grouped by file', () => {
    const { scans, problems } = validateScansDir(BAD);
    expect(scans).toEqual([]);
    const byCodeUnits = [...BAD_CASES].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(problems).toEqual(byCodeUnits.flatMap(([name, expected]) => toProblems(name, expected)));
  });
});

describe('good fixtures: tricky but valid input', () => {
  const { scans, problems } = validateScansDir(GOOD);

  test('all validate with no problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scans.map((scan) => scan.id)).toEqual(['9912.00001', '9912.00002', '9912.00006', 'synth-th/9912003', 'unicode-doi-only', 'url-only']);
  });

  const byId = (id: string) => scans.find((scan) => scan.id === id)!.scan;

  test('a versioned arXiv id in its unversioned folder, with a $schema key', () => {
    expect(byId('9912.00002')).toMatchObject({ $schema: '../../schema/scan.schema.json', paper: { arxiv_id: '9912.00002v2' } });
  });

  test('an old-style id nests one folder deeper', () => {
    expect(byId('synth-th/9912003').paper.arxiv_id).toBe('synth-th/9912003');
  });

  test('non-ASCII names and hostile-looking title text survive unchanged; a DOI-only paper in a slug folder', () => {
    const paper = byId('unicode-doi-only').paper;
    expect(paper.title).toContain('<script>alert("x")</script> & <b>tags</b> 🚀 \u202Eevil\u202C {{ template }}');
    expect(paper.authors).toContain('Zoë Ångström-Øberg');
    expect(paper).toMatchObject({ doi: '10.5555/Synthetic.90004', year: 1900 });
    expect(paper.arxiv_id).toBeUndefined();
  });

  test('very long texts, empty lists and a category where nothing applies', () => {
    const scan = byId('9912.00006');
    expect(scan.key_findings.length).toBeGreaterThan(40_000);
    expect(scan.paper.authors).toHaveLength(300);
    expect([scan.claims, scan.red_flags, scan.cited_papers, scan.methodology_tags]).toEqual([[], [], [], []]);
    expect(Object.values(scan.checklist.human_studies!).every((item) => !item.applies)).toBe(true);
  });

  test("each scan carries git's blob id of the bytes it was validated from", () => {
    for (const scan of scans) expect(scan.blobId).toBe(gitBlobId(readFileSync(scan.file)));
  });

  test('the real seed scan validates', () => {
    expect(validateScansDir('scans')).toMatchObject({ problems: [], scans: [{ id: '2405.05949' }] });
  });
});

describe('two scans of the same paper', () => {
  test('same arXiv id (v2 against no version, or as an arXiv DOI) or same DOI in another case: each file names the others', () => {
    const { scans, problems } = validateScansDir(DUPES);
    expect(scans).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${DUPES}/9912.00001/scan.json:7:17 /paper/arxiv_id same paper as ${DUPES}/9912.00031/scan.json, ${DUPES}/arxiv-doi/scan.json (arXiv id 9912.00001): keep one scan per paper`,
      `${DUPES}/9912.00031/scan.json:7:17 /paper/arxiv_id folder "9912.00031" does not match arxiv_id: move the file to scans/9912.00001/scan.json`,
      `${DUPES}/9912.00031/scan.json:7:17 /paper/arxiv_id same paper as ${DUPES}/9912.00001/scan.json, ${DUPES}/arxiv-doi/scan.json (arXiv id 9912.00001): keep one scan per paper`,
      `${DUPES}/arxiv-doi/scan.json:7:12 /paper/doi same paper as ${DUPES}/9912.00001/scan.json, ${DUPES}/9912.00031/scan.json (arXiv id 9912.00001, from its DOI): keep one scan per paper`,
      `${DUPES}/doi-first/scan.json:7:12 /paper/doi same paper as ${DUPES}/doi-second/scan.json (DOI 10.5555/Synthetic.Dupe): keep one scan per paper`,
      `${DUPES}/doi-second/scan.json:7:12 /paper/doi same paper as ${DUPES}/doi-first/scan.json (DOI 10.5555/SYNTHETIC.dupe): keep one scan per paper`,
    ]);
  });
});

describe('odd files and folders', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-validate-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const good = readFileSync(`${GOOD}/9912.00001/scan.json`, 'utf8');

  test('CRLF line endings and a byte-order mark are accepted, and positions still count lines', () => {
    const crlf = good.replaceAll('\n', '\r\n');
    expect(validateScanBytes(Buffer.from(crlf), 'x', '9912.00001').problems).toEqual([]);
    expect(validateScanBytes(Buffer.from('\uFEFF' + good), 'x', '9912.00001').problems).toEqual([]);
    const broken = crlf.replace('"answer": true', '"answer": "yes"');
    expect(validateScanBytes(Buffer.from('\uFEFF' + broken), 'x', '9912.00001').problems).toEqual([
      { file: 'x', line: 11, column: 53, pointer: '/checklist/artifacts/code_released/answer', message: 'expected boolean, got "yes"' },
    ]);
  });

  test('a scan.json directly in the folder given takes that folder as its id', () => {
    const dir = path.join(temp, '9912.00001');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'scan.json'), good);
    expect(validateScansDir(dir)).toMatchObject({ problems: [], scans: [{ id: '9912.00001' }] });
  });

  const LINKED_SCAN = 'scan.json is a symbolic link: a scan must be a regular file inside the scans folder (the link was not followed)';

  test('a broken link named scan.json is refused as a link, not a crash', () => {
    const dir = path.join(temp, 'broken', '9912.00001');
    mkdirSync(dir, { recursive: true });
    symlinkSync(path.join(temp, 'nowhere.json'), path.join(dir, 'scan.json'));
    const { problems } = validateScansDir(path.join(temp, 'broken'));
    expect(problems).toEqual([{ file: path.join(dir, 'scan.json'), line: 1, column: 1, pointer: '/', message: LINKED_SCAN }]);
  });

  describe('links out of the scans folder are refused without being read, and nothing from outside is printed', () => {
    // A valid scan outside the folder, with a marker in it: were the link followed, the scan
    // would be accepted (or its text quoted in an error).
    const outside = path.join(temp, 'outside-secret-folder');
    const marker = 'SYNTHETIC-SECRET-7f3a';
    mkdirSync(path.join(outside, '9912.00001'), { recursive: true });
    writeFileSync(path.join(outside, '9912.00001', 'scan.json'), good.replace('"year": 2021', `"year": "${marker}"`));
    const scans = path.join(temp, 'linked');
    mkdirSync(path.join(scans, '9912.00001'), { recursive: true });
    symlinkSync(path.join(outside, '9912.00001', 'scan.json'), path.join(scans, '9912.00001', 'scan.json'));
    symlinkSync(path.join(outside, '9912.00001'), path.join(scans, '9912.00002'));

    test('a linked scan.json and a linked folder: one problem each, naming the link only', () => {
      const { scans: valid, problems } = validateScansDir(scans);
      expect(valid).toEqual([]);
      expect(problems).toEqual([
        { file: path.join(scans, '9912.00001', 'scan.json'), line: 1, column: 1, pointer: '/', message: LINKED_SCAN },
        {
          file: path.join(scans, '9912.00002'),
          line: 1,
          column: 1,
          pointer: '/',
          message: 'symbolic link in the scans folder: scans and their folders must be inside it, not linked (the link was not followed)',
        },
      ]);
    });

    test('npm run validate prints neither the target nor what it holds', () => {
      const result = runValidate(scans);
      expect(result.status).toBe(1);
      const output = result.stdout + result.stderr;
      expect(output).toContain(LINKED_SCAN);
      expect(output).not.toContain(marker);
      expect(output).not.toContain('outside-secret-folder');
    });
  });

  test.skipIf(process.platform === 'win32')('a scan.json that is a pipe or a folder is refused without reading (a pipe would hang)', () => {
    const dir = path.join(temp, 'special');
    mkdirSync(path.join(dir, '9912.00001'), { recursive: true });
    execFileSync('mkfifo', [path.join(dir, '9912.00001', 'scan.json')]);
    mkdirSync(path.join(dir, '9912.00002', 'scan.json'), { recursive: true });
    const message = 'scan.json is not a regular file (but a folder, pipe, socket or device): a scan must be a regular file';
    expect(validateScansDir(dir).problems).toEqual(
      ['9912.00001', '9912.00002'].map((id) => ({ file: path.join(dir, id, 'scan.json'), line: 1, column: 1, pointer: '/', message })),
    );
  });

  describe('a scan file over 1 MB is refused, naming the limit', () => {
    // Padding after the JSON value is legal JSON, so the size is the only thing wrong.
    const padded = (size: number) => good + ' '.repeat(size - Buffer.byteLength(good));
    const tooLarge = 'file is 1,000,001 bytes, over the limit of 1 MB (1,000,000 bytes) for a scan';

    test.each([
      [MAX_SCAN_FILE_BYTES, []],
      [MAX_SCAN_FILE_BYTES + 1, [tooLarge]],
    ])('%i bytes on disk', (size, messages) => {
      const dir = path.join(temp, `size-${size}`, '9912.00001');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'scan.json'), padded(size));
      expect(validateScansDir(path.dirname(dir)).problems.map((problem) => problem.message)).toEqual(messages);
    });

    test('the same for bytes handed over directly', () => {
      expect(validateScanBytes(Buffer.from(padded(MAX_SCAN_FILE_BYTES + 1)), 'x', '9912.00001').problems).toEqual([
        { file: 'x', line: 1, column: 1, pointer: '/', message: tooLarge },
      ]);
    });
  });

  test('a scan.json given directly is checked in its own folder', () => {
    expect(validateScansDir(`${GOOD}/synth-th/9912003/scan.json`)).toMatchObject({ problems: [], scans: [{ id: 'synth-th/9912003' }] });
    expect(validateScansDir(`${GOOD}/synth-th/9912003`)).toMatchObject({ problems: [], scans: [{ id: 'synth-th/9912003' }] });
    expect(validateScansDir(`${GOOD}/9912.00001/scan.json`)).toMatchObject({ problems: [], scans: [{ id: '9912.00001' }] });
    expect(validateScansDir(`${BAD}/mistyped-answer/scan.json`).problems.map(formatProblem)).toEqual([
      `${BAD}/mistyped-answer/scan.json:11:53 /checklist/artifacts/code_released/answer expected boolean, got "yes"`,
    ]);
  });

  test('any other file is one problem', () => {
    expect(validateScansDir('package.json').problems).toEqual([
      { file: 'package.json', line: 1, column: 1, pointer: '/', message: 'expected a folder of scans or a scan.json file' },
    ]);
  });

  test('a missing scans folder is one problem', () => {
    expect(validateScansDir(path.join(temp, 'absent')).problems).toEqual([
      { file: path.join(temp, 'absent'), line: 1, column: 1, pointer: '/', message: 'scans folder does not exist' },
    ]);
  });

  test.each([
    ['a string', '"scan"', 'a string'],
    ['null', 'null', 'null'],
    ['a number after blank lines', '\n\n  42', 'a number'],
  ])('top level %s is rejected where it starts', (_, text, described) => {
    const { problems } = validateScanBytes(Buffer.from(text), 'x', 'x');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe(`top level must be a JSON object, got ${described}`);
    expect(textAt(text, problems[0]!)).toBe(text.trim());
  });

  test('the year bounds are inclusive: 1900 and next year are accepted', () => {
    for (const year of [1900, latestAcceptedYear()]) {
      expect(validateScanBytes(Buffer.from(good.replace('"year": 2021', `"year": ${year}`)), 'x', '9912.00001').problems).toEqual([]);
    }
    expect(validateScanBytes(Buffer.from(good.replace('"year": 2021', `"year": ${latestAcceptedYear() + 1}`)), 'x', '9912.00001').problems[0]!.pointer).toBe(
      '/paper/year',
    );
  });

  test.each([
    ['1e400', 'expected number, got a number too large to represent'],
    ['true', 'expected number, got true'],
    ['null', 'expected number, got null'],
    ['[2021]', 'expected number, got an array'],
    ['"' + 'x'.repeat(100) + '"', `expected number, got "${'x'.repeat(56)}…"`],
  ])('a year written %s is described as it was written', (written, message) => {
    const { problems } = validateScanBytes(Buffer.from(good.replace('"year": 2021', `"year": ${written}`)), 'x', '9912.00001');
    expect(problems).toEqual([{ file: 'x', line: 5, column: 13, pointer: '/paper/year', message }]);
  });

  test('a `javascript:` URL is never accepted as the paper URL', () => {
    const text = good.replace('"arxiv_id": "9912.00001"', '"url": "javascript:alert(1)"');
    expect(validateScanBytes(Buffer.from(text), 'x', 'x').problems.map((p) => `${p.pointer} ${p.message}`)).toEqual([
      '/paper/url expected an http(s) URL, got "javascript:alert(1)"',
    ]);
  });
});

/** Text at a problem's position in an in-memory source. */
function textAt(text: string, { line, column }: { line: number; column: number }): string {
  return text.split('\n')[line - 1]!.slice(column - 1);
}

describe('each problem prints as exactly one line', () => {
  test('a key with a line break and a right-to-left override shows both as escapes', () => {
    const [problem] = validateScansDir(`${BAD}/hostile-key`).problems;
    expect(formatProblem(problem!)).toBe(
      `${BAD}/hostile-key/scan.json:88:3 /<script>no\\u{a}te\\u{202e}gnp.exe unknown key "<script>no\\nte\\u{202e}gnp.exe" is not allowed here`,
    );
  });

  test.each([
    ['plain text, quotes and emoji 🚀 "x" <b>', 'plain text, quotes and emoji 🚀 "x" <b>'],
    ['a\r\nb\tc', 'a\\u{d}\\u{a}b\\u{9}c'],
    ['\u0000\u001b[31m', '\\u{0}\\u{1b}[31m'],
    ['\u2066isolate\u2069 \u200fmark \u2028sep', '\\u{2066}isolate\\u{2069} \\u{200f}mark \\u{2028}sep'],
  ])('printable(%j)', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('unknown keys suggest the closest allowed key only when it is a plausible typo', () => {
  test.each([
    ['code_release', ['code_released', 'data_released'], 'unknown key "code_release": did you mean "code_released"?'],
    ['artefacts', ['artifacts', 'contamination'], 'unknown key "artefacts": did you mean "artifacts"?'],
    ['notes', ['paper', 'claims', 'red_flags'], 'unknown key "notes" is not allowed here'],
    ['x', [], 'unknown key "x" is not allowed here'],
  ])('%s', (key, allowed, message) => {
    expect(unknownKeyMessage(key, allowed)).toBe(message);
  });
});

describe('npm run validate', () => {
  test('exits 1 on the bad fixtures, printing exactly the located lines and a summary, and no stack trace', () => {
    const result = runValidate(BAD);
    expect(result.status).toBe(1);
    const { problems } = validateScansDir(BAD);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, problems.length)).toEqual(problems.map(formatProblem));
    expect(lines.slice(problems.length)).toEqual([
      '',
      expect.stringMatching(new RegExp(`^${problems.length} problems in ${BAD_CASES.length} files; 0 valid scans \\(\\d+\\.\\d\\d s\\)$`)),
    ]);
    expect(result.stdout).toBe('');
  });

  test.each([[DUPES], [`${BAD}/invalid-utf8`], [`${BAD}/empty-file`], ['test/fixtures/absent']])('exits 1 on %s without a stack trace', (dir) => {
    const result = runValidate(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  });

  test.each([
    [GOOD, 6],
    ['scans', undefined],
  ])('exits 0 on %s', (dir, count) => {
    const result = runValidate(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    if (count) expect(result.stdout).toMatch(new RegExp(`^${count} scans valid in ${dir} `));
  });

  test('checks scans/ when given no folder (through npm, as contributors run it)', () => {
    const out = execFileSync('npm', ['run', '--silent', 'validate'], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(out).toMatch(/^\d+ scans? valid in scans /);
  });

  test('a copy of a bad fixture fails the same way wherever it lives', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-cli-'));
    try {
      cpSync(`${BAD}/mistyped-answer`, path.join(temp, '9912.00001'), { recursive: true });
      const result = runValidate(temp);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')[0]).toBe(
        `${path.join(temp, '9912.00001/scan.json')}:11:53 /checklist/artifacts/code_released/answer expected boolean, got "yes"`,
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('keep: what is kept of each valid scan', () => {
  // bad-companions has replies that point past a scan's claims and red flags, and audits of
  // another paper: the checks across files must see the same through what `keep` leaves.
  test.each([GOOD, BAD, DUPES, 'test/fixtures/site', 'test/fixtures/bad-companions'])('%s: the same problems, and each scan as keep made it', (dir) => {
    const whole = validateScansDir(dir);
    const listed = validateScansDir(dir, RUBRIC_VERSIONS, listedScan);
    expect(listed.problems).toEqual(whole.problems);
    expect(listed.scans).toEqual(whole.scans.map((valid) => ({ ...valid, scan: listedScan(valid.scan) })));
  });
});
