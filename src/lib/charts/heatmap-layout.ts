/**
 * Heatmap matrices and geometry, computed at build time with d3 so the SVG is plain markup that
 * shows without JavaScript. Split as unovis does: options with documented defaults, the matrix
 * (what each cell means), and the layout (where each cell goes); the component only draws.
 *
 * Why not one row per paper on /heatmap/: at 10,000 papers × 11 categories that is ~110,000
 * cells, several MB of HTML nobody can read. The site-wide heatmap therefore aggregates (mean
 * score per venue and per year, with the number of papers behind each cell) and shows papers
 * individually only for the top and bottom of the ranking; category pages show the papers of
 * their current page. Every heatmap stays a few hundred cells whatever the number of scans.
 *
 * Even so, 1,100 category pages × up to 1,100 cells each add up at 10,000 scans, so a cell's
 * markup carries only its shape, value and a few words. Its link and full description follow one
 * rule from its row and column (`cellHref`, `cellDescription`), which the client script applies
 * to make cells focusable links; without JS the same numbers are in a table on the page.
 */
import { group, mean } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { bucketValue, scoreColour, textColourOn } from './colour-scale.ts';
import type { Counts } from '../scoring/ranking.ts';
import { BUCKET_COUNT, scoreBucketClass } from '../scoring/score-bucket.ts';
import { cellDescription, cellHref, type CellAxis } from './heatmap-cells.ts';
import { countOf, formatCount } from '../site/format-count.ts';
import { ANSWER_TEXT, type ItemAnswer } from '../scan-format/answers.ts';

/** A row or column heading: its link and cell rules (see heatmap-cells.ts) plus the text shown on the axis. */
export interface HeatmapAxisLabel extends CellAxis {
  /** Text shown on the axis (may be shortened). */
  label: string;
}

/** One cell of the matrix. */
export interface HeatmapCell {
  row: number;
  column: number;
  /** Score in [0, 1], or null for not applicable / no data. */
  value: number | null;
  /** Short text printed in the cell, so colour is never the only channel. */
  text: string;
  /** The value in words ("75% (3 of 4 items)", "yes"): the cell's part of its description. */
  words: string;
  /** Full sentence for the tooltip and the link's accessible name (see `cellDescription`). */
  description: string;
  /** What the accessible table prints for this cell ("75%", "✓ yes", "62% of 1,234"). */
  tableText: string;
  href?: string;
  /** Colour of the cell: a bucket class of the site's scale (`scale-7`), as the CSP forbids inline styles. */
  colourClass: string;
}

/** A matrix ready to lay out. */
export interface HeatmapMatrix {
  rows: HeatmapAxisLabel[];
  columns: HeatmapAxisLabel[];
  cells: HeatmapCell[];
  /** When every cell's words follow from its text (✓ → yes), the mapping, so cells need not repeat their words. */
  textWords?: Record<string, string>;
}

/** Layout options; every field has a default in `DEFAULT_LAYOUT`. */
export interface HeatmapLayoutOptions {
  /** Width of one cell in px. */
  cellWidth: number;
  /** Height of one cell in px. */
  cellHeight: number;
  /** Gap between cells as a share of the band (d3 `paddingInner`). */
  padding: number;
  /** Longest row label in characters before it is cut with an ellipsis. */
  maxRowLabelChars: number;
  /** Approximate width of one label character in px at the label font size. */
  charWidth: number;
  /** Height reserved above the cells for the slanted column labels. */
  headerHeight: number;
}

/** Defaults sized for 12 px labels and a two-digit value in each cell. */
export const DEFAULT_LAYOUT: HeatmapLayoutOptions = { cellWidth: 40, cellHeight: 22, padding: 0.08, maxRowLabelChars: 44, charWidth: 6.6, headerHeight: 130 };

/** Where everything goes, in SVG user units. */
export interface HeatmapLayout {
  width: number;
  height: number;
  /** Left edge of each column's cells. */
  x: number[];
  /** Top edge of each row's cells. */
  y: number[];
  cellWidth: number;
  cellHeight: number;
  /** Right edge of the row labels (they are right-aligned to it). */
  labelRight: number;
  /** Baseline of the column labels. */
  headerBaseline: number;
  /** Row labels after shortening. */
  rowLabels: string[];
}

/** Shorten text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}

/** Lay out a matrix with d3 band scales. */
export function layoutHeatmap(matrix: Pick<HeatmapMatrix, 'rows' | 'columns'>, options: Partial<HeatmapLayoutOptions> = {}): HeatmapLayout {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const rowLabels = matrix.rows.map((row) => truncate(row.label, o.maxRowLabelChars));
  const longest = Math.max(0, ...rowLabels.map((label) => [...label].length));
  const labelRight = Math.ceil(longest * o.charWidth) + 8;
  const columnsIndex = matrix.columns.map((_, i) => i);
  const rowsIndex = matrix.rows.map((_, i) => i);
  const x = scaleBand<number>()
    .domain(columnsIndex)
    .range([labelRight, labelRight + matrix.columns.length * o.cellWidth])
    .paddingInner(o.padding);
  const y = scaleBand<number>()
    .domain(rowsIndex)
    .range([o.headerHeight, o.headerHeight + matrix.rows.length * o.cellHeight])
    .paddingInner(o.padding);
  // Slanted column labels run up and to the right of their column, so leave room for the last one.
  const overhang = Math.ceil(o.headerHeight * 0.8);
  return {
    width: labelRight + matrix.columns.length * o.cellWidth + overhang,
    height: o.headerHeight + matrix.rows.length * o.cellHeight + 2,
    x: columnsIndex.map((i) => round(x(i)!)),
    y: rowsIndex.map((i) => round(y(i)!)),
    cellWidth: round(x.bandwidth()),
    cellHeight: round(y.bandwidth()),
    labelRight: labelRight - 6,
    headerBaseline: o.headerHeight - 6,
    rowLabels,
  };
}

// One decimal is finer than a device pixel at any zoom readers use, and keeps 1,100-cell SVGs small.
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Complete a matrix's cells: colour from the site's scale, link and description from the rules above. */
function finishCells(
  rows: HeatmapAxisLabel[],
  columns: HeatmapAxisLabel[],
  cells: Pick<HeatmapCell, 'row' | 'column' | 'value' | 'text' | 'tableText' | 'words'>[],
): HeatmapMatrix {
  return {
    rows,
    columns,
    cells: cells.map((cell) => {
      const row = rows[cell.row]!;
      const column = columns[cell.column]!;
      return { ...cell, colourClass: scoreBucketClass(cell.value), href: cellHref(row, column), description: cellDescription(row, column, cell.words) };
    }),
  };
}

/** A score as cell text: whole percent without the sign ("75"), or "–" for n/a. */
export function cellPercent(value: number | null): string {
  return value === null ? '–' : String(Math.round(value * 100));
}

function percentWords(counts: Counts): string {
  return counts.applicable === 0 ? 'not applicable' : `${Math.round((counts.yes / counts.applicable) * 100)}% (${counts.yes} of ${counts.applicable} items)`;
}

/** A column of a matrix: a category or an item. */
export interface ColumnSpec {
  key: string;
  label: string;
  /** Where the column heading links in the table; also where aggregate cells link. */
  href?: string;
  /** Fragment of the audit page a paper's cell in this column links to, e.g. `#artifacts`. */
  fragment?: string;
}

/** A paper as a heatmap row. */
export interface PaperSpec {
  id: string;
  title: string;
  /** The paper's audit page: where the row's cells link (with the column's fragment). */
  page?: string;
  /** Where the row heading links in the table (defaults to `page`). */
  href?: string;
}

type CellContent = Pick<HeatmapCell, 'value' | 'text' | 'tableText' | 'words'>;

/** Papers × columns, one cell per pair, each cell's content decided by `cellOf`. */
export function paperMatrix<P extends PaperSpec>(
  papers: readonly P[],
  columns: readonly ColumnSpec[],
  cellOf: (paper: P, column: ColumnSpec) => CellContent,
): HeatmapMatrix {
  return finishCells(
    papers.map((paper) => ({ label: paper.title, full: `${paper.title} (${paper.id})`, href: paper.href ?? paper.page, cellPage: paper.page })),
    columns.map((column) => ({ label: column.label, full: column.label, href: column.href, fragment: column.fragment })),
    papers.flatMap((paper, row) => columns.map((column, index) => ({ row, column: index, ...cellOf(paper, column) }))),
  );
}

/** Papers × columns of scores (e.g. categories), each cell printing its percentage. */
export function paperScoreMatrix(papers: readonly (PaperSpec & { scores: Record<string, Counts> })[], columns: readonly ColumnSpec[]): HeatmapMatrix {
  return paperMatrix(papers, columns, (paper, column) => {
    const counts = paper.scores[column.key]!;
    const value = counts.applicable === 0 ? null : counts.yes / counts.applicable;
    return { value, text: cellPercent(value), tableText: value === null ? 'n/a' : `${cellPercent(value)}%`, words: percentWords(counts) };
  });
}

// Answer wording lives with the scan format so client scripts can print it without bundling d3.
export { ANSWER_TEXT, itemAnswer, type ItemAnswer } from '../scan-format/answers.ts';

/** Where an answer sits on the score scale: yes at the top, no at the bottom, n/a off it. */
export const ANSWER_VALUE: Record<ItemAnswer, number | null> = { yes: 1, no: 0, na: null };

/** Papers × items of one category: yes is the top of the scale, no the bottom, n/a grey. */
export function paperItemMatrix(papers: readonly (PaperSpec & { answers: Record<string, ItemAnswer> })[], items: readonly ColumnSpec[]): HeatmapMatrix {
  const textWords = Object.fromEntries(Object.values(ANSWER_TEXT).map((shown) => [shown.symbol, shown.word]));
  const matrix = paperMatrix(papers, items, (paper, item) => {
    const answer = paper.answers[item.key]!;
    const shown = ANSWER_TEXT[answer];
    return { value: ANSWER_VALUE[answer], text: shown.symbol, tableText: `${shown.symbol} ${shown.short}`, words: shown.word };
  });
  return { ...matrix, textWords };
}

/** What the aggregate heatmap needs from a paper. */
export interface AggregateSource {
  group: string;
  scores: Record<string, Counts>;
}

/** Mean score of one group in one column, and how many papers it rests on. */
export interface AggregateCell {
  mean: number | null;
  /** Papers where the column applies (the mean is over these). */
  count: number;
}

/**
 * Mean score per group (venue, year) and column, over the papers where the column applies: a
 * paper with no human studies does not pull its venue's human-studies mean down to 0.
 */
export function aggregateScores(papers: readonly AggregateSource[], columns: readonly string[]): Map<string, { papers: number; cells: AggregateCell[] }> {
  const groups = group(papers, (paper) => paper.group);
  const result = new Map<string, { papers: number; cells: AggregateCell[] }>();
  for (const [name, members] of groups) {
    const cells = columns.map((column) => {
      const values = members
        .map((paper) => paper.scores[column]!)
        .filter((counts) => counts.applicable > 0)
        .map((counts) => counts.yes / counts.applicable);
      return { mean: mean(values) ?? null, count: values.length };
    });
    result.set(name, { papers: members.length, cells });
  }
  return result;
}

/** Groups × columns of mean scores; groups in the given order, each row label carrying its paper count. Cells link to their column. */
export function aggregateMatrix(
  papers: readonly AggregateSource[],
  columns: readonly ColumnSpec[],
  groupOrder: readonly string[],
  groupNoun: string,
): HeatmapMatrix {
  const aggregates = aggregateScores(
    papers,
    columns.map((column) => column.key),
  );
  const groups = groupOrder.filter((name) => aggregates.has(name));
  return finishCells(
    groups.map((name) => {
      const papers = aggregates.get(name)!.papers;
      return { label: `${name} (${formatCount(papers)})`, full: `${groupNoun} ${name} (${countOf(papers, 'paper')})` };
    }),
    columns.map((column) => ({ label: column.label, full: column.label, href: column.href })),
    groups.flatMap((name, row) =>
      aggregates.get(name)!.cells.map((cell, column) => ({
        row,
        column,
        value: cell.mean,
        text: cellPercent(cell.mean),
        tableText: cell.count === 0 ? 'n/a' : `${cellPercent(cell.mean)}% of ${formatCount(cell.count)}`,
        words: cell.count === 0 ? 'applies to no paper' : `mean ${cellPercent(cell.mean)}% over ${countOf(cell.count, 'paper')}`,
      })),
    ),
  );
}

/** Legend stops: one per colour bucket (0 %, 10 %, …, 100 %) plus n/a, exactly the colours cells take. */
export function legendStops(): { label: string; fill: string; textFill: string }[] {
  const stops = Array.from({ length: BUCKET_COUNT }, (_, i) => ({ label: `${Math.round(bucketValue(i) * 100)}%`, fill: scoreColour(bucketValue(i)) }));
  return [...stops, { label: 'n/a', fill: scoreColour(null) }].map((stop) => ({ ...stop, textFill: textColourOn(stop.fill) }));
}
