/**
 * Options of the share charts on item pages (share of papers meeting an item, per group), with
 * documented defaults. Two layouts: `columns`, one vertical bar per group along x (years, in
 * order), and `bars`, one horizontal bar per group down the chart (venues, with long names).
 */

/** How groups are laid out. */
export type ShareChartOrientation = 'columns' | 'bars';

/** Every option of a share chart; sizes are SVG user units (px at 100%). */
export interface ShareChartConfig {
  orientation: ShareChartOrientation;
  /** Space per group along the group axis: a column's width or a bar's height, gaps included. */
  bandSize: number;
  /** Gap between groups as a share of the band (d3 `paddingInner`). */
  padding: number;
  /** Length of the value axis: plot height for columns, plot width for bars. */
  valueLength: number;
  /** Space above the plot (value labels of full columns, tick labels of bars). */
  marginTop: number;
  /** Space right of the plot (value text after the longest bar). */
  marginRight: number;
  /** Space below the plot (group label and counts under each column). */
  marginBottom: number;
  /** Space left of the plot for columns (tick labels); bars compute it from their labels. */
  marginLeft: number;
  /** Ticks on the value axis (d3 picks round values near this count). */
  ticks: number;
  /** Longest group label in characters before it is cut with an ellipsis. */
  maxLabelChars: number;
  /** Approximate width of one label character at `fontSize`, for sizing without font metrics. */
  charWidth: number;
  /** Font size of every label. */
  fontSize: number;
}

/** Defaults for years: 16 years fit in ~760 px, each column wide enough for "100%" and "48/50". */
export const COLUMN_DEFAULTS: ShareChartConfig = {
  orientation: 'columns',
  bandSize: 44,
  padding: 0.2,
  valueLength: 180,
  marginTop: 22,
  marginRight: 8,
  marginBottom: 40,
  marginLeft: 40,
  ticks: 5,
  maxLabelChars: 8,
  charWidth: 6.6,
  fontSize: 12,
};

/** Defaults for venues: names up to 28 characters, bars 300 px long, room for "100% (1,234/1,234)" after them. */
export const BAR_DEFAULTS: ShareChartConfig = {
  orientation: 'bars',
  bandSize: 26,
  padding: 0.25,
  valueLength: 300,
  marginTop: 24,
  marginRight: 130,
  marginBottom: 6,
  marginLeft: 0,
  ticks: 5,
  maxLabelChars: 28,
  charWidth: 6.6,
  fontSize: 12,
};

/** Defaults for an orientation, overridden by `options`. */
export function shareChartConfig(orientation: ShareChartOrientation, options: Partial<ShareChartConfig> = {}): ShareChartConfig {
  return { ...(orientation === 'columns' ? COLUMN_DEFAULTS : BAR_DEFAULTS), ...options, orientation };
}
