/**
 * Identity of a scan: its id is the folder under `scans/` that holds `scan.json`.
 *
 * The id is the paper's arXiv id without version; old-style ids (`hep-th/9901001`) nest one
 * folder deeper, exactly like arXiv's own URLs, so `/papers/<id>/` mirrors `arxiv.org/abs/<id>`.
 * Papers without an arXiv id use a lowercase slug folder.
 */
import type { Paper } from './schema.ts';
import { SLUG_PATTERN } from './vocabulary.ts';

/** The file name every scan has inside its folder. */
export const SCAN_FILE_NAME = 'scan.json';

/** Strip the version suffix: `2405.05949v2` → `2405.05949`. */
export function arxivIdWithoutVersion(arxivId: string): string {
  return arxivId.replace(/v\d+$/, '');
}

/** The scan id a paper must be filed under, or undefined when any slug folder is acceptable. */
export function expectedScanId(paper: Pick<Paper, 'arxiv_id'>): string | undefined {
  return paper.arxiv_id ? arxivIdWithoutVersion(paper.arxiv_id) : undefined;
}

/** The scan id for a `scan.json` path relative to the scans folder (`hep-th/9901001/scan.json` → `hep-th/9901001`; `scan.json` → ``). */
export function scanIdFromRelativePath(relativePath: string): string {
  const normalised = relativePath.replaceAll('\\', '/');
  return normalised.slice(0, Math.max(0, normalised.length - SCAN_FILE_NAME.length - 1));
}

/** Why the folder does not fit the paper, or undefined when it does. */
export function folderMismatch(scanId: string, paper: Pick<Paper, 'arxiv_id'>): string | undefined {
  const expected = expectedScanId(paper);
  if (expected !== undefined) {
    return scanId === expected ? undefined : `folder "${scanId}" does not match arxiv_id: move the file to scans/${expected}/${SCAN_FILE_NAME}`;
  }
  return SLUG_PATTERN.test(scanId) ? undefined : `folder "${scanId}" must be a lowercase slug (letters, digits, hyphens) for a paper without arxiv_id`;
}

/** arXiv registers a DOI for every paper, `10.48550/arXiv.<id>`; it names the same paper as the id. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** Keys under which two scans count as the same paper (normalised arXiv id, also read from an arXiv DOI, and DOI). */
export function paperIdentityKeys(paper: Pick<Paper, 'arxiv_id' | 'doi'>): { key: string; label: string; pointer: string }[] {
  const keys: { key: string; label: string; pointer: string }[] = [];
  const add = (key: string, label: string, pointer: string) => {
    if (!keys.some((known) => known.key === key)) keys.push({ key, label, pointer });
  };
  if (paper.arxiv_id) add('arxiv:' + arxivIdWithoutVersion(paper.arxiv_id), `arXiv id ${arxivIdWithoutVersion(paper.arxiv_id)}`, '/paper/arxiv_id');
  if (paper.doi) {
    add('doi:' + paper.doi.toLowerCase(), `DOI ${paper.doi}`, '/paper/doi');
    const arxivId = ARXIV_DOI.exec(paper.doi)?.[1];
    if (arxivId) add('arxiv:' + arxivIdWithoutVersion(arxivId), `arXiv id ${arxivIdWithoutVersion(arxivId)}, from its DOI`, '/paper/doi');
  }
  return keys;
}
