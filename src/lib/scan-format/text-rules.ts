/**
 * What the scan format accepts as text, as regular expressions (so the published JSON Schema
 * carries the same rules to editors) and the messages that name the offending character.
 *
 * Refused: text with nothing a reader can see (only spaces, zero-width, bidi or other invisible
 * characters); control characters, except tab and line feed in long text; unpaired UTF-16
 * surrogates, which JSON escapes can write but no encoding can store; and text over the length
 * limit. Bidi controls next to visible text are allowed, because names and titles in
 * right-to-left scripts need them; the site renders them inertly.
 *
 * Each kind of field is checked by one pattern, so 10,000 scans are read in one pass per string;
 * only a failing string is looked at again to say which rule it breaks.
 */

/** Longest text accepted in any one field, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 50_000;

// Invisible: white space, default-ignorable characters (zero-width spaces and joiners, bidi
// controls, variation selectors, fillers, tags), control characters, and the blank braille
// pattern, which fonts draw as nothing.
const INVISIBLE_CLASS = '\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{Cc}\\u2800';
// Control characters are U+0000–U+001F and U+007F–U+009F; with the u flag a surrogate range
// matches only a surrogate that is not half of a pair.
const LINE_CHARACTER = '[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]';
const LONG_CHARACTER = '[^\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]';
const HAS_VISIBLE = `(?=[\\s\\S]*?[^${INVISIBLE_CLASS}])`;

/** One line of text without control characters or unpaired surrogates (identifiers, URLs). */
export const SAFE_LINE_PATTERN = new RegExp(`^${LINE_CHARACTER}*$`, 'u');
/** One line of text a reader can see: at least one visible character, no control characters, no unpaired surrogates. */
export const LINE_TEXT_PATTERN = new RegExp(`^${HAS_VISIBLE}${LINE_CHARACTER}*$`, 'u');
/** Long text a reader can see: as a line, but tab and line feed are allowed. */
export const LONG_TEXT_PATTERN = new RegExp(`^${HAS_VISIBLE}${LONG_CHARACTER}*$`, 'u');

const NAMES: Record<number, string> = { 0x09: 'tab', 0x0a: 'line feed', 0x0d: 'carriage return', 0x00: 'null', 0x1b: 'escape', 0x7f: 'delete' };

/** `U+0007`, or `U+0009 (tab)` for the characters people recognise by name. */
export function describeCodePoint(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[codePoint] ? `${hex} (${NAMES[codePoint]})` : hex;
}

/** The first character matching `pattern` (position 1-based, counting characters as a reader does), or undefined. */
export function firstMatch(text: string, pattern: RegExp): { position: number; codePoint: number } | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    if (pattern.test(character)) return { position, codePoint: character.codePointAt(0)! };
  }
  return undefined;
}

const CONTROL = /\p{Cc}/u;
const LONG_TEXT_CONTROL = /[^\t\n\P{Cc}]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
const VISIBLE = new RegExp(`[^${INVISIBLE_CLASS}]`, 'u');

/** What a field may hold: one line or several; whether a reader must see something in it. */
export interface TextKind {
  long: boolean;
  visible: boolean;
}

/**
 * Why `input` breaks the rules of its kind of field, as one message: nothing visible (for text),
 * else the first control character, else the first unpaired surrogate, each named with its place.
 */
export function textProblemMessage(what: string, input: unknown, kind: TextKind): string {
  const text = String(input);
  if (kind.visible && !VISIBLE.test(text)) return blankMessage(what, text);
  const control = firstMatch(text, kind.long ? LONG_TEXT_CONTROL : CONTROL);
  if (control) {
    const allowed = kind.long ? 'only tab and line feed are allowed' : 'keep it on one line, without control characters';
    return `${what} contains control character ${describeCodePoint(control.codePoint)} at character ${control.position}: ${allowed}`;
  }
  const surrogate = firstMatch(text, LONE_SURROGATE);
  if (surrogate)
    return `${what} contains an unpaired UTF-16 surrogate ${describeCodePoint(surrogate.codePoint)} at character ${surrogate.position}: such text cannot be stored or shown; remove the \\u escape or complete its pair`;
  return `${what} is not accepted as text`;
}

/** Message for text with nothing visible: plain "blank" for spaces, naming an invisible character otherwise. */
export function blankMessage(what: string, text: string): string {
  const hidden = [...text].find((character) => !/\s/.test(character) && INVISIBLE.test(character));
  if (hidden === undefined) return `${what} must not be blank`;
  return `${what} must not be blank: it holds only invisible characters, such as ${describeCodePoint(hidden.codePointAt(0)!)}`;
}

/** Message for text over the length limit. */
export function tooLongMessage(what: string, input: unknown): string {
  return `${what} is ${String(input).length.toLocaleString('en-US')} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters`;
}
