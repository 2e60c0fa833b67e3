/**
 * The list of audited papers the compare page searches to add one: ids, titles and years as
 * columns (`/compare/papers.json`), loaded only when the reader starts searching. At 10,000
 * synthetic scans it is ~77 KB gzip, against ~195 KB for the leaderboard's rows.json.
 */
import { normaliseText } from '../scoring/leaderboard-filters.ts';

/** Site path of the published list (without base). */
export const PAPER_LIST_PATH = '/compare/papers.json';

/** The published list, as columns (one entry per paper, sorted by id). */
export interface PaperListData {
  id: string[];
  title: string[];
  year: number[];
}

/** One paper the reader can add. */
export interface PaperChoice {
  id: string;
  title: string;
  year: number;
}

/** Columns from papers. */
export function encodePaperList(papers: readonly PaperChoice[]): PaperListData {
  return { id: papers.map((paper) => paper.id), title: papers.map((paper) => paper.title), year: papers.map((paper) => paper.year) };
}

/** Papers from columns. */
export function decodePaperList(data: PaperListData): PaperChoice[] {
  return data.id.map((id, i) => ({ id, title: data.title[i] ?? '', year: data.year[i] ?? 0 }));
}

/** Fetch and decode the published list; rejects on an HTTP error, so callers can offer to try again. */
export async function fetchPaperList(url: string): Promise<PaperChoice[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return decodePaperList((await response.json()) as PaperListData);
}

/** How well a paper matches: 0 exact id, 1 id prefix, 2 every word in title or id; undefined for no match. */
function matchRank(paper: PaperChoice, query: string, words: readonly string[]): number | undefined {
  const id = paper.id.toLowerCase();
  if (id === query) return 0;
  if (id.startsWith(query)) return 1;
  const haystack = normaliseText(`${paper.title} ${paper.id}`);
  return words.every((word) => haystack.includes(word)) ? 2 : undefined;
}

/** The first matches of a query, and how many papers match in all. */
export interface PaperMatches {
  shown: PaperChoice[];
  total: number;
}

/**
 * Papers matching a query by id or title words (accents and case ignored), best first (exact id,
 * then id prefix, then title), ties in list order; papers in `exclude` are left out.
 */
export function matchPapers(papers: readonly PaperChoice[], query: string, exclude: ReadonlySet<string>, limit: number): PaperMatches {
  const trimmed = query.trim().toLowerCase();
  const words = normaliseText(trimmed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { shown: [], total: 0 };
  const ranked: { paper: PaperChoice; rank: number; order: number }[] = [];
  papers.forEach((paper, order) => {
    if (exclude.has(paper.id)) return;
    const rank = matchRank(paper, trimmed, words);
    if (rank !== undefined) ranked.push({ paper, rank, order });
  });
  const shown = ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map(({ paper }) => paper);
  return { shown, total: ranked.length };
}
