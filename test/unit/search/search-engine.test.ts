import Fuse from 'fuse.js/basic';
import { describe, expect, test } from 'vitest';
import { createSearchEngine, expandWord, fuzzyCandidates, letterPairIndex, sortByRank } from '../../../src/lib/search/search-engine.ts';
import { buildSearchIndex, type FlagRecord, type FlagSource, type Posting } from '../../../src/lib/search/search-index.ts';
import { seededRandom } from '../../../scripts/lib/synthetic-scans.ts';

const SOURCES: FlagSource[] = [
  {
    paperId: '9901.00001',
    title: 'Synthetic paper 00001: scaling fictional encoders',
    flags: [
      { flag: 'Benchmark contamination unaddressed', detail: 'Test items may overlap with the pretraining corpus.' },
      { flag: 'Seed selection undisclosed', detail: 'Only the best of several runs is reported.' },
    ],
  },
  {
    paperId: '9901.00002',
    title: 'Synthetic paper 00002: probing invented agents',
    flags: [
      { flag: 'Variance not reported', detail: 'Single runs; no error bars or seeds.' },
      { flag: 'Baselines outdated', detail: 'The compared systems are two years old; contamination is not discussed.' },
    ],
  },
  {
    paperId: 'synthetic-slug-paper',
    title: 'Synthetic <script>alert(1)</script> contamination study',
    flags: [{ flag: 'Funding source undisclosed', detail: 'No conflict of interest statement.' }],
  },
];

function engineFor(sources: FlagSource[], options = { recordShardSize: 1, postingShardBytes: 60 }) {
  const index = buildSearchIndex(sources, options);
  const fetched: string[] = [];
  const engine = createSearchEngine({
    vocabulary: index.vocabulary,
    Fuse,
    loadPostings: async (shard) => (fetched.push(`postings-${shard}`), JSON.parse(index.postingShards[shard]!) as Posting[]),
    loadRecords: async (shard) => (fetched.push(`records-${shard}`), JSON.parse(index.recordShards[shard]!) as FlagRecord[]),
  });
  return { index, engine, fetched };
}

async function topFlags(engine: ReturnType<typeof engineFor>['engine'], query: string, count = 3): Promise<string[]> {
  const outcome = await engine.search(query);
  return (await engine.flags(outcome.ids.slice(0, count))).map(([id, n, , flag]) => `${id}#flag-${n} ${flag}`);
}

describe('searching red flags', () => {
  const { engine } = engineFor(SOURCES);

  test.each([
    ['exact word', 'variance', '9901.00002#flag-1 Variance not reported'],
    ['misspelt: missing letter', 'contaminaton', '9901.00001#flag-1 Benchmark contamination unaddressed'],
    ['misspelt: wrong vowel', 'varience', '9901.00002#flag-1 Variance not reported'],
    ['misspelt: swapped letters', 'baselnies', '9901.00002#flag-2 Baselines outdated'],
    ['prefix while typing', 'contam', '9901.00001#flag-1 Benchmark contamination unaddressed'],
    ['two words, one misspelt', 'seed selecton', '9901.00001#flag-2 Seed selection undisclosed'],
    ['accent and case folded', 'FUNDÏNG', 'synthetic-slug-paper#flag-1 Funding source undisclosed'],
    ['a word of the paper title', 'probing', '9901.00002#flag-1 Variance not reported'],
  ])('%s: "%s" finds %s first', async (_, query, expected) => {
    expect((await topFlags(engine, query, 1))[0]).toBe(expected);
  });

  test('a match in the flag text outranks one in the title, which outranks one in the detail', async () => {
    expect(await topFlags(engine, 'contamination')).toEqual([
      '9901.00001#flag-1 Benchmark contamination unaddressed',
      'synthetic-slug-paper#flag-1 Funding source undisclosed',
      '9901.00002#flag-2 Baselines outdated',
    ]);
  });

  test('flags holding every word come first; without any, flags holding some are returned and said so', async () => {
    const all = await engine.search('seed undisclosed');
    expect(all.matchedAll).toBe(true);
    expect(all.ids).toHaveLength(1);
    const some = await engine.search('variance funding');
    expect(some.matchedAll).toBe(false);
    expect(some.ids.length).toBe(2);
  });

  test('matched terms are offered for highlighting, fuzzy ones included', async () => {
    const outcome = await engine.search('contaminaton');
    expect(outcome.highlightTerms.has('contamination')).toBe(true);
  });

  test.each([
    ['a word in the middle of a longer term is no fuzzy match', 'seed', 'undisclosed'],
    ['nor is an unrelated word of the same length', 'varience', 'reported'],
  ])('%s ("%s" ≠ %s)', async (_, query, unrelated) => {
    expect((await engine.search(query)).highlightTerms.has(unrelated)).toBe(false);
  });

  test.each([[''], ['   '], ['—!?'], ['zzzzqqqq']])('%j finds nothing', async (query) => {
    const outcome = await engine.search(query);
    expect(outcome.ids).toEqual([]);
  });

  test('hostile text in a query is just words', async () => {
    expect((await topFlags(engine, '<script>', 1))[0]).toBe('synthetic-slug-paper#flag-1 Funding source undisclosed');
  });
});

describe('fetching only what a query needs', () => {
  test('a query fetches the postings shards of its matched terms and the records of the results it shows', async () => {
    const { index, engine, fetched } = engineFor(SOURCES);
    expect(index.postingShards.length).toBeGreaterThan(4);
    const outcome = await engine.search('variance');
    expect(fetched.filter((file) => file.startsWith('postings')).length).toBeLessThan(index.postingShards.length / 2);
    expect(fetched.filter((file) => file.startsWith('records'))).toEqual([]);
    await engine.flags(outcome.ids.slice(0, 1));
    expect(fetched.filter((file) => file.startsWith('records'))).toEqual([`records-${outcome.ids[0]}`]);
  });

  test('a shard is fetched once however often it is needed', async () => {
    const { engine, fetched } = engineFor(SOURCES);
    await engine.search('varia');
    await engine.search('varian');
    await engine.search('variance');
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  test('a shard that failed to load is fetched again by the next search', async () => {
    const index = buildSearchIndex(SOURCES);
    let failures = 1;
    const engine = createSearchEngine({
      vocabulary: index.vocabulary,
      Fuse,
      loadPostings: async (shard) => {
        if (failures-- > 0) throw new Error('network down');
        return JSON.parse(index.postingShards[shard]!) as Posting[];
      },
      loadRecords: async (shard) => JSON.parse(index.recordShards[shard]!) as FlagRecord[],
    });
    await expect(engine.search('variance')).rejects.toThrow('network down');
    expect((await engine.search('variance')).ids.length).toBeGreaterThan(0);
  });

  test('a shard that fails to load makes the search fail instead of answering wrong', async () => {
    const index = buildSearchIndex(SOURCES);
    const engine = createSearchEngine({
      vocabulary: index.vocabulary,
      Fuse,
      loadPostings: () => Promise.reject(new Error('404')),
      loadRecords: () => Promise.reject(new Error('404')),
    });
    await expect(engine.search('variance')).rejects.toThrow('404');
  });
});

describe('typo tolerance in a large vocabulary', () => {
  // 20,000 random fictional words around the real one, so candidate capping is exercised.
  const random = seededRandom(3);
  const noise = Array.from({ length: 20_000 }, () =>
    Array.from({ length: 4 + Math.floor(random() * 8) }, () => 'acdeimnotr'[Math.floor(random() * 10)]).join(''),
  );
  const terms = [...new Set([...noise, 'contamination', 'variance'])].sort();
  const pairs = letterPairIndex(terms);

  test.each([
    ['contaminaton', 'contamination'],
    ['contamniation', 'contamination'],
    ['varience', 'variance'],
  ])('"%s" still expands to "%s"', (word, expected) => {
    const expansions = expandWord(word, terms, pairs, Fuse);
    expect(expansions.map((e) => terms[e.term])).toContain(expected);
  });

  test('fuse.js only ever sees a capped number of candidates', () => {
    expect(fuzzyCandidates('contaminaton', terms, pairs).length).toBeLessThanOrEqual(300);
    expect(fuzzyCandidates('contaminaton', terms, pairs).map((term) => terms[term])).toContain('contamination');
  });
});

describe('sortByRank', () => {
  // Flag ids 0..5 with words matched and scores; expected order: more words, then higher score, then lower id.
  const hits = [1, 2, 2, 1, 2, 1];
  const total = [9.5, 1.25, 3, 9.5, 1.25, 0.001];
  test.each([
    ['all ids', [0, 1, 2, 3, 4, 5], [2, 1, 4, 0, 3, 5]],
    ['a subset, given in any order', [5, 3, 1], [1, 3, 5]],
    ['none', [], []],
  ])('%s', (_, ids, expected) => {
    expect(sortByRank(ids, hits, total)).toEqual(expected);
  });

  test('large ids and scores keep their order', () => {
    const big = 2 ** 24 - 1;
    const manyHits = new Map([
      [big, 8],
      [0, 8],
    ]);
    const scores = new Map([
      [big, 400],
      [0, 399.99],
    ]);
    const proxy = <T>(map: Map<number, T>) => new Proxy({} as ArrayLike<T>, { get: (_, key) => (key === 'length' ? 2 ** 24 : map.get(Number(key))) });
    expect(sortByRank([0, big], proxy(manyHits), proxy(scores))).toEqual([big, 0]);
  });
});
