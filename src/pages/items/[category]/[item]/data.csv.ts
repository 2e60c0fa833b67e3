/** `/items/<category>/<item>/data.csv`: the numbers of an item's charts (see `lib/items/item-csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getItemModel } from '../../../../build-model/item-model.ts';
import { itemCsv } from '../../../../lib/items/item-csv.ts';
import type { ItemStats } from '../../../../lib/items/item-stats.ts';

export const getStaticPaths = (async () =>
  (await getItemModel()).stats.map((stats) => ({ params: { category: stats.category.key, item: stats.item.key }, props: { stats } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ stats: ItemStats }> = ({ props }) =>
  new Response(itemCsv(props.stats), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
