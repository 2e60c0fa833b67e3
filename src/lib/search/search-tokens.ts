/**
 * Words of red-flag text, shared by the index builder (at build time) and the search page
 * (in the browser), so a term found in the index is spelled the same way the query is.
 */

/** A word of a text: its normalised term and where it sits in the original string. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A run of text, marked when it holds a matched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

// Letters and digits only: punctuation, markup characters and bidi controls never form terms.
const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

/** Normalise one word for matching: compatibility forms folded, accents dropped, lower case. */
export function normalizeTerm(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Split a text into words with positions in the original (unnormalised) string, for highlighting. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The distinct terms of a text, in first-seen order. */
export function distinctTerms(text: string): string[] {
  return [...new Set(tokenize(text).map((token) => token.term))];
}

/** Cut a text into plain and marked runs: a word is marked when its term is in `terms`. */
export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const token of tokenize(text)) {
    if (!terms.has(token.term)) continue;
    if (token.start > cursor) segments.push({ text: text.slice(cursor, token.start), mark: false });
    segments.push({ text: text.slice(token.start, token.end), mark: true });
    cursor = token.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
