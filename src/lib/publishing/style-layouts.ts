/**
 * Citation styles rendered once per record *shape* instead of once per audit.
 *
 * citeproc takes 2–5 ms of CPU per reference, which at 10,000 audits was a fifth of the build.
 * Yet the audits' records differ only in their free text (titles, names, URLs), and a style lays
 * out two records of the same shape (same fields, same number of authors, same date and version)
 * the same way. So each shape is rendered once with a placeholder token in each free-text field,
 * and every audit of that shape gets the layout with its own text put in place of the tokens.
 *
 * That is exact only where citeproc prints the text as given. It rewrites some text: quotes and
 * apostrophes become typographic, punctuation merges with the punctuation after a field, periods
 * can be stripped, a style can change case. So a value printed by the layout must be plain
 * (letters, digits, spaces and inner punctuation citeproc leaves alone), and each shape is laid
 * out in two cases, so any case change shows. Anything else (a changed token, a value that is not
 * plain) is rendered by citeproc itself, so the result is always citeproc's:
 * test/unit/publishing/style-layouts.test.ts compares the two paths on many records.
 *
 * Styles that set a title in title case (Chicago, MLA) print its lower-case token capitalised.
 * When the caller hands over the style's own title-case function (citeproc's, `TextCase`), a
 * probe tells title case from citeproc's other cases, and such a token is filled with its text
 * title-cased by that same function; without one, the shape has no layout.
 */
import type { CslName, CslRecord } from './citation-record.ts';

/** Renders one record in one style with citeproc (the slow, always-right path). */
export type StyleRenderer = (record: CslRecord) => string;

/** A style's own text case, as citeproc applies it to a field. */
export interface TextCase {
  /** CSL's `text-case="title"`. */
  title(text: string): string;
}

/** A shape's layout: citeproc's text with a token in place of each free text. */
interface Layout {
  text: string;
  /** Tokens whose field the style sets in title case: filled with their text title-cased. */
  titled: ReadonlySet<string>;
}

/**
 * A token for a free-text field, in lower case. Each shape is also laid out with capitalised
 * tokens: a style that changes a field's case (title case, sentence case, capitalize-first)
 * changes one of the two, and its layout is not used.
 */
const lowerToken = (field: string) => `zq${field.toLowerCase()}zq`;
const capitalToken = (field: string) => `Zq${field.toLowerCase()}zq`;

/** Text citeproc prints as given: no quotes, apostrophes, markup, or punctuation it could merge, strip or respace. */
const PLAIN_TEXT = /^[\p{L}\p{N}](?:[\p{L}\p{N} ,:;()\-–]|\d\.\d)*(?<=[\p{L}\p{N})])$/u;
/** A URL citeproc prints as given. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9./\-_~%?=]+$/;

interface Shape {
  /** The record with tokens in place of free text. */
  record: CslRecord;
  /** Each token and the text it stands for. */
  values: [string, string][];
  /** Each token and whether its text may be put in as is. */
  plain: Map<string, boolean>;
}

function shapeOf(record: CslRecord, token: (field: string) => string = lowerToken): Shape {
  const values: [string, string][] = [];
  const plain = new Map<string, boolean>();
  const stand = (field: string, value: string, isPlain: boolean) => {
    const placeholder = token(field);
    values.push([placeholder, value]);
    plain.set(placeholder, isPlain);
    return placeholder;
  };
  // Split names (given, family, particle) are laid out by the style: they stay in the shape as they are.
  const names = (field: string, list: readonly CslName[]) =>
    list.map((name, index) => ('literal' in name ? { literal: stand(`${field}${index}n`, name.literal, PLAIN_TEXT.test(name.literal)) } : name));
  const shaped: CslRecord = {
    ...record,
    id: stand('id', record.id, false),
    title: stand('title', record.title, PLAIN_TEXT.test(record.title)),
    author: names('author', record.author) as CslName[],
    URL: stand('url', record.URL, PLAIN_URL.test(record.URL)),
    ...(record['reviewed-title'] !== undefined && { 'reviewed-title': stand('reviewed', record['reviewed-title'], PLAIN_TEXT.test(record['reviewed-title'])) }),
    ...(record['reviewed-author'] && { 'reviewed-author': names('by', record['reviewed-author']) as { literal: string }[] }),
    ...(record.note !== undefined && { note: stand('note', record.note, PLAIN_TEXT.test(record.note)) }),
    ...(record.version !== undefined && { version: stand('version', record.version, PLAIN_TEXT.test(record.version)) }),
  };
  return { record: shaped, values, plain };
}

/** Any token, as `lowerToken` writes them. */
const TOKEN = /zq[a-z0-9]+?zq/g;

/**
 * The layout with each printed token replaced by its text (title-cased where the style sets it so),
 * or null when a printed text is not plain. One pass, so a text that happens to contain a token's
 * letters is never replaced again.
 */
function fill(layout: Layout, shape: Shape, textCase: TextCase | undefined): string | null {
  const values = new Map(shape.values);
  const used = [...layout.text.matchAll(TOKEN)].map(([placeholder]) => placeholder).filter((placeholder) => values.has(placeholder));
  if (used.some((placeholder) => !shape.plain.get(placeholder))) return null;
  return layout.text.replace(TOKEN, (placeholder) => {
    const value = values.get(placeholder);
    if (value === undefined) return placeholder;
    return layout.titled.has(placeholder) ? textCase!.title(value) : value;
  });
}

/** A lower-case token as a style prints it when it capitalises the token's first letter. */
const capitalised = (placeholder: string) => placeholder[0]!.toUpperCase() + placeholder.slice(1);

/** How often `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** A token as a whole JSON string value. */
const QUOTED_TOKEN = new RegExp(`"${TOKEN.source}"`, 'g');

/** The shape's record with some tokens' values replaced. Tokens are whole JSON string values, unique in the record. */
function withValues(record: CslRecord, replacements: ReadonlyMap<string, string>): CslRecord {
  return JSON.parse(
    JSON.stringify(record).replace(QUOTED_TOKEN, (quoted) => JSON.stringify(replacements.get(JSON.parse(quoted) as string) ?? JSON.parse(quoted))),
  ) as CslRecord;
}

/**
 * The tokens the layout prints capitalised although they were given in lower case, when the style
 * sets each in title case; null when it sets one in another case (or none can be told). The probe
 * puts stop words first: title case prints "Of the Zq…zq", capitalize-first and sentence case
 * "Of the zq…zq", capitalize-all "Of The Zq…zq", so only title case matches `textCase.title`.
 */
function titledTokens(layout: string, shape: Shape, render: StyleRenderer, textCase: TextCase | undefined): Set<string> | null {
  const cased = shape.values
    .map(([placeholder]) => placeholder)
    .filter((placeholder) => occurrences(layout, placeholder) === 0 && occurrences(layout, capitalised(placeholder)) === 1);
  if (cased.length === 0) return new Set();
  if (!textCase) return null;
  const probeText = (placeholder: string) => `of the ${placeholder}`;
  const probe = render(withValues(shape.record, new Map(cased.map((placeholder) => [placeholder, probeText(placeholder)]))));
  return cased.every((placeholder) => occurrences(probe, textCase.title(probeText(placeholder))) === 1) ? new Set(cased) : null;
}

/** Whether citeproc kept every token whole, in its case, and printed none twice, so the layout can be filled. */
function tokensIntact(layout: string, shape: Shape): boolean {
  const lower = layout.toLowerCase();
  return shape.values.every(([placeholder]) => {
    const printed = occurrences(layout, placeholder);
    return printed === 1 || (printed === 0 && !lower.includes(placeholder.toLowerCase()));
  });
}

/** The layout of a shape, or null when citeproc changes its tokens (case, repetition) so filling it would not match. */
function trustedLayout(shape: Shape, inCapitals: Shape, render: StyleRenderer, textCase: TextCase | undefined): Layout | null {
  const printed = render(shape.record);
  const titled = titledTokens(printed, shape, render, textCase);
  if (titled === null) return null;
  // Title-cased tokens go back to their lower-case form, to be filled like the others.
  const layout = [...titled].reduce((text, placeholder) => text.split(capitalised(placeholder)).join(placeholder), printed);
  const other = render(inCapitals.record);
  if (!tokensIntact(layout, shape) || !tokensIntact(other, inCapitals)) return null;
  const back = inCapitals.values.reduce((text, [placeholder], index) => text.split(placeholder).join(shape.values[index]![0]), other);
  return back === layout ? { text: layout, titled } : null;
}

/** Renders styles through per-shape layouts, falling back to `render` wherever a layout cannot be trusted. */
export class StyleLayouts {
  /** Layout of each style and shape; null when the shape's layout cannot be used. */
  readonly #layouts = new Map<string, Layout | null>();

  /**
   * The record in the style named `style`, exactly as `render` would write it. `textCase` is the
   * style's own title case, for styles that title-case a field; without it such shapes go to citeproc.
   */
  render(style: string, record: CslRecord, render: StyleRenderer, textCase?: TextCase): string {
    const shape = shapeOf(record);
    const key = `${style}\u0000${JSON.stringify(shape.record)}`;
    const layout = this.#layouts.get(key);
    if (layout === undefined) return this.#learn(key, shape, record, render, textCase);
    return (layout !== null && fill(layout, shape, textCase)) || render(record);
  }

  /** First record of a shape: render it both ways, and keep the layout only if they agree. */
  #learn(key: string, shape: Shape, record: CslRecord, render: StyleRenderer, textCase: TextCase | undefined): string {
    const direct = render(record);
    const layout = trustedLayout(shape, shapeOf(record, capitalToken), render, textCase);
    const filled = layout === null ? null : fill(layout, shape, textCase);
    // A layout whose first filling differs from citeproc's own output is never used.
    this.#layouts.set(key, filled === null || filled === direct ? layout : null);
    return direct;
  }

  /** How many shapes have a layout in use (for tests). */
  get usable(): number {
    return [...this.#layouts.values()].filter((layout) => layout !== null).length;
  }
}
