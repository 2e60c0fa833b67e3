/**
 * The 100 search queries both engines answer: words a reader would look for in the synthetic
 * red flags, some with a typo (to show typo tolerance), some paper titles and author names.
 * Deterministic, so runs compare.
 */
import { FLAG_SUBJECTS, seededRandom } from '../../scripts/lib/synthetic-scans.ts';

// Vocabulary of the synthetic scans (scripts/lib/synthetic-scans.ts), so every correct query has matches.
const FLAG_TERMS = [...FLAG_SUBJECTS, 'undisclosed', 'cherry-picked', 'outdated'];
const DETAIL_WORDS = ['leakage', 'statistical', 'hardware', 'appendix', 'annotators', 'improvement', 'seeds', 'baseline', 'release', 'evaluation'];
const NAMES = ['Holloway', 'Nakashima', 'Castellano', 'Fairweather', 'Oyelaran'];

/** A query and whether it holds a deliberate typo. */
export interface BenchQuery {
  text: string;
  typo: boolean;
}

/** Misspell a word the way people do: drop or swap one inner letter. */
export function misspell(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 3));
  return random() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** `count` queries: about 60% correct terms, 20% typos, 20% titles and authors. */
export function benchQueries(count = 100, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const kind = index % 5;
    if (kind === 3) {
      const term = pick(FLAG_TERMS).split(' ')[0]!;
      const typo = misspell(term, random);
      return { text: typo, typo: typo !== term };
    }
    if (kind === 4) return { text: index % 10 === 4 ? pick(NAMES) : `Synthetic paper ${String(1 + Math.floor(random() * 999)).padStart(5, '0')}`, typo: false };
    return { text: random() < 0.75 ? pick(FLAG_TERMS) : pick(DETAIL_WORDS), typo: false };
  });
}
