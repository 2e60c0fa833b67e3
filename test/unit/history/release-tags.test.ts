import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TAG_FORMAT, isReleaseTagName, parseLsTree, parseTagRefs, readReleaseHistory, type ReleaseHistory } from '../../../src/lib/history/release-tags.ts';
import { buildReleases, releaseCslRecord, type Release } from '../../../src/lib/publishing/releases.ts';
import { scanSchema } from '../../../src/lib/scan-format/schema.ts';
import { createTempRepo, type TempRepo } from '../../helpers/git-repo.ts';

const FIXTURE = (id: string) => `test/fixtures/site/${id}/scan.json`;
const validate = (json: unknown) => scanSchema.safeParse(json).data ?? null;

describe('a repository with two tags', () => {
  let repo: TempRepo;
  let first: string;
  let second: string;
  let history: ReleaseHistory;
  let releases: Release[];

  beforeAll(() => {
    repo = createTempRepo();
    repo.addScan('9901.00001', FIXTURE('9901.00001'));
    repo.addScan('9901.00002', FIXTURE('9901.00002'));
    repo.addScan('9901.00003', FIXTURE('9901.00003'));
    first = repo.commit('First audits', '2026-01-10T12:00:00Z');
    repo.git('tag', 'v1');
    repo.editScan('9901.00001', (scan) => {
      scan.checklist.artifacts!.code_released!.answer = false;
    });
    repo.editScan('9901.00003', (scan) => {
      scan.paper.venue = 'Synthetic Workshop';
    });
    execFileSync('git', ['rm', '-q', '-r', 'scans/9901.00002'], { cwd: repo.root });
    repo.addScan('synth-th/9912001', FIXTURE('synth-th/9912001'));
    repo.commit('Second round', '2026-02-20T08:30:00Z');
    // An annotated tag, dated by its own date: the release date is when it was tagged.
    execFileSync('git', ['tag', '-a', 'v2', '-m', 'Second release'], {
      cwd: repo.root,
      env: { ...process.env, GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org', GIT_COMMITTER_DATE: '2026-02-21T09:00:00Z' },
    });
    second = repo.git('rev-parse', 'HEAD');
    repo.git('tag', 'feature/not-a-release');
    history = readReleaseHistory(repo.scansDir);
    releases = history.available ? buildReleases(history.releases, validate) : [];
  });
  afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

  test('every tag on a commit with a URL-safe name is a release, oldest first, with its date and files', () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.releases.map(({ tag }) => [tag.name, tag.commit, tag.date, tag.subject])).toEqual([
      ['v1', first, '2026-01-10T12:00:00+00:00', 'First audits'],
      ['v2', second, '2026-02-21T09:00:00+00:00', 'Second release'],
    ]);
    expect(history.releases.map((release) => release.files.map((file) => file.id))).toEqual([
      ['9901.00001', '9901.00002', '9901.00003'],
      ['9901.00001', '9901.00003', 'synth-th/9912001'],
    ]);
  });

  test('each release publishes its valid audits, versioned by its commit', () => {
    expect(releases.map((release) => [release.tag.name, release.records.length, release.invalid])).toEqual([
      ['v2', 3, []],
      ['v1', 3, []],
    ]);
    expect(releases[0]!.records[0]!.version).toEqual({ commit: second, date: '2026-02-21T09:00:00+00:00' });
  });

  test('what changed since the previous release: added, removed, changed, and the score that moved', () => {
    expect(releases[1]!.changes).toBeNull();
    const changes = releases[0]!.changes!;
    expect(changes).toMatchObject({ previous: 'v1', added: ['synth-th/9912001'], removed: ['9901.00002'], changed: ['9901.00001', '9901.00003'] });
    // Only the answer change moves a score; the venue edit does not.
    expect(changes.moves.map((move) => move.id)).toEqual(['9901.00001']);
    const [move] = changes.moves;
    expect(move!.delta).toBeLessThan(0);
    expect(move!.after! - move!.before!).toBeCloseTo(move!.delta);
  });

  test('a release is cited as the dataset at that version and date', () => {
    const record = releaseCslRecord(releases[0]!, 'https://x.org/releases/v2/');
    expect(record).toMatchObject({
      id: 'glassbox-v2',
      type: 'dataset',
      version: 'v2',
      issued: { 'date-parts': [[2026, 2, 21]] },
      URL: 'https://x.org/releases/v2/',
      author: [{ literal: 'Glassbox contributors' }],
    });
    expect(record.note).toBe(`Release v2 (commit ${second.slice(0, 7)}): 3 audits`);
  });

  test('scan files that fail today’s schema are counted, not published', () => {
    const [snapshot] = history.available ? history.releases : [];
    const broken = { ...snapshot!, files: [...snapshot!.files, { id: '9901.00099', blob: 'f'.repeat(40), json: { paper: 'not a scan' } }] };
    const [release] = buildReleases([broken], validate);
    expect(release!.invalid).toEqual(['9901.00099']);
    expect(release!.records.map((record) => record.id)).not.toContain('9901.00099');
  });
});

describe('no releases yet, never a failure', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('outside git', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-nogit-'));
    dirs.push(dir);
    expect(readReleaseHistory(dir)).toEqual({ available: false, reason: 'not in a git repository' });
  });

  test('an untagged repository', () => {
    const repo = createTempRepo();
    dirs.push(repo.root);
    repo.addScan('9901.00001', FIXTURE('9901.00001'));
    repo.commit('Only commit', '2026-01-01T00:00:00Z');
    expect(readReleaseHistory(repo.scansDir)).toEqual({ available: false, reason: 'no tags yet' });
  });

  test('a shallow clone', () => {
    const repo = createTempRepo();
    dirs.push(repo.root);
    repo.addScan('9901.00001', FIXTURE('9901.00001'));
    repo.commit('One', '2026-01-01T00:00:00Z');
    repo.git('tag', 'v1');
    repo.editScan('9901.00001', (scan) => {
      scan.paper.venue = 'Elsewhere';
    });
    repo.commit('Two', '2026-01-02T00:00:00Z');
    const clone = mkdtempSync(path.join(tmpdir(), 'glassbox-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
    expect(readReleaseHistory(path.join(clone, 'scans'))).toMatchObject({ available: false, reason: expect.stringMatching(/shallow/) });
  });
});

test('parseTagRefs keeps tags of commits with safe names, peeling annotated tags', () => {
  const line = (...fields: string[]) => fields.join('\x1f');
  expect(TAG_FORMAT.split('\x1f')).toHaveLength(7);
  const output = [
    line('v1', 'commit', 'a'.repeat(40), '', '', '2026-01-01T00:00:00+00:00', 'Subject', 'with', 'separators'),
    line('v2', 'tag', 'b'.repeat(40), 'commit', 'c'.repeat(40), '2026-02-01T00:00:00+00:00', 'Annotated'),
    line('tree-tag', 'tree', 'd'.repeat(40), '', '', '2026-03-01T00:00:00+00:00', ''),
    line('<script>', 'commit', 'e'.repeat(40), '', '', '2026-03-01T00:00:00+00:00', ''),
  ].join('\n');
  expect(parseTagRefs(output)).toEqual([
    { name: 'v1', commit: 'a'.repeat(40), date: '2026-01-01T00:00:00+00:00', subject: 'Subject with separators' },
    { name: 'v2', commit: 'c'.repeat(40), date: '2026-02-01T00:00:00+00:00', subject: 'Annotated' },
  ]);
});

test.each([
  ['v1.0.0', true],
  ['2026-11', true],
  ['release_3', true],
  ['feature/x', false],
  ['..', false],
  ['a..b', false],
  ['-v1', false],
  ['v1 beta', false],
  ['%2e%2e', false],
])('isReleaseTagName(%j) is %s', (name, safe) => {
  expect(isReleaseTagName(name)).toBe(safe);
});

test('parseLsTree keeps scan files under the scans folder, with their ids', () => {
  const output = [
    `100644 blob ${'1'.repeat(40)}\tscans/9901.00002/scan.json`,
    `100644 blob ${'2'.repeat(40)}\tscans/hep-th/9901001/scan.json`,
    `100644 blob ${'3'.repeat(40)}\tscans/README.md`,
    `040000 tree ${'4'.repeat(40)}\tscans/empty`,
    `100644 blob ${'5'.repeat(40)}\tother/9901.00001/scan.json`,
  ].join('\n');
  expect(parseLsTree(output, 'scans')).toEqual([
    { id: '9901.00002', blob: '1'.repeat(40) },
    { id: 'hep-th/9901001', blob: '2'.repeat(40) },
  ]);
});
