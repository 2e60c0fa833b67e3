/**
 * Links between audits: which cited papers are themselves audited here, and the inverse,
 * which audits cite a given paper.
 *
 * A cited paper matches a scanned paper by arXiv id (version ignored), then DOI (case
 * ignored, as DOIs are), then normalised title. Titles are the fallback because citations
 * often lack identifiers; normalising removes case, accents, punctuation and spacing that
 * differ between a reference list and the paper's own title page.
 */
import type { CitedPaper, Paper } from '../scan-format/schema.ts';
import { arxivIdWithoutVersion } from '../scan-format/scan-id.ts';
import { compareId } from '../scoring/ranking.ts';

/**
 * How many citing audits an audit page names. A landmark paper may be cited by thousands of
 * audits; listing them all would break the page's size budget, so the first ones (by id) are
 * named and the rest counted.
 */
export const CITED_BY_SHOWN = 50;

/** What the linker needs of one scan. */
export interface CitingScan {
  id: string;
  paper: Pick<Paper, 'title' | 'arxiv_id' | 'doi'>;
  cited: readonly Pick<CitedPaper, 'title' | 'arxiv_id' | 'doi'>[];
}

/** Citation links of one scan. */
export interface CitationLinks {
  /** For each cited paper, in order: the scan id of its audit, or null when it is not audited. */
  cites: (string | null)[];
  /** Ids of other scans that cite this paper, sorted, without duplicates. */
  citedBy: string[];
}

/** Lowercase, accent-free, punctuation-free title with single spaces, for matching. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The lookup keys of a paper, strongest first. */
export function identityKeys(paper: Pick<Paper, 'title' | 'arxiv_id' | 'doi'>): string[] {
  const keys: string[] = [];
  if (paper.arxiv_id) keys.push('arxiv:' + arxivIdWithoutVersion(paper.arxiv_id));
  if (paper.doi) keys.push('doi:' + paper.doi.toLowerCase());
  const title = normaliseTitle(paper.title);
  if (title) keys.push('title:' + title);
  return keys;
}

/** Resolve every scan's citations to audits and collect the inverse "cited by" lists. */
export function linkCitations(scans: readonly CitingScan[]): Map<string, CitationLinks> {
  const byKey = new Map<string, string>();
  for (const scan of scans) {
    for (const key of identityKeys(scan.paper)) if (!byKey.has(key)) byKey.set(key, scan.id);
  }
  const links = new Map<string, CitationLinks>(scans.map((scan) => [scan.id, { cites: [], citedBy: [] }]));
  const citedBy = new Map<string, Set<string>>();
  for (const scan of scans) {
    const cites = scan.cited.map((cited) => {
      const target = identityKeys(cited)
        .map((key) => byKey.get(key))
        .find((id) => id !== undefined);
      // A paper citing itself (e.g. an earlier version) is not a link worth following.
      return target === undefined || target === scan.id ? null : target;
    });
    links.get(scan.id)!.cites = cites;
    for (const target of cites) {
      if (target !== null) citedBy.set(target, (citedBy.get(target) ?? new Set()).add(scan.id));
    }
  }
  for (const [target, sources] of citedBy) links.get(target)!.citedBy = [...sources].sort(compareId);
  return links;
}
