/**
 * The version of each audit, from the build's one read of git history (see
 * `lib/history/git-history.ts`), with what pages need to show and cite it: the page URL,
 * permalink and source links.
 */
import type { HistoryReader, Revision, ScanHistory } from '../lib/history/git-history.ts';
import { permalink, provenancePeople, type AuditCitationInput } from '../lib/publishing/citation-record.ts';
import { fileAtCommitUrl, fileHistoryUrl } from '../lib/contributing/repo-links.ts';
import { companionFacts, type DataRecordFacts } from '../lib/publishing/open-data.ts';
import { absoluteUrl, paperPath } from '../lib/site/urls.ts';
import type { ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';

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

/** The version of one audit, given the build's git history and site. */
export function auditVersion(record: ScanRecord, reader: HistoryReader, config: SiteConfig): AuditVersion {
  const history = reader.historyOf(record.sourcePath, record.blobId);
  const current = history.versioned ? history.revisions[0] : null;
  const repoPath = reader.repoPathOf(record.sourcePath);
  const pageUrl = absoluteUrl(paperPath(record.id), config.site, config.base);
  const version = current && { short: current.short, date: current.date };
  return {
    history,
    current,
    pageUrl,
    permalink: permalink(pageUrl, version),
    sourceUrl: current && repoPath ? fileAtCommitUrl(config.repo, current.commit, repoPath) : undefined,
    historyUrl: repoPath && history.revisions.length > 0 ? fileHistoryUrl(config.repo, repoPath) : undefined,
    repoPath,
    citation: { id: record.id, paper: record.scan.paper, pageUrl, version, reviewers: provenancePeople(record.scan.provenance) },
  };
}

/**
 * What the data downloads publish of a scan besides the scan itself, which they take from the
 * committed file (`committedScan`): records keep scans without their answers' text.
 */
export function dataRecord(record: ScanRecord, { current }: Pick<AuditVersion, 'current'>): DataRecordFacts {
  return {
    id: record.id,
    scores: record.scores,
    version: current && { commit: current.commit, date: current.date },
    companions: companionFacts(record.scan, record.audits, record.replies),
  };
}
