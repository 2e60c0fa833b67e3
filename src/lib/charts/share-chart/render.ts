/**
 * A share chart as one SVG string, the same bytes inlined in the item page, in its embed and in
 * the `.svg` download. Colours are presentation attributes (the light theme), so the file reads
 * on its own; on the site, `share-chart.css` classes override them for the dark theme (CSS wins
 * over presentation attributes), and no `style` attribute or element is needed under the CSP.
 * Every text is escaped: venue names are scan text.
 */
import { escapeXml } from '../../publishing/xml.ts';
import type { ShareChartGeometry, ShareMark } from './geometry.ts';

/** What the chart is, for its `<title>` and `<desc>` (screen readers announce both). */
export interface ShareChartText {
  /** Unique on the page; prefixes the ids of the title and description. */
  id: string;
  title: string;
  description: string;
}

/** Light-theme colours, kept in step with `--accent`, `--fg`, `--muted` and `--rule` of global.css. */
export const CHART_COLOURS = { bar: '#1d3557', text: '#1b1f24', muted: '#555c66', grid: '#e7e9ec', axis: '#555c66' } as const;

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function text(className: string, at: { x: number; y: number }, content: string, extra: Record<string, string | undefined> = {}): string {
  return `<text${attributes({ class: className, x: at.x, y: at.y, ...extra })}>${escapeXml(content)}</text>`;
}

function renderMark(mark: ShareMark, columns: boolean): string {
  const bar = mark.bar ? `<rect${attributes({ class: 'share-bar', ...mark.bar, fill: CHART_COLOURS.bar })}/>` : '';
  const value = `<tspan${attributes({ class: 'share-value', 'font-weight': '600' })}>${escapeXml(mark.valueText)}</tspan>`;
  const count = `<tspan${attributes({ class: 'share-count', fill: CHART_COLOURS.muted })}>${escapeXml(mark.countText)}</tspan>`;
  // Columns print the value above the bar and the counts under the label; bars print both after the bar, in one run of text.
  const figures = columns
    ? [
        `<text${attributes({ x: mark.valueAt.x, y: mark.valueAt.y })}>${value}</text>`,
        `<text${attributes({ x: mark.countAt.x, y: mark.countAt.y })}>${count}</text>`,
      ]
    : [`<text${attributes({ x: mark.valueAt.x, y: mark.valueAt.y, 'text-anchor': 'start' })}>${value} ${count}</text>`];
  return [
    `<g class="share-mark${mark.share === null ? ' share-na' : ''}">`,
    `<title>${escapeXml(mark.description)}</title>`,
    bar,
    ...figures,
    text('share-label', mark.labelAt, mark.label, columns ? {} : { 'text-anchor': 'end' }),
    `</g>`,
  ].join('');
}

/** The chart as a standalone SVG document (also valid inline in HTML). */
export function renderShareChart(geometry: ShareChartGeometry, chart: ShareChartText): string {
  const columns = geometry.orientation === 'columns';
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const root = attributes({
    xmlns: 'http://www.w3.org/2000/svg',
    class: `share-chart share-chart-${geometry.orientation}`,
    width: geometry.width,
    height: geometry.height,
    viewBox: `0 0 ${geometry.width} ${geometry.height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    'font-family': FONT,
    'font-size': geometry.fontSize,
    fill: CHART_COLOURS.text,
    'text-anchor': 'middle',
  });
  const { from, to } = geometry.baseline;
  return [
    `<svg${root}>`,
    `<title id="${escapeXml(titleId)}">${escapeXml(chart.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(chart.description)}</desc>`,
    `<g class="share-grid"${attributes({ stroke: CHART_COLOURS.grid })}>`,
    ...geometry.ticks.map((tick) => `<line${attributes({ x1: tick.from.x, y1: tick.from.y, x2: tick.to.x, y2: tick.to.y })}/>`),
    `</g>`,
    `<g class="share-ticks"${attributes({ fill: CHART_COLOURS.muted, 'text-anchor': columns ? 'end' : 'middle' })}>`,
    ...geometry.ticks.map((tick) => text('share-tick', tick.labelAt, tick.text)),
    `</g>`,
    `<line${attributes({ class: 'share-baseline', x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: CHART_COLOURS.axis })}/>`,
    `<g class="share-marks">`,
    ...geometry.marks.map((mark) => renderMark(mark, columns)),
    `</g>`,
    `</svg>`,
  ].join('\n');
}
