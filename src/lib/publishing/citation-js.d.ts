/**
 * Types for the parts of citation-js this project uses (the packages ship none). Ambient module
 * declarations: this file must stay free of top-level imports and exports.
 */
declare module '@citation-js/core' {
  /** A collection of references, built from CSL-JSON, BibTeX, RIS or other input a plugin reads. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The references as CSL-JSON. */
    data: Record<string, unknown>[];
    /** Render with an output plugin: `bibliography`, `bibtex`, `biblatex`, `ris`, `data`, … */
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: { get(plugin: string): unknown };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

declare module '@citation-js/name' {
  /** Split a name written "Given [particles] Family" into CSL name parts. */
  export function parse(name: string): Record<string, string>;
}

declare module 'citeproc' {
  /** A citeproc-js engine for one style and locale: what its formatters read the locale from. */
  export interface Engine {
    readonly opt: { lang: string };
  }
  const CSL: {
    Output: { Formatters: { title(state: Engine, text: string): string } };
  };
  export default CSL;
}
