/**
 * Inputs for build-model tests without Astro or git: records from fixture scans and a history
 * reader answering from a table.
 */
import path from 'node:path';
import type { HistoryReader, Revision } from '../../src/lib/history/git-history.ts';
import { createBuildModel, type BuildModel } from '../../src/build-model/model.ts';
import { scanRecords, type ScanRecord } from '../../src/build-model/scans.ts';
import type { SiteConfig } from '../../src/build-model/site-config.ts';
import { validatedScans } from '../../src/build-model/validated-scans.ts';
import { compareId } from '../../src/lib/scoring/ranking.ts';
import { scoreScan } from '../../src/lib/scoring/scoring.ts';
import { synthesizeScan, syntheticId } from '../../scripts/lib/synthetic-scans.ts';

/** The committed fixture site's scans folder, absolute. */
export const SITE_FIXTURES = path.resolve('test/fixtures/site');

/** Records of a fixture folder. */
export function fixtureRecords(dir = SITE_FIXTURES): ScanRecord[] {
  return scanRecords(validatedScans(dir));
}

/** A site configuration for tests. */
export const TEST_CONFIG: SiteConfig = { site: 'https://audits.example.org', base: '/glassbox/', repo: 'https://github.com/example-org/glassbox' };

/** A revision with made-up commit ids derived from its number. */
export function revision(n: number, date: string, kind: Revision['kind'] = 'modified', changes: Revision['changes'] = []): Revision {
  const commit = String(n).padStart(2, '0').repeat(20);
  return { commit, short: commit.slice(0, 7), date, message: `Commit ${n}`, kind, changes };
}

/** A history reader that answers from a table of revisions by scan id (newest first); ids not in it are uncommitted. */
export function tableHistory(root: string, revisions: Record<string, Revision[]>): HistoryReader & { calls: number } {
  const idOf = (file: string) => path.relative(root, path.dirname(file)).split(path.sep).join('/');
  const reader = {
    calls: 0,
    repoPathOf: (file: string) => `scans/${idOf(file)}/scan.json`,
    historyOf(file: string) {
      reader.calls += 1;
      const found = revisions[idOf(file)];
      return found && found.length > 0
        ? { versioned: true as const, revisions: found as [Revision, ...Revision[]] }
        : { versioned: false as const, reason: 'not committed to git', revisions: [] };
    },
  };
  return reader;
}

/** A model of the fixture site with the given history table. */
export function fixtureModel(revisions: Record<string, Revision[]> = {}, config: SiteConfig = TEST_CONFIG, dir = SITE_FIXTURES): BuildModel {
  return createBuildModel({ records: fixtureRecords(dir), config, history: () => tableHistory(dir, revisions) });
}

/** Records of `count` synthetic scans (no files behind them), sorted by id as the model keeps them. */
export function syntheticRecords(count: number, seed = 3): ScanRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const scan = synthesizeScan(i + 1, seed);
    const id = syntheticId(i + 1);
    // No file behind it: no blob id, and `readWholeScan` (audit views) is not for these records.
    return { id, scan, blobId: '', scores: scoreScan(scan), sourcePath: path.join('/nowhere', id, 'scan.json'), audits: [], replies: [], disputed: false };
  }).sort((a, b) => compareId(a.id, b.id));
}
