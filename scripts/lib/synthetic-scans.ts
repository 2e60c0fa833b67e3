/**
 * Plainly fictional scans for tests and benchmarks ("Synthetic paper 00042"), deterministic
 * for a seed. They never go into `scans/`: that folder holds only real audits.
 *
 * Ids use the arXiv form with year-month `99xx` (December 2099 and earlier in that year), a
 * range arXiv has not issued, so no synthetic id can collide with a real paper.
 */
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import { SUPPORT_LEVELS, type Scan } from '../../src/lib/scan-format/schema.ts';

/** A small, fast seeded PRNG (mulberry32): same seed, same scans, on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Ada',
  'Bruno',
  'Chiara',
  'Dmitri',
  'Eun-ji',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kaveh',
  'Lena',
  'Mateus',
  'Noor',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomoko',
  'Ugo',
  'Vera',
  'Wen',
  'Yara',
  'Zoltan',
];
const FAMILY = [
  'Abernathy',
  'Brightwater',
  'Castellano',
  'Dunmore',
  'Eklund',
  'Fairweather',
  'Grimsby',
  'Holloway',
  'Ishikawa',
  'Jankowski',
  'Kettleby',
  'Lindqvist',
  'Moravec',
  'Nakashima',
  'Oyelaran',
  'Pemberton',
  'Quist',
  'Rasmussen',
  'Szabo',
  'Thornbury',
  'Ulloa',
  'Vasquez',
  'Whitcombe',
  'Yilmaz',
  'Zeller',
];
const VENUES = ['arXiv', 'NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'CVPR', 'TMLR', 'AAAI', 'COLM'];
const TAGS = ['benchmark-eval', 'human-study', 'agent-eval', 'theory', 'dataset', 'fine-tuning', 'pretraining', 'rlhf', 'interpretability', 'safety-eval'];
/** Subjects of synthetic red flags; the benchmark's queries are drawn from them too. */
export const FLAG_SUBJECTS = [
  'variance',
  'baselines',
  'contamination',
  'compute budget',
  'prompt selection',
  'evaluation split',
  'annotator pool',
  'funding source',
  'ablation coverage',
  'metric choice',
  'data licensing',
  'seed selection',
];
const FLAG_PROBLEMS = ['not reported', 'outdated', 'unaddressed', 'undisclosed', 'cherry-picked', 'ambiguous', 'missing', 'inconsistent with the abstract'];
const WORDS = [
  'synthetic',
  'results',
  'table',
  'benchmark',
  'model',
  'training',
  'evaluation',
  'reported',
  'appendix',
  'section',
  'runs',
  'seeds',
  'authors',
  'claim',
  'dataset',
  'split',
  'compute',
  'baseline',
  'score',
  'improvement',
  'variance',
  'statistical',
  'prompt',
  'fictional',
  'method',
  'ablation',
  'leakage',
  'annotators',
  'hardware',
  'release',
];

/** One element of a list, chosen by the generator. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A fictional person's name from the generator, e.g. "Ada Abernathy". */
export function fictionalName(random: () => number): string {
  return `${pick(random, GIVEN)} ${pick(random, FAMILY)}`;
}

/** A sentence of `words` filler words, capitalised, with a full stop. */
export function sentence(random: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => pick(random, WORDS));
  const text = chosen.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/** Zero-padded synthetic number: 42 → "00042". */
export function syntheticNumber(index: number): string {
  return String(index).padStart(5, '0');
}

/** The arXiv-form id of synthetic paper `index` (1-based). */
export function syntheticId(index: number): string {
  const month = 1 + Math.floor((index - 1) / 99_999);
  return `99${String(month).padStart(2, '0')}.${syntheticNumber(((index - 1) % 99_999) + 1)}`;
}

/**
 * A checklist with a random openness (the chance of a yes), so scores vary: human studies apply
 * to a quarter of papers, each other item with probability `applyRate`; `justify` writes the text.
 * The order of draws is part of the output: changing it changes every synthetic scan.
 */
function synthesizeChecklist(random: () => number, applyRate: number, justify: (applies: boolean, categoryApplies: boolean) => string): Scan['checklist'] {
  const openness = random();
  const checklist = Object.fromEntries(
    RUBRIC.map((category) => {
      const categoryApplies = category.key !== 'human_studies' || random() < 0.25;
      const items = category.items.map((item) => {
        const applies = categoryApplies && random() < applyRate;
        const answer = applies && random() < openness;
        return [item.key, { applies, answer, justification: justify(applies, categoryApplies) }];
      });
      return [category.key, Object.fromEntries(items)];
    }),
  );
  return checklist as Scan['checklist'];
}

/** One fictional, valid scan. `bias` in [0, 1] shifts how open the paper is, so scores vary. */
export function synthesizeScan(index: number, seed: number): Scan {
  const random = seededRandom(seed * 1_000_003 + index);
  const checklist = synthesizeChecklist(random, 0.9, () => `Synthetic justification: ${sentence(random, 12)}`);
  const authorCount = 1 + Math.floor(random() * 6);
  return {
    paper: {
      title: `Synthetic paper ${syntheticNumber(index)}: ${pick(random, ['scaling', 'probing', 'aligning', 'evaluating', 'compressing'])} ${pick(random, ['fictional', 'imaginary', 'invented'])} ${pick(random, ['transformers', 'agents', 'benchmarks', 'datasets', 'encoders'])}`,
      authors: Array.from({ length: authorCount }, () => fictionalName(random)),
      year: 2015 + Math.floor(random() * 11),
      venue: pick(random, VENUES),
      arxiv_id: syntheticId(index),
    },
    checklist,
    claims: Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
      claim: sentence(random, 10),
      evidence: sentence(random, 20),
      supported: pick(random, SUPPORT_LEVELS),
    })),
    methodology_tags: [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(random, TAGS)))],
    key_findings: `This is a fictional paper generated for testing. ${sentence(random, 25)}`,
    red_flags: Array.from({ length: Math.floor(random() * 7) }, () => ({
      flag: `${pick(random, FLAG_SUBJECTS)} ${pick(random, FLAG_PROBLEMS)}`.replace(/^./, (c) => c.toUpperCase()),
      detail: sentence(random, 30),
    })),
    cited_papers: Array.from({ length: Math.floor(random() * 4) }, (_, i) => ({
      title: `Synthetic reference ${syntheticNumber(index)}-${i + 1}`,
      authors: [fictionalName(random)],
      year: 2010 + Math.floor(random() * 15),
      relevance: sentence(random, 10),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Seed-sized scans: the size profile of the real seed scan (`scans/2405.05949/scan.json`, about
// 17.5 KB), which is what a scanner writes for a real paper: justifications of one or two long
// sentences, four or so claims with their evidence, several red flags and citations. The text is
// invented from phrase lists (never copied), so it compresses like prose rather than like the
// small profile's thirty-word soup, and page and download sizes measured on it are realistic.

/** Which kind of synthetic scan to write: `small` (the default, unchanged) or `seed` (seed-sized). */
export const SCAN_PROFILES = ['small', 'seed'] as const;
export type ScanProfile = (typeof SCAN_PROFILES)[number];

// Word lists for invented prose. Sentences pick from them independently, so text varies like
// prose and compresses like it (about 3.5:1 with gzip, as the seed scan does), not like a loop.
const ADJECTIVES = words(`fictional synthetic invented imaginary placeholder pretend made-up hypothetical sparse dense small
  large held-out noisy clean multilingual multimodal distilled quantised pruned frozen tuned ablated public private older recent
  unnamed undocumented averaged per-task weighted calibrated shuffled filtered curated deduplicated rescaled truncated mixed
  pooled nested staged greedy sampled bootstrapped stratified balanced skewed contaminated licensed proprietary open-weight
  long-context low-resource zero-shot few-shot instruction-tuned reward-weighted self-reported crowd-sourced`);
const NOUNS = words(`model encoder decoder benchmark corpus dataset split baseline metric prompt seed run table figure appendix
  section protocol annotator pipeline retriever agent evaluator checkpoint schedule optimiser tokenizer mixture expert router
  adapter budget cluster licence release repository variance interval error ablation sweep cut-off leakage overlap subset rubric
  judge questionnaire leaderboard classifier regressor embedding vocabulary curriculum scheduler gradient loss objective reward
  policy critic simulator environment trajectory transcript interview cohort participant consent survey grant sponsor`);
const VERBS = words(`reports compares describes omits summarises measures claims documents tabulates estimates mentions reuses
  cites discards averages selects filters releases withholds benchmarks tunes validates replicates ablates reweights samples
  truncates justifies motivates quantifies audits`);
const LINKS = words('for with on across against from without beyond under over between after before');

/** A whitespace-separated word list as an array. */
function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

const FLAG_OPENINGS = [
  'The gains are within the spread one would expect from seed variance alone',
  'No statistical test backs the word "significant" in the abstract',
  'The baselines are several fictional generations old',
  'The evaluation split overlaps with the invented pretraining data',
  'The compute budget is never stated',
  'The prompts behind the headline numbers are not given',
  'Funding comes from a made-up company whose product is evaluated',
  'Only the best of several runs appears to be reported',
];
const CITED_TOPICS = [
  'scaling laws for fictional encoders',
  'a benchmark of invented reasoning tasks',
  'contamination in imaginary web corpora',
  'reward models for pretend agents',
  'sparse experts in synthetic transformers',
  'evaluation of made-up retrieval systems',
  'calibration of placeholder classifiers',
  'annotator agreement in fictional studies',
];

function fill(random: () => number, template: string): string {
  return template
    .replace('{n}', String(1 + Math.floor(random() * 9)))
    .replace('{a}', String.fromCharCode(65 + Math.floor(random() * 6)))
    .replace('{m}', String(10 + Math.floor(random() * 90)))
    .replace('{d}', (random() * 9).toFixed(1));
}

const CLAUSES = [
  'in Table {n}',
  'in Section {n} and Appendix {a}',
  'over {m} fictional examples',
  'with a gain of {d} points',
  'for {n} of {m} settings',
  'at {m} billion pretend parameters',
  'on {n} invented tasks',
  'after {m} steps',
];

function phrase(random: () => number): string {
  return `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}`;
}

/** English plural of a phrase's last noun: "policy" → "policies", "index" → "indexes". */
function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return /(s|x|ch|sh)$/.test(noun) ? noun + 'es' : noun + 's';
}

/** One invented sentence ("The synthetic encoder reports noisy variance across held-out splits in Table 3."). */
function prose(random: () => number): string {
  const words = [`The ${phrase(random)}`, pick(random, VERBS), `the ${phrase(random)}`, pick(random, LINKS), plural(phrase(random))];
  if (random() < 0.6) words.push(fill(random, pick(random, CLAUSES)));
  return words.join(' ') + '.';
}

/** Whole invented sentences, as many as fit in `length` characters (always at least one). */
function proseOfLength(random: () => number, length: number): string {
  let text = prose(random);
  for (;;) {
    const next = prose(random);
    if (text.length + 1 + next.length > length) return text;
    text += ' ' + next;
  }
}

/** Between `low` and `high` (inclusive), uniformly. */
function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function person(random: () => number): string {
  return `${pick(random, GIVEN)} ${pick(random, FAMILY)}`;
}

/**
 * One fictional, valid scan of the real seed scan's size and shape (about 17.5 KB of JSON): a
 * justification of 50-200 characters on every item, 3-5 claims with evidence, 2-6 red flags
 * with a detail paragraph, 4-9 cited papers, a key-findings paragraph.
 */
export function synthesizeSeedSizedScan(index: number, seed: number): Scan {
  // A different stream from the small profile's, so the two profiles never share text by accident.
  const random = seededRandom(seed * 1_000_003 + index + 0x5eed);
  const checklist = synthesizeChecklist(random, 0.92, (applies, categoryApplies) =>
    applies
      ? proseOfLength(random, between(random, 90, 240))
      : `Not applicable: this fictional paper ${categoryApplies ? 'has no setting where the item arises' : 'involves no human participants'}.`,
  );
  return {
    paper: {
      title: `Synthetic paper ${syntheticNumber(index)}: ${pick(random, ['co-training', 'sparse', 'retrieval-augmented', 'multimodal', 'distilled'])} ${pick(random, ['fictional', 'imaginary', 'invented'])} ${pick(random, ['transformers', 'agents', 'benchmarks', 'encoders', 'mixtures of experts'])} at ${pick(random, ['scale', 'low cost', 'long context', 'small scale'])}`,
      authors: Array.from({ length: between(random, 2, 10) }, () => person(random)),
      year: 2015 + Math.floor(random() * 11),
      venue: pick(random, VENUES),
      arxiv_id: syntheticId(index),
    },
    checklist,
    claims: Array.from({ length: between(random, 3, 5) }, () => ({
      claim: proseOfLength(random, between(random, 60, 130)),
      evidence: proseOfLength(random, between(random, 120, 230)),
      supported: pick(random, SUPPORT_LEVELS),
    })),
    methodology_tags: [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, TAGS)))],
    key_findings: `This is a fictional paper generated for testing. ${proseOfLength(random, between(random, 400, 600))}`,
    red_flags: Array.from({ length: between(random, 2, 6) }, () => ({
      flag: `${pick(random, FLAG_SUBJECTS)} ${pick(random, FLAG_PROBLEMS)}`.replace(/^./, (c) => c.toUpperCase()),
      detail: `${pick(random, FLAG_OPENINGS)}. ${proseOfLength(random, between(random, 100, 250))}`,
    })),
    cited_papers: Array.from({ length: between(random, 4, 9) }, (_, i) => ({
      title: `Synthetic reference ${syntheticNumber(index)}-${i + 1}: ${pick(random, CITED_TOPICS)}`,
      authors: Array.from({ length: between(random, 1, 5) }, () => person(random)),
      year: 2010 + Math.floor(random() * 15),
      relevance: proseOfLength(random, between(random, 60, 140)),
    })),
  };
}

/** The scan of synthetic paper `index` in the chosen profile. */
export function synthesizeProfileScan(profile: ScanProfile, index: number, seed: number): Scan {
  return profile === 'seed' ? synthesizeSeedSizedScan(index, seed) : synthesizeScan(index, seed);
}
