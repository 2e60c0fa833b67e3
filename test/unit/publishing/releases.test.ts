/**
 * Releases built from snapshots given by hand (no git): each scan's overall score is set exactly
 * by its checklist (k yes out of n applicable), so every expected move is worked out below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { ReleaseFile, ReleaseSnapshot, ReleaseTag } from '../../../src/lib/history/release-tags.ts';
import {
  MOVES_SHOWN,
  RELEASE_DATA_FILES,
  buildReleases,
  moveText,
  percentText,
  releaseCitationKey,
  releaseCslRecord,
  releasePath,
  type ScoreMove,
} from '../../../src/lib/publishing/releases.ts';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';

const base = scanSchema.parse(JSON.parse(readFileSync('test/fixtures/site/9901.00001/scan.json', 'utf8')));
const validate = (json: unknown): Scan | null => scanSchema.safeParse(json).data ?? null;

/** A valid fictional scan whose overall score is `yes / (yes + no)`: every other item does not apply. */
function scanScoring(id: string, yes: number, no: number, title = `Synthetic paper ${id}`): Scan {
  let index = 0;
  const checklist = Object.fromEntries(
    Object.entries(base.checklist).map(([category, items]) => [
      category,
      Object.fromEntries(
        Object.entries(items!).map(([key, item]) => {
          const position = index++;
          const applies = position < yes + no;
          return [key, { ...item, applies, answer: applies && position < yes }];
        }),
      ),
    ]),
  );
  return { ...base, paper: { ...base.paper, title, arxiv_id: id }, checklist } as Scan;
}

const file = (id: string, blob: string, json: unknown): ReleaseFile => ({ id, blob: blob.padEnd(40, 'f'), json });
const scored = (id: string, blob: string, yes: number, no: number, title?: string) => file(id, blob, scanScoring(id, yes, no, title));
const tag = (name: string, commit: string, date: string): ReleaseTag => ({ name, commit: commit.repeat(40), date, subject: `Release ${name}` });
const NOT_A_SCAN = { paper: 'not a scan' };

// v1 → v2, by hand:
//   9905.00001  1/2 = 0.5   → 2/2 = 1      changed, +0.5
//   9905.00002  3/4 = 0.75  (same blob)     unchanged
//   9905.00003  1/1 = 1     → gone          removed
//   9905.00004  invalid     (same blob)     unchanged, invalid in both
//   9905.00005  1/2 = 0.5   → 0/2 = 0       changed, −0.5 (ties with 00001; id breaks the tie)
//   9905.00006  1/4 = 0.25  → 2/4 = 0.5     changed, +0.25
//   9905.00007  2/3, title edit only        changed, no score move
//   9905.00008  1/4 = 0.25  → nothing applies (null)  changed, listed last with delta 0
//   9905.00009  1/2 = 0.5   → invalid       changed, no move (no score after)
//   9905.00010  new, 1/3                    added
//   9905.00011  new, invalid                added (a file was added), not published
//   9905.00012  invalid → 1/2 = 0.5         changed, no move (no score before)
const v1: ReleaseSnapshot = {
  tag: tag('v2026.01', 'a', '2026-01-10T12:00:00+00:00'),
  files: [
    scored('9905.00001', 'a1', 1, 1),
    scored('9905.00002', 'b1', 3, 1),
    scored('9905.00003', 'c1', 1, 0),
    file('9905.00004', 'd1', NOT_A_SCAN),
    scored('9905.00005', 'e1', 1, 1),
    scored('9905.00006', 'f1', 1, 3),
    scored('9905.00007', 'g1', 2, 1, 'Synthetic paper 00007'),
    scored('9905.00008', 'h1', 1, 3),
    scored('9905.00009', 'i1', 1, 1),
    file('9905.00012', 'l1', NOT_A_SCAN),
  ],
};
const v2: ReleaseSnapshot = {
  tag: tag('v2026.02', 'b', '2026-02-21T09:00:00+00:00'),
  files: [
    scored('9905.00001', 'a2', 2, 0),
    v1.files[1]!,
    v1.files[3]!,
    scored('9905.00005', 'e2', 0, 2),
    scored('9905.00006', 'f2', 2, 2),
    scored('9905.00007', 'g2', 2, 1, 'Synthetic paper 00007, revised title'),
    scored('9905.00008', 'h2', 0, 0),
    file('9905.00009', 'i2', NOT_A_SCAN),
    scored('9905.00010', 'j1', 1, 2),
    file('9905.00011', 'k1', NOT_A_SCAN),
    scored('9905.00012', 'l2', 1, 1),
  ],
};
// v3 changes only 9905.00002 (3/4 → 1/4), so it must be compared with v2, not v1.
const v3: ReleaseSnapshot = {
  tag: tag('v2026.03', 'c', '2026-03-01T23:30:00-05:00'),
  files: [v2.files[0]!, scored('9905.00002', 'b2', 1, 3), ...v2.files.slice(2)],
};

describe('three releases compared in turn', () => {
  const releases = buildReleases([v1, v2, v3], validate);
  const [third, second, first] = releases;

  test('newest first, each compared with the release just before it; the first with none', () => {
    expect(releases.map((release) => [release.tag.name, release.changes?.previous ?? null])).toEqual([
      ['v2026.03', 'v2026.02'],
      ['v2026.02', 'v2026.01'],
      ['v2026.01', null],
    ]);
    expect(first!.changes).toBeNull();
  });

  test('added, removed and changed audits between v1 and v2', () => {
    const changes = second!.changes!;
    expect(changes.added).toEqual(['9905.00010', '9905.00011']);
    expect(changes.removed).toEqual(['9905.00003']);
    // 00002 and 00004 kept their blobs, so they did not change.
    expect(changes.changed).toEqual(['9905.00001', '9905.00005', '9905.00006', '9905.00007', '9905.00008', '9905.00009', '9905.00012']);
  });

  test('largest score moves: by size whatever the sign, ties by id, unscored last; no move without a score change', () => {
    const moves = second!.changes!.moves;
    expect(moves.map((move) => [move.id, move.before, move.after])).toEqual([
      ['9905.00001', 0.5, 1],
      ['9905.00005', 0.5, 0],
      ['9905.00006', 0.25, 0.5],
      ['9905.00008', 0.25, null],
    ]);
    expect(moves.map((move) => move.delta)).toEqual([0.5, -0.5, 0.25, 0]);
    expect(moves[0]!.title).toBe('Synthetic paper 9905.00001');
  });

  test('a move carries the title as of the newer release', () => {
    const [move] = buildReleases([v1, { ...v2, files: [scored('9905.00007', 'g3', 0, 3, 'Synthetic paper 00007, retitled')] }], validate)[0]!.changes!.moves;
    expect(move).toMatchObject({ id: '9905.00007', title: 'Synthetic paper 00007, retitled', before: 2 / 3, after: 0 });
  });

  test('v3 is compared with v2: only 9905.00002 changed, 0.75 → 0.25', () => {
    expect(third!.changes).toEqual({
      previous: 'v2026.02',
      added: [],
      removed: [],
      changed: ['9905.00002'],
      moves: [{ id: '9905.00002', title: 'Synthetic paper 9905.00002', before: 0.75, after: 0.25, delta: -0.5 }],
    });
  });

  test('counts: valid audits are published as records, invalid ones only counted', () => {
    expect(releases.map((release) => [release.records.length, release.invalid])).toEqual([
      [8, ['9905.00004', '9905.00009', '9905.00011']],
      [8, ['9905.00004', '9905.00009', '9905.00011']],
      [8, ['9905.00004', '9905.00012']],
    ]);
    expect(second!.records.map((record) => record.id)).toEqual([
      '9905.00001',
      '9905.00002',
      '9905.00005',
      '9905.00006',
      '9905.00007',
      '9905.00008',
      '9905.00010',
      '9905.00012',
    ]);
  });

  test('records carry the release’s commit and date as their version, and the scan’s scores', () => {
    const record = second!.records.find((entry) => entry.id === '9905.00006')!;
    expect(record.version).toEqual({ commit: 'b'.repeat(40), date: '2026-02-21T09:00:00+00:00' });
    expect(record.scores.overall).toEqual({ yes: 2, applicable: 4, value: 0.5 });
    // The unchanged blob 9905.00002 is the same audit in v1 and v2, versioned by each release.
    expect(first!.records.find((entry) => entry.id === '9905.00002')!.version!.commit).toBe('a'.repeat(40));
    expect(second!.records.find((entry) => entry.id === '9905.00002')!.version!.commit).toBe('b'.repeat(40));
  });
});

test('each distinct file is validated once, however many releases hold it', () => {
  const spy = vi.fn(validate);
  buildReleases([v1, v2, v3], spy);
  const blobs = new Set([v1, v2, v3].flatMap((snapshot) => snapshot.files.map((entry) => entry.blob)));
  expect(spy).toHaveBeenCalledTimes(blobs.size);
  expect(blobs.size).toBe(20);
});

test(`only the ${MOVES_SHOWN} largest moves are listed`, () => {
  // Twelve audits, audit i moving from 0/12 to i/12: the two smallest moves (1/12, 2/12) are cut.
  const ids = Array.from({ length: 12 }, (_, i) => `9905.${String(i + 1).padStart(5, '0')}`);
  const before: ReleaseSnapshot = {
    tag: tag('r1', 'a', '2026-01-01T00:00:00Z'),
    files: ids.map((id, i) => scored(id, `a${String(i).padStart(2, '0')}`, 0, 12)),
  };
  const after: ReleaseSnapshot = {
    tag: tag('r2', 'b', '2026-01-02T00:00:00Z'),
    files: ids.map((id, i) => scored(id, `b${String(i).padStart(2, '0')}`, i + 1, 11 - i)),
  };
  const changes = buildReleases([before, after], validate)[0]!.changes!;
  expect(MOVES_SHOWN).toBe(10);
  expect(changes.changed).toHaveLength(12);
  expect(changes.moves.map((move) => move.id)).toEqual(ids.slice(2).reverse());
  expect(changes.moves[0]!.delta).toBe(1);
});

test('a release with no files has no records, and nothing changed is an empty change list', () => {
  const empty: ReleaseSnapshot = { tag: tag('r1', 'a', '2026-01-01T00:00:00Z'), files: [] };
  const again: ReleaseSnapshot = { tag: tag('r2', 'b', '2026-01-02T00:00:00Z'), files: [] };
  expect(buildReleases([], validate)).toEqual([]);
  expect(buildReleases([empty, again], validate)[0]).toEqual({
    tag: again.tag,
    records: [],
    invalid: [],
    changes: { previous: 'r1', added: [], removed: [], changed: [], moves: [] },
  });
});

describe('citing a release as the dataset', () => {
  test('the CSL-JSON record: dataset title, project as author, the tag as version, the tag’s calendar day', () => {
    const [release] = buildReleases([v1, v2, v3], validate);
    expect(releaseCslRecord(release!, 'https://example.org/glassbox/releases/v2026.03/')).toEqual({
      id: 'glassbox-v2026.03',
      type: 'dataset',
      title: 'Glassbox: transparency audits of machine-learning research papers',
      author: [{ literal: 'Glassbox contributors' }],
      publisher: 'Glassbox',
      // 23:30 at −05:00 is already 2 March in UTC; the release is dated as tagged.
      issued: { 'date-parts': [[2026, 3, 1]] },
      version: 'v2026.03',
      URL: 'https://example.org/glassbox/releases/v2026.03/',
      note: 'Release v2026.03 (commit ccccccc): 8 audits',
    });
  });

  test.each([
    [0, '0 audits'],
    [1, '1 audit'],
    [2, '2 audits'],
  ])('the note counts %i record(s) as "%s"', (count, words) => {
    const records = buildReleases([{ tag: v1.tag, files: v1.files.slice(0, count) }], validate)[0]!.records;
    expect(releaseCslRecord({ tag: v1.tag, records }, 'https://example.org/').note).toBe(`Release v2026.01 (commit aaaaaaa): ${words}`);
  });

  test.each([
    ['v2026.11', 'glassbox-v2026.11'],
    ['release_3', 'glassbox-release-3'],
    ['feature/x y', 'glassbox-feature-x-y'],
    ['<script>', 'glassbox--script-'],
    ['a//b', 'glassbox-a-b'],
  ])('the citation key of tag %j is %j: only letters, digits, dots and hyphens', (name, key) => {
    expect(releaseCitationKey(name)).toBe(key);
  });
});

test('release paths and their data files', () => {
  expect(releasePath('v2026.11')).toBe('/releases/v2026.11/');
  expect(RELEASE_DATA_FILES.map((entry) => releasePath('v2026.11', entry.name))).toEqual(['/releases/v2026.11/scores.csv', '/releases/v2026.11/scans.json']);
  expect(RELEASE_DATA_FILES.map((entry) => entry.contentType)).toEqual(['text/csv; charset=utf-8', 'application/json; charset=utf-8']);
});

test.each([
  [0, '0%'],
  [0.545, '55%'],
  [2 / 3, '67%'],
  [1, '100%'],
  [null, 'n/a'],
])('percentText(%s) is %j', (value, expected) => {
  expect(percentText(value)).toBe(expected);
});

const move = (before: number | null, after: number | null): ScoreMove => ({ id: '9905.00042', title: 'Synthetic paper 00042', before, after, delta: 0 });
test.each([
  [0.5, 0.75, '+25 points'],
  [0.75, 0.74, '−1 point'],
  // Rounded before subtracting, as the page prints the two percentages: 12% → 13% is one point.
  [0.124, 0.126, '+1 point'],
  [0.331, 0.334, '±0 points'],
  [0.25, null, 'n/a'],
  [null, 0.5, 'n/a'],
])('moveText from %s to %s is %j', (before, after, expected) => {
  expect(moveText(move(before, after))).toBe(expected);
});
