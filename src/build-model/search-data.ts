/**
 * The red-flag search index of this build, computed once and shared by the search pages and the
 * index files they fetch (the underscore keeps this module from becoming a route).
 */
import { buildModel } from './index.ts';
import { buildSearchIndex, type FlagSource, type SearchIndexFiles } from '../lib/search/search-index.ts';
import { withBase } from '../lib/site/urls.ts';

let cached: Promise<SearchIndexFiles> | undefined;
// Every listing page asks for the same list; computing it once keeps page cost flat as scans grow.
let cachedPapers: Promise<FlagSource[]> | undefined;

/** The papers that have red flags, sorted by id, as the index and the listing need them. */
export function papersWithFlags(): Promise<FlagSource[]> {
  cachedPapers ??= Promise.resolve(buildModel().records).then((records) =>
    records
      .filter((record) => record.scan.red_flags.length > 0)
      .map((record) => ({ paperId: record.id, title: record.scan.paper.title, flags: record.scan.red_flags })),
  );
  return cachedPapers;
}

/** Every file of the search index, built from all scans. */
export function getSearchIndex(): Promise<SearchIndexFiles> {
  cached ??= papersWithFlags().then((papers) => buildSearchIndex(papers));
  return cached;
}

/** Site folder the index files are published in; the page passes it to its script. */
export const SEARCH_DATA_PATH = '/search/data/';

/** Base-aware URL of the index folder. */
export function searchDataUrl(): string {
  return withBase(SEARCH_DATA_PATH);
}
