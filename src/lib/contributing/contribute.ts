/**
 * Links from an audit page back to the repository, so a reader who spots a mistake can report or
 * fix it: a dispute issue prefilled with the paper, and GitHub's editor on the scan file.
 */
import { DISPUTE_FORM, DISPUTE_TITLE_PREFIX, PAPER_FIELD } from './issue-forms.ts';
import { repoBase } from './repo-links.ts';
import { SCAN_FILE_NAME } from '../scan-format/scan-id.ts';
import { encodeIdPath } from '../site/urls.ts';

/** The two contribution links of an audit page. */
export interface ContributeLinks {
  /** New issue from the dispute form, with the paper field and title filled in. */
  correction: string;
  /** GitHub's web editor on `scans/<id>/scan.json`; it offers a fork to anyone without write access. */
  edit: string;
}

/** Folder of the scans in the repository, as linked from audit pages. */
export const REPO_SCANS_FOLDER = 'scans';

/** Contribution links for a scan, or undefined when no usable (http(s)) repository URL is configured. */
export function contributeLinks(id: string, repoUrl: string | undefined, branch = 'main'): ContributeLinks | undefined {
  const base = repoBase(repoUrl);
  if (!base) return undefined;
  const query = new URLSearchParams({ template: DISPUTE_FORM, title: DISPUTE_TITLE_PREFIX + id, [PAPER_FIELD]: id });
  return {
    correction: `${base}/issues/new?${query}`,
    edit: `${base}/edit/${encodeURIComponent(branch)}/${REPO_SCANS_FOLDER}/${encodeIdPath(id)}/${SCAN_FILE_NAME}`,
  };
}
