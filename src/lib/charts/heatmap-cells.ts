/**
 * How a heatmap cell's link and description follow from its row and column. Shared by the build
 * (tables, tests) and the client script, which applies it to cells that carry no link or label
 * of their own to keep big heatmaps small. Kept apart from heatmap.ts so the client bundles no d3.
 */

/** What a row or column heading contributes to its cells. */
export interface CellAxis {
  /** Full heading text. */
  full: string;
  /** Where the heading links (in the table); for a column, also where cells link when their row has no `cellPage`. */
  href?: string;
  /** Rows: the page a cell of this row links to, joined with the column's `fragment`. */
  cellPage?: string;
  /** Columns: the fragment (`#artifacts`) a paper's cell adds to its row's `cellPage`. */
  fragment?: string;
}

/** A cell's link: its row's page plus its column's fragment, or else its column's own link. */
export function cellHref(row: CellAxis, column: CellAxis): string | undefined {
  return row.cellPage !== undefined ? row.cellPage + (column.fragment ?? '') : column.href;
}

/** A cell's full description: "<row> — <column>: <words>". */
export function cellDescription(row: CellAxis, column: CellAxis, words: string): string {
  return `${row.full} — ${column.full}: ${words}`;
}
