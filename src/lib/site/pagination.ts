/**
 * Pages of a long ranking. Server-rendered tables are cut into fixed pages so the first load
 * stays small at 10,000 papers; the same maths drives the client-side pager.
 */

/** Rows per page: 100 rows of the leaderboard are ~20 KB gzip, far inside the first-load budget. */
export const PAGE_SIZE = 100;

/**
 * Papers per page of an item's list of papers that fail it. Its one-line entries are ~4 KB gzip a
 * hundred, so 250 keep an item page's first load near 15 KB of its 25 KB budget, while the pages'
 * own markup (head, header, footer: ~4.4 KB a page) repeats 2.5 times less: at 10,000 audits the
 * 50 items list ~220,000 failures.
 */
export const FAILING_PAGE_SIZE = 250;

/**
 * Papers per page of a category's ranking. Its rows are short (a score and a few answers), so 200
 * of them cost a first load ~5 KB gzip more than 100, while the pages' own markup (head, header,
 * the items and legend: ~8.7 KB a page) repeats half as often: at 10,000 audits, 550 pages, not
 * 1,100. The first page's heatmap still draws the top `PAGE_SIZE`.
 */
export const CATEGORY_PAGE_SIZE = 200;

/** Number of pages for a count of rows; an empty list still has one (empty) page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The rows shown on a 1-based page. */
export function pageSlice<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** Site path of page `page` under a listing: page 1 is the listing itself, page n is `<listing>n/`. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}${page}/`;
}

/** Page numbers to show in a pager: first, last and a window around the current page, with gaps. */
export function pagerItems(current: number, total: number, radius = 2): (number | 'gap')[] {
  const shown = (page: number) => page === 1 || page === total || Math.abs(page - current) <= radius;
  const items: (number | 'gap')[] = [];
  for (let page = 1; page <= total; page++) {
    // A gap standing for a single page would be as wide as the page number itself: show the number.
    const loneHidden = shown(page - 1) && shown(page + 1);
    if (shown(page) || loneHidden) items.push(page);
    else if (items.at(-1) !== 'gap') items.push('gap');
  }
  return items;
}
