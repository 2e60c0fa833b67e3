/**
 * Split free text (justifications, evidence, details) into plain text and web links.
 *
 * Only `http://` and `https://` URLs become links, so a `javascript:` or `data:` string in a
 * scan can never turn into something clickable. Trailing sentence punctuation and an
 * unbalanced closing bracket stay outside the link, because prose like "(see https://x.org/a)."
 * must not link to `https://x.org/a).`.
 */

/** A run of plain text or a web link, in reading order. */
export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_CANDIDATE = /https?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"»”’]+$/;
const BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Split text into text and link segments; adjacent text is merged, empty text dropped. */
export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    if (!isLinkable(url)) continue;
    const start = match.index;
    pushText(segments, text.slice(cursor, start));
    segments.push({ kind: 'link', text: url, href: url });
    cursor = start + url.length;
  }
  pushText(segments, text.slice(cursor));
  return segments;
}

/** Whether `linkify` finds a link in the text. */
export function hasLinks(text: string): boolean {
  return linkify(text).some((segment) => segment.kind === 'link');
}

/** Drop punctuation that ends the sentence rather than the URL, and unbalanced closing brackets. */
export function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const withoutPunctuation = url.replace(TRAILING_PUNCTUATION, '');
    const last = withoutPunctuation.at(-1) ?? '';
    const opener = BRACKETS[last];
    const trimmed = opener && count(withoutPunctuation, last) > count(withoutPunctuation, opener) ? withoutPunctuation.slice(0, -1) : withoutPunctuation;
    if (trimmed === url) return url;
    url = trimmed;
  }
}

/** Whether a string is a web URL with a host that the browser will parse. */
export function isLinkable(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function pushText(segments: Segment[], text: string): void {
  if (text === '') return;
  const previous = segments.at(-1);
  if (previous?.kind === 'text') previous.text += text;
  else segments.push({ kind: 'text', text });
}
