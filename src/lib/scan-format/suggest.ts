/** "Did you mean" suggestions for mistyped keys and item names. */
import { closest, distance } from 'fastest-levenshtein';

/** The allowed word closest to `word`, when it is close enough to be a plausible typo. */
export function plausibleTypoOf(word: string, allowed: readonly string[]): string | undefined {
  if (!allowed.length) return undefined;
  const suggestion = closest(word, [...allowed]);
  return distance(word, suggestion) <= Math.max(2, Math.floor(suggestion.length / 4)) ? suggestion : undefined;
}
