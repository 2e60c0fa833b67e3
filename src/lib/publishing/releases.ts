/**
 * Dated releases of the whole index, as the `/releases/` pages and files publish them: what each
 * release holds (its audits with scores, as data records), what changed since the one before
 * (audits added, removed and changed; the largest score moves), and how to cite it.
 *
 * Pure: the snapshots come from `lib/history/release-tags.ts`, and the caller says how a scan
 * file of that time is validated, since old files may not fit today's schema (they are counted,
 * not published).
 */
import type { ReleaseSnapshot, ReleaseTag } from '../history/release-tags.ts';
import type { Scan } from '../scan-format/schema.ts';
import { scoreScan } from '../scoring/scoring.ts';
import { countOf } from '../site/format-count.ts';
import { AUDIT_AUTHOR, PUBLISHER, dateParts, type CslRecord } from './citation-record.ts';
import { DATASET } from './dataset.ts';
import type { DataRecord } from './open-data.ts';

/** An audit whose overall score moved between two releases. */
export interface ScoreMove {
  id: string;
  title: string;
  /** Overall score in [0, 1] before and after; null when not applicable. */
  before: number | null;
  after: number | null;
  /** after − before, counting "not applicable" as no score to move (only set when both are numbers). */
  delta: number;
}

/** What changed since the previous release. */
export interface ReleaseChanges {
  /** Tag of the previous release. */
  previous: string;
  added: string[];
  removed: string[];
  /** Audits present in both whose scan file changed. */
  changed: string[];
  /** The largest overall score moves, largest first (ties by id). */
  moves: ScoreMove[];
}

/** One release, ready to render and publish. */
export interface Release {
  tag: ReleaseTag;
  /** Every valid audit of the release, sorted by id; versions name the release's commit. */
  records: DataRecord[];
  /** Ids of scan files that do not validate against today's schema (left out of the files). */
  invalid: string[];
  /** Null for the first release. */
  changes: ReleaseChanges | null;
}

/** How many score moves a release lists. */
export const MOVES_SHOWN = 10;

/** Releases newest first, each compared with the one before it. `snapshots` are oldest first, as git lists them. */
export function buildReleases(snapshots: readonly ReleaseSnapshot[], validate: (json: unknown) => Scan | null): Release[] {
  const parsed = new Map<string, Scan | null>();
  const scanOf = (blob: string, json: unknown) => {
    if (!parsed.has(blob)) parsed.set(blob, validate(json));
    return parsed.get(blob)!;
  };
  const releases: Release[] = [];
  let previous: { snapshot: ReleaseSnapshot; records: Map<string, DataRecord> } | undefined;
  for (const snapshot of snapshots) {
    const records = new Map<string, DataRecord>();
    const invalid: string[] = [];
    for (const file of snapshot.files) {
      const scan = scanOf(file.blob, file.json);
      if (!scan) invalid.push(file.id);
      else records.set(file.id, { id: file.id, scan, scores: scoreScan(scan), version: { commit: snapshot.tag.commit, date: snapshot.tag.date } });
    }
    const changes = previous ? compare(previous.snapshot, previous.records, snapshot, records) : null;
    releases.push({ tag: snapshot.tag, records: [...records.values()], invalid, changes });
    previous = { snapshot, records };
  }
  return releases.reverse();
}

function compare(
  before: ReleaseSnapshot,
  beforeRecords: Map<string, DataRecord>,
  after: ReleaseSnapshot,
  afterRecords: Map<string, DataRecord>,
): ReleaseChanges {
  const blobsBefore = new Map(before.files.map((file) => [file.id, file.blob]));
  const blobsAfter = new Map(after.files.map((file) => [file.id, file.blob]));
  const changed = after.files.filter((file) => blobsBefore.has(file.id) && blobsBefore.get(file.id) !== file.blob).map((file) => file.id);
  const moves = changed.flatMap((id): ScoreMove[] => {
    const [was, now] = [beforeRecords.get(id), afterRecords.get(id)];
    if (!was || !now) return [];
    const [from, to] = [was.scores.overall.value, now.scores.overall.value];
    if (from === to) return [];
    return [{ id, title: now.scan.paper.title, before: from, after: to, delta: from !== null && to !== null ? to - from : 0 }];
  });
  moves.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.id < b.id ? -1 : 1));
  return {
    previous: before.tag.name,
    added: after.files.filter((file) => !blobsBefore.has(file.id)).map((file) => file.id),
    removed: before.files.filter((file) => !blobsAfter.has(file.id)).map((file) => file.id),
    changed,
    moves: moves.slice(0, MOVES_SHOWN),
  };
}

/** Stable citation key of a release: `glassbox-v2026.11`. */
export function releaseCitationKey(tag: string): string {
  return `glassbox-${tag.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
}

/** The CSL-JSON record of a release: the dataset at that version, dated by its tag. */
export function releaseCslRecord(release: Pick<Release, 'tag' | 'records'>, pageUrl: string): CslRecord {
  return {
    id: releaseCitationKey(release.tag.name),
    type: 'dataset',
    title: DATASET.title,
    author: [{ literal: AUDIT_AUTHOR }],
    publisher: PUBLISHER,
    issued: { 'date-parts': [dateParts(release.tag.date)] },
    version: release.tag.name,
    URL: pageUrl,
    note: `Release ${release.tag.name} (commit ${release.tag.commit.slice(0, 7)}): ${countOf(release.records.length, 'audit')}`,
  };
}

/** Files published for each release under `/releases/<tag>/`, besides the citation files. */
export const RELEASE_DATA_FILES = [
  { name: 'scores.csv', contentType: 'text/csv; charset=utf-8', label: 'Scores (CSV)' },
  { name: 'scans.json', contentType: 'application/json; charset=utf-8', label: 'Every scan with its scores (JSON)' },
] as const;

/** `/releases/<tag>/`, or a file in it. */
export function releasePath(tag: string, file = ''): string {
  return `/releases/${tag}/${file}`;
}

/** A score value as the releases page prints it: `54%`, or `n/a`. */
export function percentText(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value * 100)}%`;
}

/** A score move in points: `+12 points`, `−3 points`, or `n/a` when either side has no score. */
export function moveText(move: ScoreMove): string {
  if (move.before === null || move.after === null) return 'n/a';
  const points = Math.round(move.after * 100) - Math.round(move.before * 100);
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${countOf(Math.abs(points), 'point')}`;
}
