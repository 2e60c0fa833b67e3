import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { BAR_DEFAULTS, COLUMN_DEFAULTS, shareChartConfig } from '../../../src/lib/charts/share-chart/config.ts';
import { barGeometry, columnGeometry, describeDatum, type ShareDatum } from '../../../src/lib/charts/share-chart/geometry.ts';
import { renderShareChart } from '../../../src/lib/charts/share-chart/render.ts';
import { expectSvgSnapshot } from '../../helpers/svg-snapshot.ts';

const years: ShareDatum[] = [
  { key: '2019', label: '2019', yes: 3, applicable: 4, notApplicable: 0 },
  { key: '2020', label: '2020', yes: 0, applicable: 0, notApplicable: 0 },
  { key: '2021', label: '2021', yes: 0, applicable: 2, notApplicable: 1 },
  { key: '2022', label: '2022', yes: 5, applicable: 5, notApplicable: 0 },
];

const venues: ShareDatum[] = [
  { key: 'NeurIPS', label: 'NeurIPS', yes: 1234, applicable: 2000, notApplicable: 12 },
  { key: 'long', label: 'Proceedings of a Workshop With a Very Long Name Indeed', yes: 1, applicable: 3, notApplicable: 0 },
  { key: 'hostile', label: 'Venue <script>alert(1)</script> & "quotes"', yes: 0, applicable: 0, notApplicable: 2 },
];

const chartText = { id: 'chart', title: 'Code released: share of audited papers meeting it, by year', description: 'How to read it.' };

describe('columns (trend by year)', () => {
  const geometry = columnGeometry(years, COLUMN_DEFAULTS);
  const [y2019, y2020, y2021, y2022] = geometry.marks;

  test('bar height is proportional to the share, all bars standing on the baseline', () => {
    const full = y2022!.bar!;
    expect(full.height).toBeCloseTo(COLUMN_DEFAULTS.valueLength, 0);
    expect(y2019!.bar!.height).toBeCloseTo(0.75 * COLUMN_DEFAULTS.valueLength, 0);
    expect(y2021!.bar!.height).toBe(0);
    for (const mark of [y2019!, y2021!, y2022!]) expect(mark.bar!.y + mark.bar!.height).toBeCloseTo(geometry.baseline.from.y, 0);
  });

  test('every mark prints its value and counts; a year with no applicable paper has no bar and says n/a', () => {
    expect(geometry.marks.map((mark) => [mark.label, mark.valueText, mark.countText])).toEqual([
      ['2019', '75%', '3/4'],
      ['2020', 'n/a', '0/0'],
      ['2021', '0%', '0/2'],
      ['2022', '100%', '5/5'],
    ]);
    expect(y2020!.bar).toBeUndefined();
    expect(y2020!.share).toBeNull();
  });

  test('columns go left to right in data order, inside the chart', () => {
    const xs = geometry.marks.map((mark) => mark.labelAt.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs)).toBeLessThan(geometry.width);
    expect(geometry.ticks.map((tick) => tick.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });

  test('snapshot (normalised SVG)', () => {
    expectSvgSnapshot(renderShareChart(geometry, chartText), path.join(import.meta.dirname, '__snapshots__/share-chart-columns.svg'));
  });
});

describe('bars (breakdown by venue)', () => {
  const geometry = barGeometry(venues, BAR_DEFAULTS);

  test('long labels are cut with an ellipsis, and the plot starts after the longest label', () => {
    expect(geometry.marks[1]!.label).toBe('Proceedings of a Workshop W…');
    expect([...geometry.marks[1]!.label].length).toBe(BAR_DEFAULTS.maxLabelChars);
    for (const mark of geometry.marks) expect(mark.labelAt.x).toBeLessThan(geometry.baseline.from.x);
  });

  test('bar length is proportional to the share; values and counts follow the bar', () => {
    const [neurips, long, hostile] = geometry.marks;
    expect(neurips!.bar!.width).toBeCloseTo(0.617 * BAR_DEFAULTS.valueLength, 0);
    expect(long!.bar!.width).toBeCloseTo(BAR_DEFAULTS.valueLength / 3, 0);
    expect(hostile!.bar).toBeUndefined();
    expect(geometry.marks.map((mark) => `${mark.valueText} ${mark.countText}`)).toEqual(['62% 1,234/2,000', '33% 1/3', 'n/a 0/0']);
    for (const mark of geometry.marks) expect(mark.countAt).toEqual(mark.valueAt);
    // "100% 1,234/2,000" after a full bar still fits.
    expect(geometry.baseline.from.x + BAR_DEFAULTS.valueLength + 6 + 16 * BAR_DEFAULTS.charWidth).toBeLessThanOrEqual(geometry.width);
  });

  test('hostile labels stay text: the SVG is well-formed and has no element but its own', () => {
    const svg = renderShareChart(geometry, { ...chartText, title: 'A <b>title</b> & more' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
  });

  test('snapshot (normalised SVG)', () => {
    expectSvgSnapshot(renderShareChart(geometry, chartText), path.join(import.meta.dirname, '__snapshots__/share-chart-bars.svg'));
  });
});

describe('words', () => {
  test.each([
    [years[0]!, '2019: 75% (3 of 4 papers where it applies)'],
    [years[1]!, '2020: no audited papers'],
    [years[2]!, '2021: 0% (0 of 2 papers where it applies; does not apply to 1)'],
    [venues[2]!, 'Venue <script>alert(1)</script> & "quotes": applies to none of 2 papers'],
  ])('%j reads "%s"', (datum, words) => {
    expect(describeDatum(datum)).toBe(words);
  });

  test('the SVG names itself for screen readers: role img, labelled by its title and description', () => {
    const svg = renderShareChart(columnGeometry(years, COLUMN_DEFAULTS), chartText);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/);
    expect(svg).toContain('<title id="chart-title">Code released: share of audited papers meeting it, by year</title>');
  });
});

test('shareChartConfig overrides a default but keeps the orientation it was asked for', () => {
  expect(shareChartConfig('bars', { bandSize: 30 })).toEqual({ ...BAR_DEFAULTS, bandSize: 30 });
  expect(shareChartConfig('columns', { orientation: 'bars' }).orientation).toBe('columns');
});
