import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  changedScanIds,
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdownCell,
  githubAnnotation,
  githubAnnotations,
  scoreSummaryMarkdown,
  type ChangedScan,
} from '../../../scripts/lib/annotations.ts';
import { RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
import { scoreScan } from '../../../src/lib/scoring/scoring.ts';
import { synthesizeScan } from '../../../scripts/lib/synthetic-scans.ts';
import type { Problem } from '../../../src/lib/scan-format/validator.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('workflow command escaping', () => {
  test.each([
    ['plain', 'plain', 'plain'],
    ['50%', '50%25', '50%25'],
    ['a\nb\r\nc', 'a%0Ab%0D%0Ac', 'a%0Ab%0D%0Ac'],
    ['key: a, b', 'key: a, b', 'key%3A a%2C b'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeCommandData(input)).toBe(data);
    expect(escapeCommandProperty(input)).toBe(property);
  });
});

describe('githubAnnotation', () => {
  test('locates the problem and keeps the pointer in the message', () => {
    const line = githubAnnotation({
      file: 'scans/9901.00001/scan.json',
      line: 12,
      column: 7,
      pointer: '/checklist/artifacts/code_released/answer',
      message: 'expected boolean, got "yes"',
    });
    expect(line).toBe(
      '::error file=scans/9901.00001/scan.json,line=12,col=7,title=Invalid scan::/checklist/artifacts/code_released/answer expected boolean, got "yes"',
    );
  });

  test('a hostile value cannot start a second workflow command', () => {
    const line = githubAnnotation({
      file: 'scans/a,b:c/scan.json',
      line: 1,
      column: 1,
      pointer: '/paper',
      message: 'unknown key "x\n::add-mask::secret\r\n::set-output name=a::b"',
    });
    expect(line.split(/\r?\n/)).toHaveLength(1);
    expect(line).toContain('file=scans/a%2Cb%3Ac/scan.json,line=1');
    expect(line).toContain('%0A::add-mask::secret%0D%0A');
  });
});

describe("githubAnnotations stays within GitHub's 10 error annotations per step", () => {
  const problem = (file: string, line: number): Problem => ({ file, line, column: 3, pointer: `/p${line}`, message: `problem ${line}` });
  const many = (file: string, count: number) => Array.from({ length: count }, (_, index) => problem(file, index + 1));

  test('up to the limit: one annotation per problem', () => {
    const problems = [...many('scans/a/scan.json', 6), ...many('scans/b/scan.json', 4)];
    expect(githubAnnotations(problems)).toEqual(problems.map((each) => githubAnnotation(each)));
  });

  test('over the limit: one annotation per file, at its first problem, listing them all', () => {
    const annotations = githubAnnotations([...many('scans/a/scan.json', 40), ...many('scans/b/scan.json', 2)]);
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(/^::error file=scans\/a\/scan\.json,line=1,col=3,title=Invalid scan%3A 40 problems::line 1: \/p1 problem 1%0Aline 2: /);
    expect(annotations[0]).toContain('%0Aline 30: /p30 problem 30%0A… and 10 more: run npm run validate');
    expect(annotations[1]).toContain('file=scans/b/scan.json,line=1,col=3,title=Invalid scan%3A 2 problems::line 1: /p1 problem 1%0Aline 2: /p2 problem 2');
  });

  test('more files than the limit: the last annotation counts the rest', () => {
    const problems = Array.from({ length: 12 }, (_, index) => many(`scans/f${String(index).padStart(2, '0')}/scan.json`, 2)).flat();
    const annotations = githubAnnotations(problems);
    expect(annotations).toHaveLength(10);
    expect(annotations[8]).toContain('file=scans/f08/scan.json');
    expect(annotations[9]).toBe('::error title=More invalid scans::6 more problems in 3 more files: see the log or run npm run validate');
  });
});

describe('changedScanIds', () => {
  test.each<[string[], string, string[]]>([
    [['scans/2405.05949/scan.json', 'README.md', 'src/lib/rubric.ts'], 'scans', ['2405.05949']],
    [['scans/hep-th/9901001/scan.json', 'scans/b-slug/scan.json', 'scans/hep-th/9901001/scan.json'], 'scans', ['b-slug', 'hep-th/9901001']],
    [['scans/2405.05949/notes.md', 'test/fixtures/site/9901.00001/scan.json'], 'scans', []],
    [['test/fixtures/site/9901.00001/scan.json\n'], './test/fixtures/site/', ['9901.00001']],
    [['scans\\9901.00002\\scan.json'], 'scans', ['9901.00002']],
  ])('%j below %s → %j', (paths, dir, ids) => {
    expect(changedScanIds(paths, dir)).toEqual(ids);
  });
});

describe('escapeMarkdownCell', () => {
  test.each([
    ['A | B', 'A \\| B'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['line\nbreak', 'line break'],
    ['abc\u202Efed', 'abcU+202Efed'],
    ['{{ secrets.TOKEN }} & co', '\\{\\{ secrets.TOKEN \\}\\} &amp; co'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdownCell(input)).toBe(expected);
  });
});

describe('scoreSummaryMarkdown', () => {
  const scan = synthesizeScan(7, 1);
  const valid: ChangedScan = { id: '9901.00007', status: 'valid', title: 'Synthetic paper | <b>00007</b>', scores: scoreScan(scan) };
  const rows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|'));
  const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

  test('no changed scan says so', () => {
    expect(scoreSummaryMarkdown([])).toContain('This change touches no scan.');
  });

  test('one row per scan, every row as wide as the header', () => {
    const markdown = scoreSummaryMarkdown([valid, { id: 'x/1234567', status: 'invalid', problemCount: 3 }, { id: 'gone', status: 'removed' }]);
    const table = rows(markdown);
    expect(table).toHaveLength(5);
    const width = RUBRIC.length + 4;
    for (const row of table) expect(cells(row)).toHaveLength(width);
    expect(table[0]).toContain(RUBRIC[0]!.label);
    expect(table[3]).toContain('3 problems: see the annotations');
    expect(table[4]).toContain('removed');
  });

  test('a valid scan shows its overall score with counts, escaped title and red flag count', () => {
    const scores = valid.status === 'valid' ? valid.scores : undefined;
    const row = rows(scoreSummaryMarkdown([valid]))[2]!;
    const [id, title, overall, flags] = cells(row).map((cell) => cell.trim());
    expect(id).toBe('`9901.00007`');
    expect(title).toBe('Synthetic paper \\| &lt;b&gt;00007&lt;/b&gt;');
    expect(overall).toBe(`**${Math.round(scores!.overall.value! * 100)}% (${scores!.overall.yes}/${scores!.overall.applicable})**`);
    expect(flags).toBe(String(scan.red_flags.length));
  });
});

// Each test spawns Node on a script: seconds each on a loaded 2-core machine, over vitest's 5 s default.
describe('scripts', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-annotations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fixture = readFileSync(path.join(ROOT, 'test/fixtures/site/9901.00001/scan.json'), 'utf8');
  mkdirSync(path.join(dir, '9901.00001'));
  writeFileSync(path.join(dir, '9901.00001/scan.json'), fixture.replace(/"applies": true/, '"applies": "yes"'));
  const run = (script: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

  test('validate --github prints an annotation per problem and keeps the plain line', () => {
    const result = run('scripts/validate.ts', [dir, '--github']);
    expect(result.status).toBe(1);
    const file = path.join(dir, '9901.00001/scan.json');
    expect(result.stdout).toMatch(
      new RegExp(`^::error file=${file},line=\\d+,col=\\d+,title=Invalid scan::/checklist/\\w+/\\w+/applies expected boolean, got "yes"$`, 'm'),
    );
    expect(result.stderr).toMatch(new RegExp(`^${file}:\\d+:\\d+ /checklist/\\w+/\\w+/applies expected boolean, got "yes"$`, 'm'));
  });

  test('validate prints annotations on its own under GitHub Actions, and none elsewhere', () => {
    expect(run('scripts/validate.ts', [dir], { GITHUB_ACTIONS: 'true' }).stdout).toContain('::error file=');
    expect(run('scripts/validate.ts', [dir]).stdout).not.toContain('::error');
  });

  test('pr-summary reads changed paths from stdin and reports the broken scan', () => {
    const result = spawnSync(process.execPath, ['scripts/pr-summary.ts', '--scans', 'test/fixtures/site'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: 'test/fixtures/site/9901.00002/scan.json\nREADME.md\n',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('| `9901.00002` |');
    expect(result.stdout).not.toContain('invalid');
  });
});
