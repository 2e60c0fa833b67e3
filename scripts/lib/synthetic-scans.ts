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

/** One fictional, valid scan. `bias` in [0, 1] shifts how open the paper is, so scores vary. */
export function synthesizeScan(index: number, seed: number): Scan {
  const random = seededRandom(seed * 1_000_003 + index);
  const openness = random();
  const checklist = Object.fromEntries(
    RUBRIC.map((category) => {
      const categoryApplies = category.key !== 'human_studies' || random() < 0.25;
      const items = category.items.map((item) => {
        const applies = categoryApplies && random() < 0.9;
        const answer = applies && random() < openness;
        return [item.key, { applies, answer, justification: `Synthetic justification: ${sentence(random, 12)}` }];
      });
      return [category.key, Object.fromEntries(items)];
    }),
  );
  const authorCount = 1 + Math.floor(random() * 6);
  return {
    paper: {
      title: `Synthetic paper ${syntheticNumber(index)}: ${pick(random, ['scaling', 'probing', 'aligning', 'evaluating', 'compressing'])} ${pick(random, ['fictional', 'imaginary', 'invented'])} ${pick(random, ['transformers', 'agents', 'benchmarks', 'datasets', 'encoders'])}`,
      authors: Array.from({ length: authorCount }, () => fictionalName(random)),
      year: 2015 + Math.floor(random() * 11),
      venue: pick(random, VENUES),
      arxiv_id: syntheticId(index),
    },
    checklist: checklist as Scan['checklist'],
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
