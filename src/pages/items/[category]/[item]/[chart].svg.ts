/** `/items/<category>/<item>/by-year.svg` and `by-venue.svg`: an item's chart as a standalone SVG file, the same drawing the page shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getItemModel } from '../../../../build-model/item-model.ts';
import { itemChartSvg } from '../../../../lib/items/item-charts.ts';
import { ITEM_CHARTS, type ItemChart } from '../../../../lib/items/item-paths.ts';
import type { ItemStats } from '../../../../lib/items/item-stats.ts';

export const getStaticPaths = (async () =>
  (await getItemModel()).stats.flatMap((stats) =>
    ITEM_CHARTS.map((chart) => ({ params: { category: stats.category.key, item: stats.item.key, chart: `by-${chart}` }, props: { stats, chart } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ stats: ItemStats; chart: ItemChart }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${itemChartSvg(props.stats, props.chart, 'chart')}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
