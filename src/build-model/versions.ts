/**
 * The version of each audit, from one read of git history per build (see `lib/history/git-history.ts`),
 * with what pages need to show and cite it: the page URL, permalink and source links.
 */
import { readHistory, type HistoryReader, type Revision, type ScanHistory } from '../lib/history/git-history.ts';
import { permalink, type AuditCitationInput } from '../lib/publishing/citation.ts';
import { fileAtCommitUrl, fileHistoryUrl, repoBase } from '../lib/contributing/repo-links.ts';
import { absoluteUrl, paperPath } from '../lib/site/urls.ts';
import { scansDir } from '../loaders/scans-loader.ts';
import type { DataRecord } from '../lib/publishing/open-data.ts';
import { getAllScans, type ScanRecord } from './scans.ts';

/** An audit's version and the links that pin it. */
export interface AuditVersion {
  history: ScanHistory;
  /** The revision cited: the scan file's last commit, or null when unversioned. */
  current: Revision | null;
  /** Absolute URL of the audit page. */
  pageUrl: string;
  /** The page URL pinned to the current version. */
  permalink: string;
  /** The scan file at the current commit on the forge, when REPO_URL is set. */
  sourceUrl?: string;
  /** The scan file's history on the forge, when REPO_URL is set. */
  historyUrl?: string;
  /** Path of the scan file inside the repository, when it is in one. */
  repoPath?: string;
  /** Inputs for the citation module. */
  citation: AuditCitationInput;
}

let reader: HistoryReader | undefined;
// Four components of each audit page ask for its version; compute it once per scan.
const versions = new Map<string, AuditVersion>();

/** The repository URL from env REPO_URL, when it is a usable http(s) URL. */
export function repoUrl(): string | undefined {
  return repoBase(process.env.REPO_URL);
}

/** The absolute origin and base path the site is built for. */
export function siteUrl(): string {
  return import.meta.env.SITE ?? 'https://glassbox.example.org/';
}

/** The version of one audit (git history is read once, on first use). */
export function auditVersion(record: ScanRecord): AuditVersion {
  let version = versions.get(record.id);
  if (!version) versions.set(record.id, (version = computeVersion(record)));
  return version;
}

function computeVersion(record: ScanRecord): AuditVersion {
  reader ??= readHistory(scansDir());
  const history = reader.historyOf(record.sourcePath);
  const current = history.versioned ? history.revisions[0] : null;
  const repoPath = reader.repoPathOf(record.sourcePath);
  const pageUrl = absoluteUrl(paperPath(record.id), siteUrl(), import.meta.env.BASE_URL);
  const version = current && { short: current.short, date: current.date };
  return {
    history,
    current,
    pageUrl,
    permalink: permalink(pageUrl, version),
    sourceUrl: current && repoPath ? fileAtCommitUrl(repoUrl(), current.commit, repoPath) : undefined,
    historyUrl: repoPath && history.revisions.length > 0 ? fileHistoryUrl(repoUrl(), repoPath) : undefined,
    repoPath,
    citation: { id: record.id, paper: record.scan.paper, pageUrl, version },
  };
}

/** Every scan with its version, as the data downloads publish them. */
export async function dataRecords(): Promise<DataRecord[]> {
  return (await getAllScans()).map((record) => {
    const { current } = auditVersion(record);
    return { id: record.id, scan: record.scan, scores: record.scores, version: current && { commit: current.commit, date: current.date } };
  });
}
