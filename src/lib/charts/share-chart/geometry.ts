/**
 * Scales and geometry of a share chart: where each group's bar, value and labels go, computed
 * with d3 scales at build time. Pure numbers and strings; `render.ts` turns them into SVG.
 * Every mark prints its value and the counts behind it, so neither colour nor bar length is
 * the only way to read a figure.
 */
import { format } from 'd3-format';
import { scaleBand, scaleLinear } from 'd3-scale';
import { countOf, formatCount } from '../../site/format-count.ts';
import { truncate } from '../heatmap-layout.ts';
import type { ShareChartConfig, ShareChartOrientation } from './config.ts';

/** One group to chart: its share is yes / applicable. */
export interface ShareDatum {
  key: string;
  /** Label on the group axis (shortened when too long; the full text stays in `description`). */
  label: string;
  yes: number;
  applicable: number;
  notApplicable: number;
}

/** A point in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

/** One group as drawn. */
export interface ShareMark {
  key: string;
  /** Share in [0, 1], or null when the item applies to no paper of the group. */
  share: number | null;
  /** The bar; absent for n/a groups. Zero-length for 0%. */
  bar?: { x: number; y: number; width: number; height: number };
  /** Printed value: "63%", or "n/a". */
  valueText: string;
  valueAt: Point;
  /** Group label as printed (maybe shortened). */
  label: string;
  labelAt: Point;
  /** The counts under the label (columns) or after the value in the same text (bars, where `countAt` is `valueAt`): "30/48". */
  countText: string;
  countAt: Point;
  /** The whole figure in words, for the mark's tooltip. */
  description: string;
}

/** A tick of the value axis with its grid line. */
export interface ShareTick {
  text: string;
  /** Start and end of the grid line across the plot. */
  from: Point;
  to: Point;
  /** Where the tick label sits. */
  labelAt: Point;
}

/** Everything `render.ts` draws. */
export interface ShareChartGeometry {
  orientation: ShareChartOrientation;
  width: number;
  height: number;
  fontSize: number;
  marks: ShareMark[];
  ticks: ShareTick[];
  /** The zero line of the value axis. */
  baseline: { from: Point; to: Point };
}

const percent = format('.0%');

// One decimal is finer than a device pixel at any zoom, and keeps the SVG and its snapshots short.
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A datum's share in [0, 1], or null when nothing applies. */
export function datumShare(datum: ShareDatum): number | null {
  return datum.applicable === 0 ? null : datum.yes / datum.applicable;
}

/** A group's figure in one phrase: "2021: 63% (30 of 48 papers where it applies; does not apply to 2)". */
export function describeDatum(datum: ShareDatum): string {
  const value = datumShare(datum);
  const na = datum.notApplicable > 0 ? `; does not apply to ${formatCount(datum.notApplicable)}` : '';
  if (value === null) {
    return datum.notApplicable === 0 ? `${datum.label}: no audited papers` : `${datum.label}: applies to none of ${countOf(datum.notApplicable, 'paper')}`;
  }
  return `${datum.label}: ${percent(value)} (${formatCount(datum.yes)} of ${countOf(datum.applicable, 'paper')} where it applies${na})`;
}

function countText(datum: ShareDatum): string {
  return `${formatCount(datum.yes)}/${formatCount(datum.applicable)}`;
}

/** The plot area: where bars may go, inside the margins. */
interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** One band per group along `range`, in data order. */
function groupScale(data: readonly ShareDatum[], range: [number, number], config: ShareChartConfig) {
  return scaleBand<string>()
    .domain(data.map((datum) => datum.key))
    .range(range)
    .paddingInner(config.padding)
    .paddingOuter(config.padding / 2);
}

/** What both orientations share: the size around the plot, the value ticks and the zero line. */
function finish(config: ShareChartConfig, plot: Plot, marks: ShareMark[], tickAt: (value: number) => Omit<ShareTick, 'text'>): ShareChartGeometry {
  const columns = config.orientation === 'columns';
  return {
    orientation: config.orientation,
    width: round(plot.right + config.marginRight),
    height: round(plot.bottom + config.marginBottom),
    fontSize: config.fontSize,
    marks,
    ticks: scaleLinear()
      .domain([0, 1])
      .ticks(config.ticks)
      .map((value) => ({ text: percent(value), ...tickAt(value) })),
    baseline: columns
      ? { from: { x: plot.left, y: plot.bottom }, to: { x: plot.right, y: plot.bottom } }
      : { from: { x: plot.left, y: plot.top }, to: { x: plot.left, y: plot.bottom } },
  };
}

/** Geometry of a chart with one vertical column per group (years along x). */
export function columnGeometry(data: readonly ShareDatum[], config: ShareChartConfig): ShareChartGeometry {
  const plot: Plot = {
    left: config.marginLeft,
    right: config.marginLeft + data.length * config.bandSize,
    top: config.marginTop,
    bottom: config.marginTop + config.valueLength,
  };
  const x = groupScale(data, [plot.left, plot.right], config);
  const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
  const width = x.bandwidth();
  const marks = data.map((datum): ShareMark => {
    const value = datumShare(datum);
    const left = x(datum.key)!;
    const centre = round(left + width / 2);
    const top = value === null ? plot.bottom : y(value);
    return {
      key: datum.key,
      share: value,
      bar: value === null ? undefined : { x: round(left), y: round(top), width: round(width), height: round(plot.bottom - top) },
      valueText: value === null ? 'n/a' : percent(value),
      valueAt: { x: centre, y: round(top - 5) },
      label: truncate(datum.label, config.maxLabelChars),
      labelAt: { x: centre, y: round(plot.bottom + config.fontSize + 4) },
      countText: countText(datum),
      countAt: { x: centre, y: round(plot.bottom + 2 * config.fontSize + 8) },
      description: describeDatum(datum),
    };
  });
  return finish(config, plot, marks, (value) => ({
    from: { x: plot.left, y: round(y(value)) },
    to: { x: plot.right, y: round(y(value)) },
    labelAt: { x: plot.left - 6, y: round(y(value) + config.fontSize / 3) },
  }));
}

/** Geometry of a chart with one horizontal bar per group (venues down the chart, labels on the left). */
export function barGeometry(data: readonly ShareDatum[], config: ShareChartConfig): ShareChartGeometry {
  const labels = data.map((datum) => truncate(datum.label, config.maxLabelChars));
  const longest = Math.max(0, ...labels.map((label) => [...label].length));
  const left = Math.max(config.marginLeft, Math.ceil(longest * config.charWidth) + 12);
  const plot: Plot = { left, right: left + config.valueLength, top: config.marginTop, bottom: config.marginTop + data.length * config.bandSize };
  const y = groupScale(data, [plot.top, plot.bottom], config);
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const height = y.bandwidth();
  const marks = data.map((datum, i): ShareMark => {
    const value = datumShare(datum);
    const top = y(datum.key)!;
    const middle = round(top + height / 2 + config.fontSize / 3);
    const end = value === null ? plot.left : x(value);
    const valueText = value === null ? 'n/a' : percent(value);
    return {
      key: datum.key,
      share: value,
      bar: value === null ? undefined : { x: plot.left, y: round(top), width: round(end - plot.left), height: round(height) },
      valueText,
      valueAt: { x: round(end + 6), y: middle },
      label: labels[i]!,
      labelAt: { x: plot.left - 6, y: middle },
      countText: countText(datum),
      // The counts follow the value in the same line of text, so no font metrics are needed to space them.
      countAt: { x: round(end + 6), y: middle },
      description: describeDatum(datum),
    };
  });
  return finish(config, plot, marks, (value) => ({
    from: { x: round(x(value)), y: plot.top },
    to: { x: round(x(value)), y: plot.bottom },
    labelAt: { x: round(x(value)), y: plot.top - 8 },
  }));
}

/** Geometry for the configured orientation. */
export function shareChartGeometry(data: readonly ShareDatum[], config: ShareChartConfig): ShareChartGeometry {
  return config.orientation === 'columns' ? columnGeometry(data, config) : barGeometry(data, config);
}
