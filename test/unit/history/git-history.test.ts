import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, cpSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  answerStates,
  describeChange,
  diffAnswers,
  parseGitLog,
  readHistory,
  summariseChanges,
  type HistoryReader,
} from '../../../src/lib/history/git-history.ts';
import { gitBlobId } from '../../../src/lib/scan-format/blob-id.ts';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.ts';

const FIXTURE = 'test/fixtures/site/9901.00001/scan.json';
const OTHER = 'test/fixtures/site/9901.00002/scan.json';

const scratchDirs: string[] = [];
/** A temporary folder removed after the file's tests. */
function scratch(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** The git blob id of a file as it is now: what the build's validator hands the history reader. */
const blobOf = (file: string) => gitBlobId(readFileSync(file));

describe('answerStates and diffAnswers', () => {
  const scan = (codeReleased: { applies: boolean; answer: boolean }) => ({
    checklist: { artifacts: { code_released: codeReleased, data_released: { applies: true, answer: true } } },
  });

  test.each([
    [{ applies: true, answer: true }, 'yes'],
    [{ applies: true, answer: false }, 'no'],
    [{ applies: false, answer: false }, 'na'],
  ] as const)('%o reads as %s', (answer, state) => {
    expect(answerStates(scan(answer)).get('artifacts/code_released')).toBe(state);
  });

  test('malformed revisions give no answers instead of throwing', () => {
    expect(answerStates(undefined).size).toBe(0);
    expect(answerStates({ checklist: [1, 2] }).size).toBe(0);
    expect(answerStates({ checklist: { artifacts: 'x' } }).size).toBe(0);
  });

  test('lists changed answers only, in rubric order, with added and removed items', () => {
    const before = new Map([
      ['evaluation_design/ablation_study', 'no'],
      ['artifacts/code_released', 'yes'],
      ['retired/item', 'yes'],
    ] as const);
    const after = new Map([
      ['artifacts/code_released', 'na'],
      ['evaluation_design/ablation_study', 'yes'],
    ] as const);
    expect(diffAnswers(new Map(before), new Map(after))).toEqual([
      { category: 'artifacts', item: 'code_released', before: 'yes', after: 'na' },
      { category: 'evaluation_design', item: 'ablation_study', before: 'no', after: 'yes' },
      { category: 'retired', item: 'item', before: 'yes' },
    ]);
  });
});

test('parseGitLog reads commits, blobs and creations', () => {
  const zero = '0'.repeat(40);
  const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];
  const output = `\x1e${'1'.repeat(40)}\x1f2026-01-02T03:04:05+00:00\x1fChange: answer\n\n:100644 100644 ${a} ${b} M\tscans/x/scan.json\n\x1e${'2'.repeat(40)}\x1f2026-01-01T00:00:00+00:00\x1fAdd\n\n:000000 100644 ${zero} ${a} A\tscans/x/scan.json\n`;
  const commits = parseGitLog(output);
  expect(commits.map((commit) => [commit.short, commit.message])).toEqual([
    ['1111111', 'Change: answer'],
    ['2222222', 'Add'],
  ]);
  expect(commits[1]!.files).toEqual([{ path: 'scans/x/scan.json', before: null, after: a }]);
  expect(commits[0]!.files[0]).toEqual({ path: 'scans/x/scan.json', before: a, after: b });
});

describe('readHistory over a temporary git repository', () => {
  let repo: TempRepo;
  let history: HistoryReader;
  let first: string;
  let second: string;
  let file: string;

  beforeAll(() => {
    repo = createTempRepo();
    scratchDirs.push(repo.root);
    file = repo.addScan('9901.00001', FIXTURE);
    first = repo.commit('Add audit of synthetic paper 1', '2026-01-10T12:00:00Z');
    repo.editScan('9901.00001', (scan) => {
      scan.checklist.artifacts!.code_released!.answer = false;
      scan.checklist.human_studies!.pre_registered = { applies: true, answer: true, justification: 'Synthetic: registered.' };
    });
    second = repo.commit('Correct: code link is dead', '2026-02-20T08:30:00Z');
    repo.addScan('9901.00002', OTHER);
    repo.commit('Add audit of synthetic paper 2', '2026-03-01T00:00:00Z');
    repo.editScan('9901.00001', (scan) => {
      scan.key_findings = 'Synthetic findings, reworded.';
    });
    repo.commit('Reword findings', '2026-03-02T00:00:00Z');
    history = readHistory(repo.scansDir);
  });

  test('lists every revision newest first with the changed answers', () => {
    const result = history.historyOf(file, blobOf(file));
    expect(result.versioned).toBe(true);
    expect(result.revisions.map((revision) => [revision.message, revision.kind, revision.date])).toEqual([
      ['Reword findings', 'modified', '2026-03-02T00:00:00+00:00'],
      ['Correct: code link is dead', 'modified', '2026-02-20T08:30:00+00:00'],
      ['Add audit of synthetic paper 1', 'added', '2026-01-10T12:00:00+00:00'],
    ]);
    expect(result.revisions[2]!.commit).toBe(first);
    expect(result.revisions[1]!.commit).toBe(second);
    expect(result.revisions[1]!.short).toBe(second.slice(0, 7));
    expect(result.revisions[0]!.changes).toEqual([]);
    // The fixture answers code_released yes and has pre_registered not applicable.
    expect(result.revisions[1]!.changes).toEqual([
      { category: 'artifacts', item: 'code_released', before: 'yes', after: 'no' },
      { category: 'human_studies', item: 'pre_registered', before: 'na', after: 'yes' },
    ]);
  });

  test('repoPathOf gives the path inside the repository', () => {
    expect(history.repoPathOf(file)).toBe('scans/9901.00001/scan.json');
  });

  test('through a symlinked scans folder, a file keeps its history and its path in the repository', () => {
    const link = path.join(scratch('glassbox-link-'), 'scans');
    symlinkSync(repo.scansDir, link);
    const linked = readHistory(link);
    const result = linked.historyOf(path.join(link, '9901.00001/scan.json'), blobOf(file));
    expect(result.versioned).toBe(true);
    expect(result.revisions.map((revision) => revision.commit)).toEqual(history.historyOf(file, blobOf(file)).revisions.map((revision) => revision.commit));
    expect(linked.repoPathOf(path.join(link, '9901.00001/scan.json'))).toBe('scans/9901.00001/scan.json');
  });

  test('the blob id the caller gives is what is compared with the last commit', () => {
    expect(history.historyOf(file, blobOf(file)).versioned).toBe(true);
    expect(history.historyOf(file, '0'.repeat(40))).toMatchObject({ versioned: false, reason: 'has uncommitted changes' });
  });

  test('each file only sees its own commits', () => {
    expect(
      history
        .historyOf(path.join(repo.scansDir, '9901.00002/scan.json'), blobOf(path.join(repo.scansDir, '9901.00002/scan.json')))
        .revisions.map((r) => r.message),
    ).toEqual(['Add audit of synthetic paper 2']);
  });

  test('a file with uncommitted changes is unversioned but keeps its revisions', () => {
    repo.editScan('9901.00002', (scan) => {
      scan.key_findings = 'Edited, not committed.';
    });
    const result = readHistory(repo.scansDir).historyOf(
      path.join(repo.scansDir, '9901.00002/scan.json'),
      blobOf(path.join(repo.scansDir, '9901.00002/scan.json')),
    );
    expect(result).toMatchObject({ versioned: false, reason: 'has uncommitted changes' });
    expect(result.revisions).toHaveLength(1);
  });

  test('an untracked file is unversioned', () => {
    const untracked = repo.addScan('9901.00003', OTHER);
    expect(readHistory(repo.scansDir).historyOf(untracked, blobOf(untracked))).toEqual({ versioned: false, reason: 'not committed to git', revisions: [] });
  });

  test('a shallow clone is unversioned rather than wrong', () => {
    const clone = scratch('glassbox-shallow-');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    const result = readHistory(path.join(clone, 'scans')).historyOf(
      path.join(clone, 'scans/9901.00001/scan.json'),
      blobOf(path.join(clone, 'scans/9901.00001/scan.json')),
    );
    expect(result).toEqual({ versioned: false, reason: 'shallow git clone: history is incomplete', revisions: [] });
  });
});

test('a folder outside any git repository is unversioned, not an error', () => {
  const dir = scratch('glassbox-nogit-');
  mkdirSync(path.join(dir, 'x'));
  cpSync(FIXTURE, path.join(dir, 'x/scan.json'));
  expect(readHistory(dir).historyOf(path.join(dir, 'x/scan.json'), blobOf(path.join(dir, 'x/scan.json')))).toEqual({
    versioned: false,
    reason: 'not in a git repository',
    revisions: [],
  });
});

test.each([
  [
    { category: 'artifacts', item: 'code_released', before: 'yes', after: 'na' },
    { label: 'Code released', before: 'yes', after: 'not applicable' },
  ],
  [
    { category: 'retired', item: 'thing', before: 'no' },
    { label: 'retired/thing', before: 'no', after: 'removed' },
  ],
  [
    { category: 'artifacts', item: 'data_released', after: 'yes' },
    { label: 'Data released', before: 'not asked', after: 'yes' },
  ],
] as const)('describeChange(%o)', (change, words) => {
  expect(describeChange(change)).toEqual(words);
});

test('summariseChanges joins changes in one line', () => {
  expect(
    summariseChanges([
      { category: 'artifacts', item: 'code_released', before: 'yes', after: 'no' },
      { category: 'evaluation_design', item: 'ablation_study', before: 'no', after: 'yes' },
    ]),
  ).toBe('Code released: yes → no; Ablation study: no → yes');
});
