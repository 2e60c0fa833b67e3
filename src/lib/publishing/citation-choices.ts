/**
 * What the citation picker shows, in what order, and which format it opens with: pure, so the
 * component only renders and the client script only toggles.
 */
import type { CitationFormat } from './citation.ts';

/** Where the reader's chosen format is remembered between pages. */
export const PICKER_STORAGE_KEY = 'glassbox:citation-format';

/** The formats listed first, in this order; the first is the default choice. */
export const PICKER_FIRST = ['apa', 'bibtex'] as const;

/**
 * The part of element ids naming a format, where it differs from the key: audit pages have
 * always had `#cite-csl-text`, and links and scripts people wrote against it keep working.
 */
const ID_NAMES: Readonly<Record<string, string>> = { 'csl-json': 'csl' };

/** One format as the picker renders it. */
export interface PickerEntry {
  key: string;
  label: string;
  text: string;
  /** Id of the element naming the format. */
  labelId: string;
  /** Id of the element holding the text (the copy button's target). */
  textId: string;
  /** Download link of the format's file, when it has one and downloads are offered. */
  download?: { href: string; name: string };
  /** Whether it is expanded before any script runs (the first formats are). */
  open: boolean;
  /**
   * Whether the page leaves the text out and offers only the file: the picker fetches it when the
   * format is chosen. Only data formats with a download can be lazy (see `inlineData`).
   */
  lazy: boolean;
}

/** Options of `pickerEntries`. */
export interface PickerOptions {
  /** Prefix of element ids, unique on the page (`cite` → `cite-apa`, `cite-apa-text`). */
  idPrefix: string;
  /** URL of the folder holding `cite.bib` and the other files, ending in `/`; omitted when the files are not written. */
  downloadBase?: string | undefined;
  /**
   * Whether data formats are printed on the page too (default true). Large sites turn it off: each
   * file is a link away, and four formats printed on every audit page cost 10,000 pages 35 MB.
   */
  inlineData?: boolean;
}

/** The formats in picker order (APA, BibTeX, then the rest as given), with ids, download links and which are fetched on demand. */
export function pickerEntries(formats: readonly CitationFormat[], { idPrefix, downloadBase, inlineData = true }: PickerOptions): PickerEntry[] {
  const rank = (key: string) => {
    const index = (PICKER_FIRST as readonly string[]).indexOf(key);
    return index === -1 ? PICKER_FIRST.length : index;
  };
  const ordered = formats.map((format, index) => ({ format, index })).sort((a, b) => rank(a.format.key) - rank(b.format.key) || a.index - b.index);
  return ordered.map(({ format }) => ({
    key: format.key,
    label: format.label,
    text: format.text,
    labelId: `${idPrefix}-${ID_NAMES[format.key] ?? format.key}`,
    textId: `${idPrefix}-${ID_NAMES[format.key] ?? format.key}-text`,
    ...(format.file && downloadBase !== undefined && { download: { href: `${downloadBase}${format.file}`, name: format.file } }),
    open: (PICKER_FIRST as readonly string[]).includes(format.key),
    lazy: !inlineData && format.kind === 'data' && format.file !== undefined && downloadBase !== undefined,
  }));
}

/** The format to show first: the remembered one when this picker offers it, else the first offered. */
export function initialChoice(remembered: string | null | undefined, offered: readonly string[]): string | undefined {
  return remembered && offered.includes(remembered) ? remembered : offered[0];
}
