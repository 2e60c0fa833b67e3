/**
 * Measure red-flag search in Node: index sizes (gzip, total and a first query's transfer) and
 * per-keystroke query time, over a folder of scans or over a generated large vocabulary.
 *
 *   node scripts/bench-search.ts --scans /tmp/c-10k
 *   node scripts/bench-search.ts --fake-flags 40000 --fake-vocab 30000
 *
 * The fake corpus draws words Zipf-like from random letter strings, so the design is checked
 * against a vocabulary far larger than the synthetic scans' few dozen words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js/basic';
import { createSearchEngine } from '../src/lib/search/search-engine.ts';
import { buildSearchIndex, type FlagSource } from '../src/lib/search/search-index.ts';
import { seededRandom } from './lib/synthetic-scans.ts';
import { quantile } from '../bench/lib/figures.ts';

const { values } = parseArgs({
  options: {
    scans: { type: 'string' },
    'fake-flags': { type: 'string' },
    'fake-vocab': { type: 'string', default: '30000' },
  },
});

const sources = values.scans ? readScans(values.scans) : fakeSources(Number(values['fake-flags'] ?? 40000), Number(values['fake-vocab']));
const started = performance.now();
const index = buildSearchIndex(sources);
const buildMs = performance.now() - started;
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const vocabJson = index.vocabularyFile;
const postingGz = index.postingShards.map(gz);
const recordGz = index.recordShards.map(gz);
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

const fetched = new Set<string>();
const engine = createSearchEngine({
  vocabulary: index.vocabulary,
  Fuse,
  loadPostings: async (shard) => (fetched.add(`p${shard}`), JSON.parse(index.postingShards[shard]!)),
  loadRecords: async (shard) => (fetched.add(`r${shard}`), JSON.parse(index.recordShards[shard]!)),
});

const queries = values.scans
  ? [
      'contaminaton',
      'varience not reported',
      'seed selection',
      'baselnes outdated',
      'prompt',
      'undisclosed funding',
      'cherry picked',
      'licensing',
      'evaluation split ambiguous',
      'compute budjet',
    ]
  : fakeQueries(index.vocabulary.terms);

// First query's transfer: vocabulary plus the shards a query and its first 20 results need.
const first = await engine.search(queries[0]!);
await engine.flags(first.ids.slice(0, 20));
const firstBytes = gz(vocabJson) + [...fetched].reduce((total, key) => total + (key[0] === 'p' ? postingGz : recordGz)[Number(key.slice(1))]!, 0);
const firstShards = fetched.size;

// Keystroke to results: every prefix of every query, as typed, shards already fetched.
const times: number[] = [];
for (const query of queries) {
  for (let end = 1; end <= query.length; end++) {
    const t0 = performance.now();
    const outcome = await engine.search(query.slice(0, end));
    await engine.flags(outcome.ids.slice(0, 20));
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
// Nearest rank, as `npm run bench` computes it, so the two print comparable figures.
const pct = (q: number) => (quantile(times, q) ?? Number.NaN).toFixed(1);
const top = await engine.flags(first.ids.slice(0, 3));

console.log(`flags ${index.vocabulary.flagCount}, terms ${index.vocabulary.terms.length}, index built in ${buildMs.toFixed(0)} ms`);
console.log(`files: ${index.postingShards.length} postings, ${index.recordShards.length} records`);
console.log(
  `gzip: vocab ${(gz(vocabJson) / 1024).toFixed(1)} KB, postings ${(sum(postingGz) / 1024).toFixed(1)} KB (max shard ${(Math.max(...postingGz) / 1024).toFixed(1)} KB), records ${(sum(recordGz) / 1024).toFixed(1)} KB`,
);
console.log(
  `total index gzip ${((gz(vocabJson) + sum(postingGz) + sum(recordGz)) / 1024).toFixed(1)} KB; first query "${queries[0]}" transfers ${(firstBytes / 1024).toFixed(1)} KB (${firstShards} shards + vocab), ${first.ids.length} results`,
);
console.log(`keystroke to results over ${times.length} keystrokes: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms`);
console.log('top results:', top.map((r) => `${r[0]}#flag-${r[1]} ${r[3]}`).join(' | '));

function readScans(dir: string): FlagSource[] {
  const found: FlagSource[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'scan.json') {
        const scan = JSON.parse(readFileSync(full, 'utf8'));
        found.push({ paperId: path.relative(dir, folder), title: scan.paper.title, flags: scan.red_flags });
      }
    }
  };
  walk(dir);
  return found;
}

function fakeSources(flagCount: number, vocabSize: number): FlagSource[] {
  const random = seededRandom(7);
  const letters = 'etaoinshrdlcumwfgypbvkjxqz';
  const vocab = Array.from({ length: vocabSize }, () => {
    const length = 3 + Math.floor(random() * 9);
    return Array.from({ length }, () => letters[Math.floor(random() ** 2 * 26)]).join('');
  });
  // Zipf-like: low ranks much more frequent, as in real text.
  const word = () => vocab[Math.floor(vocabSize * random() ** 3)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const papers: FlagSource[] = [];
  for (let p = 0; papers.reduce((n, s) => n + s.flags.length, 0) < flagCount; p++) {
    papers.push({
      paperId: `fake-${String(p).padStart(5, '0')}`,
      title: `Synthetic paper ${String(p).padStart(5, '0')} ${words(6)}`,
      flags: Array.from({ length: 4 }, () => ({ flag: words(5), detail: words(30) })),
    });
  }
  return papers;
}

function fakeQueries(terms: readonly string[]): string[] {
  const random = seededRandom(11);
  const long = terms.filter((term) => term.length >= 7);
  return Array.from({ length: 10 }, (_, i) => {
    const term = long[Math.floor(random() * long.length)]!;
    const typo = term.slice(0, 3) + term.slice(4); // one deleted letter
    return i % 2 ? typo : `${typo} ${long[Math.floor(random() * long.length)]!.slice(0, 5)}`;
  });
}
