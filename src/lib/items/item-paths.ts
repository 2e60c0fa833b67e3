/**
 * Site paths of everything published per checklist item, in one place for the pages, the
 * downloads and the links to them. All hang under `itemPath` (`/items/<category>/<item>/`).
 */
import { pagePath } from '../site/pagination.ts';
import { itemPath } from '../site/urls.ts';

/** The two charts of an item page. */
export type ItemChart = 'year' | 'venue';

/** Both charts, in page order. */
export const ITEM_CHARTS: readonly ItemChart[] = ['year', 'venue'];

/** `/items/<c>/<i>/data.csv`: the numbers of both charts. */
export function itemCsvPath(category: string, item: string): string {
  return `${itemPath(category, item)}data.csv`;
}

/** `/items/<c>/<i>/by-year.svg` or `by-venue.svg`: a chart as a standalone SVG file. */
export function itemSvgPath(category: string, item: string, chart: ItemChart): string {
  return `${itemPath(category, item)}by-${chart}.svg`;
}

/** `/items/<c>/<i>/embed/` (the trend by year) or `embed/by-venue/`: a chart alone, with its citation, for iframes. */
export function itemEmbedPath(category: string, item: string, chart: ItemChart): string {
  return `${itemPath(category, item)}embed/${chart === 'year' ? '' : `by-${chart}/`}`;
}

/** Page `page` of the papers that fail an item: page 1 is the item page itself, then `/items/<c>/<i>/2/`, …. */
export function failingPagePath(category: string, item: string, page: number): string {
  return pagePath(itemPath(category, item), page);
}

/** Fragment of the item page where the failing papers are listed. */
export const FAILING_ANCHOR = 'failing';
