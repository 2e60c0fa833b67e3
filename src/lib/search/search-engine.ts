/**
 * The query side of red-flag search: runs in the browser over the sharded index from
 * `search-index.ts`, fetching only what a query needs.
 *
 * A query word is expanded to vocabulary terms three ways: the exact term, terms it is a prefix
 * of (so results appear while typing) and, for words of four letters or more, fuse.js fuzzy
 * matches (so "contaminaton" finds "contamination"). fuse.js only ever sees a few hundred
 * candidate terms that share letter pairs with the word: fuse.js over a whole 50,000-term
 * vocabulary takes 150–300 ms per word on the reference machine, over the candidates ~1 ms.
 * Flags are then ranked by how many query words they hold (all words first), then by a
 * weighted score (match quality × rarity of the term × field: flag text > title > detail).
 */
import type FuseClass from 'fuse.js';
// Types only: search-index.ts runs at build time (node:crypto) and must stay out of the bundle.
import type { FlagRecord, Posting, Vocabulary, VocabularyFile } from './search-index.ts';
import { distinctTerms } from './search-tokens.ts';

/** The fuse.js class, passed in so the page can load it lazily with `import()`. */
export type FuseConstructor = typeof FuseClass;

/** What the engine needs: the vocabulary, fuse.js, and how to fetch a shard. */
export interface EngineSources {
  vocabulary: Vocabulary;
  Fuse: FuseConstructor;
  loadPostings(shard: number): Promise<Posting[]>;
  loadRecords(shard: number): Promise<FlagRecord[]>;
}

/** A vocabulary term a query word was expanded to, with a match quality in (0, 1]. */
export interface Expansion {
  term: number;
  quality: number;
}

/** The ranked answer to a query. */
export interface SearchOutcome {
  /** Matching flag ids, best first. */
  ids: number[];
  /** Whether every result holds every query word (otherwise results hold some of them). */
  matchedAll: boolean;
  /** Vocabulary terms the query matched, for highlighting. */
  highlightTerms: Set<string>;
}

/** The search operations the page uses. */
export interface SearchEngine {
  search(query: string): Promise<SearchOutcome>;
  flags(ids: readonly number[]): Promise<FlagRecord[]>;
}

/** Weights of a match in the flag text, the paper title and the detail. */
export const FIELD_WEIGHTS = [3, 2, 1] as const;
const MAX_QUERY_WORDS = 8;
const MAX_EXPANSIONS = 8;
const MAX_PREFIX_TERMS = 24;
// A single letter is the prefix of thousands of terms: ranking them all is slow and tells nothing.
const MIN_PREFIX_LENGTH = 2;
const MAX_FUZZY_CANDIDATES = 300;
const FUZZY_MIN_LENGTH = 4;
// Bitap's pattern limit in fuse.js; longer words are matched on their first 32 letters.
const MAX_PATTERN = 32;
const FUZZY_THRESHOLD = 0.34;
// A fuzzy match must start near the start of the term: "seed" should not find "undi(s)closed".
const FUZZY_DISTANCE = 8;

/** Create a search engine over a fetched vocabulary. */
export function createSearchEngine(sources: EngineSources): SearchEngine {
  const { vocabulary } = sources;
  const size = vocabulary.flagCount;
  if (size >= ID_LEVELS) throw new Error(`search index: ${size} flags exceed the ${ID_LEVELS} a sort key can hold`);
  const pairs = letterPairIndex(vocabulary.terms);
  const expansionCache = new Map<string, Expansion[]>();
  const postingShards = new Map<number, Promise<Posting[]>>();
  const recordShards = new Map<number, Promise<FlagRecord[]>>();
  const decoded = new Map<number, number[][]>();
  const scratch = { best: new Float32Array(size), total: new Float32Array(size), hits: new Uint8Array(size) };

  const expansionsOf = (word: string): Expansion[] => {
    let cached = expansionCache.get(word);
    if (!cached) expansionCache.set(word, (cached = expandWord(word, vocabulary.terms, pairs, sources.Fuse)));
    return cached;
  };

  const postingOf = async (term: number): Promise<number[][]> => {
    const known = decoded.get(term);
    if (known) return known;
    const shard = shardOf(vocabulary.postingShardStarts, term);
    const posting = (await loadOnce(postingShards, shard, sources.loadPostings))[term - vocabulary.postingShardStarts[shard]!];
    if (!posting) throw new Error(`search index: postings shard ${shard} lacks term ${term}`);
    const lists = posting.map(decodeIds);
    decoded.set(term, lists);
    return lists;
  };

  return {
    async search(query) {
      const words = distinctTerms(query).slice(0, MAX_QUERY_WORDS);
      const expanded = words.map(expansionsOf);
      const postings = await Promise.all(expanded.map((expansions) => Promise.all(expansions.map((e) => postingOf(e.term)))));
      const highlightTerms = new Set(expanded.flatMap((expansions) => expansions.map((e) => vocabulary.terms[e.term]!)));
      return { ...rank(expanded, postings, scratch), highlightTerms };
    },
    async flags(ids) {
      const shardSize = vocabulary.recordShardSize;
      return Promise.all(
        ids.map(async (id) => {
          const shard = Math.floor(id / shardSize);
          const record = (await loadOnce(recordShards, shard, sources.loadRecords))[id % shardSize];
          if (!record) throw new Error(`search index: records shard ${shard} lacks flag ${id}`);
          return record;
        }),
      );
    },
  };
}

// One fetch per shard however many searches need it; a failed fetch is forgotten so a later search retries.
function loadOnce<T>(cache: Map<number, Promise<T>>, shard: number, load: (shard: number) => Promise<T>): Promise<T> {
  let pending = cache.get(shard);
  if (!pending) {
    pending = load(shard);
    cache.set(shard, pending);
    pending.catch(() => cache.delete(shard));
  }
  return pending;
}

/** Read `vocab.json`: decode its front-coded terms (see encodeTerms in search-index.ts). */
export function parseVocabulary({ frontCodedTerms, ...header }: VocabularyFile): Vocabulary {
  const terms: string[] = [];
  let previous = '';
  for (const line of frontCodedTerms ? frontCodedTerms.split('\n') : []) {
    previous = previous.slice(0, Number(line[0])) + line.slice(1);
    terms.push(previous);
  }
  return { ...header, terms };
}

/** Decode a delta-encoded id list (see search-index.ts) back into ascending flag ids. */
export function decodeIds(deltas: readonly number[]): number[] {
  let id = 0;
  return deltas.map((delta) => (id += delta));
}

/** Expand one query word to vocabulary terms: exact, prefix and fuzzy matches, best first. */
export function expandWord(word: string, terms: readonly string[], pairs: Map<string, number[]>, Fuse: FuseConstructor): Expansion[] {
  const best = new Map<number, number>();
  const offer = (term: number, quality: number) => {
    if (quality > (best.get(term) ?? 0)) best.set(term, quality);
  };
  const first = lowerBound(terms, word);
  if (terms[first] === word) offer(first, 1);
  const prefixLimit = word.length >= MIN_PREFIX_LENGTH ? MAX_PREFIX_TERMS : 0;
  for (let i = first, seen = 0; i < terms.length && terms[i]!.startsWith(word) && seen < prefixLimit; i++, seen++) {
    // A longer term the word is a prefix of scores a little less than the exact term.
    if (terms[i] !== word) offer(i, 0.6 + 0.3 * (word.length / terms[i]!.length));
  }
  if (word.length >= FUZZY_MIN_LENGTH) {
    const candidates = fuzzyCandidates(word, terms, pairs);
    const fuse = new Fuse(
      candidates.map((term) => terms[term]!),
      { includeScore: true, threshold: FUZZY_THRESHOLD, location: 0, distance: FUZZY_DISTANCE, shouldSort: false, ignoreFieldNorm: true },
    );
    for (const result of fuse.search(word.slice(0, MAX_PATTERN))) {
      offer(candidates[result.refIndex]!, 0.8 * (1 - (result.score ?? 1)));
    }
  }
  return [...best]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || a.term - b.term)
    .slice(0, MAX_EXPANSIONS);
}

/** Map each pair of adjacent letters to the vocabulary terms that contain it. */
export function letterPairIndex(terms: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  terms.forEach((term, position) => {
    for (const pair of new Set(letterPairs(term))) {
      let list = index.get(pair);
      if (!list) index.set(pair, (list = []));
      list.push(position);
    }
  });
  return index;
}

/**
 * Terms sharing enough letter pairs with the word to be within fuse.js's threshold: each typo
 * breaks at most two pairs, so a term needs all but two per allowed typo. Capped, most shared first.
 */
export function fuzzyCandidates(word: string, terms: readonly string[], pairs: Map<string, number[]>): number[] {
  const wordPairs = [...new Set(letterPairs(word))];
  const typos = Math.max(1, Math.floor(word.length * FUZZY_THRESHOLD));
  const needed = Math.max(1, wordPairs.length - 2 * typos);
  const shared = new Map<number, number>();
  for (const pair of wordPairs) {
    for (const term of pairs.get(pair) ?? []) shared.set(term, (shared.get(term) ?? 0) + 1);
  }
  const distance = (term: number) => Math.abs(terms[term]!.length - word.length);
  return [...shared]
    .filter(([, count]) => count >= needed)
    .sort((a, b) => b[1] - a[1] || distance(a[0]) - distance(b[0]) || a[0] - b[0])
    .slice(0, MAX_FUZZY_CANDIDATES)
    .map(([term]) => term);
}

function letterPairs(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
}

interface Scratch {
  best: Float32Array;
  total: Float32Array;
  hits: Uint8Array;
}

/**
 * Rank flags: per word, a flag's best expansion counts (quality × rarity × field weight);
 * word scores add up. Typed arrays over all flags keep this linear in the postings touched.
 */
function rank(expanded: Expansion[][], postings: number[][][][], { best, total, hits }: Scratch): Omit<SearchOutcome, 'highlightTerms'> {
  const flagCount = total.length;
  const touched: number[] = [];
  expanded.forEach((expansions, word) => {
    const wordTouched: number[] = [];
    expansions.forEach((expansion, e) => {
      const lists = postings[word]![e]!;
      const rarity = Math.log(1 + flagCount / (1 + Math.max(...lists.map((ids) => ids.length))));
      lists.forEach((ids, field) => {
        const value = expansion.quality * rarity * FIELD_WEIGHTS[field as 0 | 1 | 2];
        for (const id of ids) {
          if (best[id] === 0) wordTouched.push(id);
          if (value > best[id]!) best[id] = value;
        }
      });
    });
    for (const id of wordTouched) {
      if (hits[id] === 0) touched.push(id);
      total[id] = total[id]! + best[id]!;
      hits[id] = hits[id]! + 1;
      best[id] = 0;
    }
  });
  const all = touched.filter((id) => hits[id] === expanded.length);
  const matchedAll = all.length > 0 || touched.length === 0;
  const ids = sortByRank(matchedAll ? all : touched, hits, total);
  for (const id of touched) {
    total[id] = 0;
    hits[id] = 0;
  }
  return { ids, matchedAll };
}

// Sort keys pack (words matched, score, inverted id) into one float so the engine's native numeric
// sort does the work: 4 + 24 + 24 bits, exact within a double's 53. A comparator sort of 30,000
// results took ~10 ms of a keystroke's budget.
const ID_LEVELS = 2 ** 24;
const SCORE_LEVELS = 2 ** 24;
const SCORE_SCALE = SCORE_LEVELS / 512;

/** Order flag ids by words matched, then score, both descending, then id ascending. */
export function sortByRank(ids: readonly number[], hits: ArrayLike<number>, total: ArrayLike<number>): number[] {
  const keys = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const score = Math.min(SCORE_LEVELS - 1, Math.round(total[id]! * SCORE_SCALE));
    keys[i] = (hits[id]! * SCORE_LEVELS + score) * ID_LEVELS + (ID_LEVELS - 1 - id);
  });
  keys.sort();
  const sorted = new Array<number>(ids.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = ID_LEVELS - 1 - (keys[keys.length - 1 - i]! % ID_LEVELS);
  return sorted;
}

function shardOf(starts: readonly number[], term: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lowerBound(terms: readonly string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
