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
 */
import type { CslName, CslRecord } from './citation-record.ts';

/** Renders one record in one style with citeproc (the slow, always-right path). */
export type StyleRenderer = (record: CslRecord) => string;

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
 * The layout with each printed token replaced by its text, or null when a printed text is not
 * plain. One pass, so a text that happens to contain a token's letters is never replaced again.
 */
function fill(layout: string, shape: Shape): string | null {
  const values = new Map(shape.values);
  const used = [...layout.matchAll(TOKEN)].map(([placeholder]) => placeholder).filter((placeholder) => values.has(placeholder));
  if (used.some((placeholder) => !shape.plain.get(placeholder))) return null;
  return layout.replace(TOKEN, (placeholder) => values.get(placeholder) ?? placeholder);
}

/** Whether citeproc kept every token whole, in its case, and printed none twice, so the layout can be filled. */
function tokensIntact(layout: string, shape: Shape): boolean {
  const lower = layout.toLowerCase();
  return shape.values.every(([placeholder]) => {
    const printed = layout.split(placeholder).length - 1;
    return printed === 1 || (printed === 0 && !lower.includes(placeholder.toLowerCase()));
  });
}

/** The layout of a shape, or null when citeproc changes its tokens (case, repetition) so filling it would not match. */
function trustedLayout(shape: Shape, capitalised: Shape, render: StyleRenderer): string | null {
  const layout = render(shape.record);
  const other = render(capitalised.record);
  if (!tokensIntact(layout, shape) || !tokensIntact(other, capitalised)) return null;
  const back = capitalised.values.reduce((text, [placeholder], index) => text.split(placeholder).join(shape.values[index]![0]), other);
  return back === layout ? layout : null;
}

/** Renders styles through per-shape layouts, falling back to `render` wherever a layout cannot be trusted. */
export class StyleLayouts {
  /** Layout of each style and shape; null when the shape's layout cannot be used. */
  readonly #layouts = new Map<string, string | null>();

  /** The record in the style named `style`, exactly as `render` would write it. */
  render(style: string, record: CslRecord, render: StyleRenderer): string {
    const shape = shapeOf(record);
    const key = `${style}\u0000${JSON.stringify(shape.record)}`;
    const layout = this.#layouts.get(key);
    if (layout === undefined) return this.#learn(key, shape, record, render);
    return (layout !== null && fill(layout, shape)) || render(record);
  }

  /** First record of a shape: render it both ways, and keep the layout only if they agree. */
  #learn(key: string, shape: Shape, record: CslRecord, render: StyleRenderer): string {
    const direct = render(record);
    const layout = trustedLayout(shape, shapeOf(record, capitalToken), render);
    const filled = layout === null ? null : fill(layout, shape);
    // A layout whose first filling differs from citeproc's own output is never used.
    this.#layouts.set(key, filled === null || filled === direct ? layout : null);
    return direct;
  }

  /** How many shapes have a layout in use (for tests). */
  get usable(): number {
    return [...this.#layouts.values()].filter((layout) => layout !== null).length;
  }
}
