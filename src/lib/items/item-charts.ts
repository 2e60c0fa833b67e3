/**
 * An item's two charts (share meeting it by year, by venue) from its statistics: the data, the
 * words and the SVG, computed here once so the page, the embed and the `.svg` download are the
 * same chart.
 */
import { shareChartConfig } from '../charts/share-chart/config.ts';
import { shareChartGeometry, type ShareDatum } from '../charts/share-chart/geometry.ts';
import { renderShareChart } from '../charts/share-chart/render.ts';
import { applicable, type GroupTally, type ItemStats } from './item-stats.ts';
import type { ItemChart } from './item-paths.ts';

/** A group's tally as a chart datum. */
export function groupDatum(group: GroupTally): ShareDatum {
  return { key: group.key, label: group.label, yes: group.tally.yes, applicable: applicable(group.tally), notApplicable: group.tally.notApplicable };
}

/** The groups a chart draws. */
export function chartGroups(stats: ItemStats, chart: ItemChart): GroupTally[] {
  return chart === 'year' ? stats.byYear : stats.byVenue;
}

/** What the chart shows, as its title: "Code released: share of audited papers meeting it, by year". */
export function chartTitle(stats: ItemStats, chart: ItemChart): string {
  return `${stats.item.label}: share of audited papers meeting it, by ${chart === 'year' ? 'year of publication' : 'venue'}`;
}

/** How to read the chart, as its description. */
export function chartDescription(stats: ItemStats, chart: ItemChart): string {
  const groups = chart === 'year' ? 'year' : 'venue';
  return (
    `For each ${groups}, the share of audited papers that answer yes to “${stats.item.question}”, among the papers it applies to. ` +
    'Each bar prints its percentage and, as yes/applicable, the counts behind it; n/a marks groups where it applies to no paper.'
  );
}

/** The chart as SVG; `id` must be unique on the page that inlines it. */
export function itemChartSvg(stats: ItemStats, chart: ItemChart, id: string): string {
  const config = shareChartConfig(chart === 'year' ? 'columns' : 'bars');
  const geometry = shareChartGeometry(chartGroups(stats, chart).map(groupDatum), config);
  return renderShareChart(geometry, { id, title: chartTitle(stats, chart), description: chartDescription(stats, chart) });
}
