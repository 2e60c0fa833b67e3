/**
 * The red-flag search index, built once at build time and fetched in pieces by `/search/`.
 *
 * Why not one fuse.js index over every flag: at 10,000 scans (~40,000 flags) that ships
 * ~3.7 MB gzip and takes ~790 ms per query. Instead the index is split three ways:
 * - `vocab.json`: every distinct term, sorted and front-coded (small; the only file a first query
 *   always needs).
 *   The browser fuzzy-matches query words against it with fuse.js, which gives typo tolerance.
 * - `postings-K.json`: for a contiguous range of terms, which flags hold each term in their
 *   flag text, paper title or detail. A query fetches only the shards its matched terms live in.
 * - `records-K.json`: the flags themselves (paper id, position, title, flag, detail), in id order,
 *   a few dozen per file. A query fetches only the shards of the results it shows.
 * Every list is sorted and every file is serialised the same way, so the same scans give the
 * same bytes.
 */
import { createHash } from 'node:crypto';
import { compareId } from '../scoring/ranking.ts';
import { distinctTerms } from './search-tokens.ts';

/** What the index needs of one scan. */
export interface FlagSource {
  paperId: string;
  title: string;
  flags: ReadonlyArray<{ flag: string; detail: string }>;
}

/** One red flag as the search page shows it: [paper id, 1-based position, paper title, flag, detail]. */
export type FlagRecord = [paperId: string, position: number, title: string, flag: string, detail: string];

/** Where a term occurs: delta-encoded ascending flag ids, one list per field. */
export type Posting = [inFlag: number[], inTitle: number[], inDetail: number[]];

/** The first file a search fetches. */
export interface Vocabulary {
  /** Content hash of the whole index; shards are fetched with it so a cached old shard is never mixed in. */
  version: string;
  flagCount: number;
  recordShardSize: number;
  /** Every distinct term, sorted by code unit. */
  terms: string[];
  /** Index into `terms` where each postings shard starts; shard K holds terms[starts[K]] up to starts[K+1]. */
  postingShardStarts: number[];
}

/** `vocab.json` as stored: the terms front-coded into one string (see encodeTerms). */
export type VocabularyFile = Omit<Vocabulary, 'terms'> & { frontCodedTerms: string };

/** Every file of the index, serialised. */
export interface SearchIndexFiles {
  /** The vocabulary as the engine uses it. */
  vocabulary: Vocabulary;
  /** JSON of `vocab.json` (a VocabularyFile). */
  vocabularyFile: string;
  /** JSON of each postings shard: an array of postings, aligned with the shard's terms. */
  postingShards: string[];
  /** JSON of each records shard: an array of FlagRecord. */
  recordShards: string[];
}

/** Tunables; the defaults keep a first query near Pagefind's transfer (see the report in the bench). */
export interface SearchIndexOptions {
  /** Flags per records file. */
  recordShardSize?: number;
  /** Target raw bytes of one postings file; a single very common term may exceed it. */
  postingShardBytes?: number;
}

const FIELDS = 3;

/** Flatten scans into flag records, ordered by paper id then position. */
export function flagRecords(sources: readonly FlagSource[]): FlagRecord[] {
  const sorted = [...sources].sort((a, b) => compareId(a.paperId, b.paperId));
  return sorted.flatMap((source) => source.flags.map((flag, index): FlagRecord => [source.paperId, index + 1, source.title, flag.flag, flag.detail]));
}

/** Build every file of the search index from the scans' red flags. */
export function buildSearchIndex(sources: readonly FlagSource[], options: SearchIndexOptions = {}): SearchIndexFiles {
  const recordShardSize = options.recordShardSize ?? 32;
  const records = flagRecords(sources);
  const occurrences = termOccurrences(records);
  // Locale-free order (compareId works on any string), so the index is byte-identical on every machine.
  const terms = [...occurrences.keys()].sort(compareId);
  const postings = terms.map((term) => encodePosting(occurrences.get(term)!));
  const { starts, shards } = shardPostings(postings, options.postingShardBytes ?? 24_000);
  const recordShards = chunk(records, recordShardSize).map((shard) => JSON.stringify(shard));
  const hash = createHash('sha256');
  for (const file of [JSON.stringify(terms), ...shards, ...recordShards]) hash.update(file);
  const header = { version: hash.digest('hex').slice(0, 12), flagCount: records.length, recordShardSize, postingShardStarts: starts };
  const vocabularyFile: VocabularyFile = { ...header, frontCodedTerms: encodeTerms(terms) };
  return { vocabulary: { ...header, terms }, vocabularyFile: JSON.stringify(vocabularyFile), postingShards: shards, recordShards };
}

/**
 * Front-code sorted terms: one line per term, a digit saying how many leading letters it shares
 * with the term before (at most 9), then the rest. Sorted neighbours share long prefixes, so this
 * is ~25% smaller gzipped than a JSON array. Terms are letters and digits only, so no line break
 * can occur inside one, and the first character of a line is always the count.
 */
export function encodeTerms(terms: readonly string[]): string {
  let previous = '';
  return terms
    .map((term) => {
      let shared = 0;
      while (shared < 9 && shared < term.length && term[shared] === previous[shared]) shared++;
      previous = term;
      return `${shared}${term.slice(shared)}`;
    })
    .join('\n');
}

/** For each term, the ascending flag ids holding it, per field (flag, title, detail). */
function termOccurrences(records: readonly FlagRecord[]): Map<string, number[][]> {
  const occurrences = new Map<string, number[][]>();
  records.forEach(([, , title, flag, detail], id) => {
    [flag, title, detail].forEach((text, field) => {
      for (const term of distinctTerms(text)) {
        let lists = occurrences.get(term);
        if (!lists) occurrences.set(term, (lists = Array.from({ length: FIELDS }, () => [])));
        lists[field]!.push(id);
      }
    });
  });
  return occurrences;
}

// Ids ascend, so deltas are small numbers that gzip far better than the ids themselves.
function encodePosting(lists: number[][]): Posting {
  return lists.map((ids) => ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!))) as Posting;
}

function shardPostings(postings: readonly Posting[], targetBytes: number): { starts: number[]; shards: string[] } {
  const starts: number[] = [];
  const shards: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  postings.forEach((posting, index) => {
    const json = JSON.stringify(posting);
    if (current.length > 0 && bytes + json.length > targetBytes) {
      shards.push(`[${current.join(',')}]`);
      current = [];
      bytes = 0;
    }
    if (current.length === 0) starts.push(index);
    current.push(json);
    bytes += json.length + 1;
  });
  if (current.length > 0) shards.push(`[${current.join(',')}]`);
  return { starts, shards };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
