/**
 * The red-flag search of this build: the papers with flags, as the paginated listing shows them,
 * and the index files the search script fetches (see `lib/search/search-index.ts`).
 */
import type { FlagSource } from '../lib/search/search-index.ts';
import type { ScanRecord } from './scans.ts';

/** The papers with red flags and how many flags they raise in all. */
export interface FlagListing {
  /** Papers with at least one red flag, in id order. */
  papers: FlagSource[];
  flagCount: number;
}

/** Site folder the index files are published in; the page passes it to its script. */
export const SEARCH_DATA_PATH = '/search/data/';

/** The papers that have red flags, sorted by id (as the records are), as the index and the listing need them. */
export function flagListing(records: readonly ScanRecord[]): FlagListing {
  const papers = records
    .filter((record) => record.scan.red_flags.length > 0)
    .map((record) => ({ paperId: record.id, title: record.scan.paper.title, flags: record.scan.red_flags }));
  return { papers, flagCount: papers.reduce((sum, paper) => sum + paper.flags.length, 0) };
}
