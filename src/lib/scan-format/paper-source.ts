/**
 * Where to read a paper: arXiv, DOI and landing page links, built only from validated
 * identifiers (the schema restricts `url` to http(s)), so no scan text becomes an arbitrary link.
 */
import type { Paper } from './schema.ts';
import { arxivIdWithoutVersion } from './scan-id.ts';

/** A labelled external link to a paper. */
export interface SourceLink {
  label: string;
  href: string;
}

/** Links to a paper, arXiv first, then DOI, then its own URL. */
export function sourceLinks(paper: Pick<Paper, 'arxiv_id' | 'doi' | 'url'>): SourceLink[] {
  const links: SourceLink[] = [];
  if (paper.arxiv_id) links.push({ label: `arXiv:${paper.arxiv_id}`, href: `https://arxiv.org/abs/${arxivIdWithoutVersion(paper.arxiv_id)}` });
  // DOI suffixes may hold characters such as `<` or `#`; encode each path part, keep the slashes.
  if (paper.doi) links.push({ label: `doi:${paper.doi}`, href: `https://doi.org/${paper.doi.split('/').map(encodeURIComponent).join('/')}` });
  if (paper.url && /^https?:\/\//i.test(paper.url)) links.push({ label: hostOf(paper.url), href: paper.url });
  return links;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
