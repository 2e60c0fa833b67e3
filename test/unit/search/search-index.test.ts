import { describe, expect, test } from 'vitest';
import { decodeIds, parseVocabulary } from '../../../src/lib/search/search-engine.ts';
import { buildSearchIndex, encodeTerms, flagRecords, type FlagSource, type Posting, type VocabularyFile } from '../../../src/lib/search/search-index.ts';

const SOURCES: FlagSource[] = [
  { paperId: '9901.00002', title: 'Synthetic paper 00002', flags: [{ flag: 'Variance not reported', detail: 'Single runs only.' }] },
  {
    paperId: '9901.00001',
    title: 'Synthetic paper 00001: <b>bold</b>',
    flags: [
      { flag: 'Contamination unaddressed', detail: 'Benchmark overlap with training data.' },
      { flag: 'Variance undisclosed', detail: 'No seeds or variance.' },
    ],
  },
  { paperId: 'hep-th/9901001', title: 'Synthetic old-style paper', flags: [] },
];

function postingOf(index: ReturnType<typeof buildSearchIndex>, term: string): number[][] {
  const position = index.vocabulary.terms.indexOf(term);
  expect(position, `term ${term} in vocabulary`).toBeGreaterThanOrEqual(0);
  const shard = index.vocabulary.postingShardStarts.findLastIndex((start) => start <= position);
  const posting = (JSON.parse(index.postingShards[shard]!) as Posting[])[position - index.vocabulary.postingShardStarts[shard]!]!;
  return posting.map(decodeIds);
}

describe('flagRecords', () => {
  test('orders flags by paper id then position, numbering positions from 1 as the #flag-N anchors do', () => {
    expect(flagRecords(SOURCES).map(([id, n, , flag]) => `${id}#${n} ${flag}`)).toEqual([
      '9901.00001#1 Contamination unaddressed',
      '9901.00001#2 Variance undisclosed',
      '9901.00002#1 Variance not reported',
    ]);
  });
});

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(SOURCES, { recordShardSize: 2, postingShardBytes: 40 });

  test('the vocabulary holds every distinct normalised term once, sorted', () => {
    const { terms } = index.vocabulary;
    expect(terms).toEqual([...new Set(terms)].sort());
    expect(terms).toEqual(expect.arrayContaining(['variance', 'contamination', 'seeds', 'synthetic', '00001', 'bold']));
    expect(terms).not.toContain('Variance');
    expect(index.vocabulary.flagCount).toBe(3);
  });

  test.each([
    // [term, ids in flag text, ids in title, ids in detail]; ids follow flagRecords' order.
    ['variance', [1, 2], [], [1]],
    ['contamination', [0], [], []],
    ['synthetic', [], [0, 1, 2], []],
    ['00001', [], [0, 1], []],
    ['seeds', [], [], [1]],
  ])('postings of %s', (term, inFlag, inTitle, inDetail) => {
    expect(postingOf(index, term)).toEqual([inFlag, inTitle, inDetail]);
  });

  test('postings shards cover the vocabulary in order, each starting where the last ended', () => {
    const starts = index.vocabulary.postingShardStarts;
    expect(starts[0]).toBe(0);
    expect(starts.length).toBe(index.postingShards.length);
    expect(starts.length, 'a small byte target splits the postings').toBeGreaterThan(1);
    const lengths = index.postingShards.map((shard) => (JSON.parse(shard) as unknown[]).length);
    starts.forEach((start, k) => expect(start + lengths[k]!).toBe(starts[k + 1] ?? index.vocabulary.terms.length));
  });

  test('records shards hold recordShardSize flags each, in id order', () => {
    expect(index.recordShards.map((shard) => JSON.parse(shard))).toEqual([flagRecords(SOURCES).slice(0, 2), flagRecords(SOURCES).slice(2)]);
  });

  test('the same scans in any order give the same bytes; other scans another version', () => {
    const again = buildSearchIndex([...SOURCES].reverse(), { recordShardSize: 2, postingShardBytes: 40 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(index));
    const changed = buildSearchIndex([{ ...SOURCES[0]!, title: 'Synthetic paper renamed' }, ...SOURCES.slice(1)], {
      recordShardSize: 2,
      postingShardBytes: 40,
    });
    expect(changed.vocabulary.version).not.toBe(index.vocabulary.version);
  });

  test('vocab.json decodes to the same vocabulary the engine was built with', () => {
    expect(parseVocabulary(JSON.parse(index.vocabularyFile) as VocabularyFile)).toEqual(index.vocabulary);
  });

  test('an empty site gives an empty but valid index', () => {
    const empty = buildSearchIndex([]);
    expect(empty.vocabulary).toMatchObject({ flagCount: 0, terms: [], postingShardStarts: [] });
    expect(empty.recordShards).toEqual([]);
  });
});

test.each([
  [[], []],
  [[5], [5]],
  [
    [0, 1, 1, 4],
    [0, 1, 2, 6],
  ],
])('decodeIds(%j) = %j', (deltas, ids) => {
  expect(decodeIds(deltas)).toEqual(ids);
});

describe('front-coded terms', () => {
  test.each([
    ['empty', [], ''],
    ['one term', ['variance'], '0variance'],
    ['shared prefixes', ['seed', 'seeds', 'selection', 'split'], '0seed\n4s\n2lection\n1plit'],
    ['a term that is a prefix of the one before cannot happen sorted, but a shorter next term can', ['abc', 'b'], '0abc\n0b'],
    ['prefix counts stop at 9', ['contaminated', 'contamination'], '0contaminated\n9tion'],
    ['digits and accents', ['00001', '00002', 'données'], '000001\n42\n0données'],
  ])('%s', (_, terms, encoded) => {
    expect(encodeTerms(terms)).toBe(encoded);
    const file: VocabularyFile = { version: 'v', flagCount: 0, recordShardSize: 1, postingShardStarts: [], frontCodedTerms: encoded };
    expect(parseVocabulary(file).terms).toEqual(terms);
  });
});
