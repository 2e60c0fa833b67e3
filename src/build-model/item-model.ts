/**
 * Per-item statistics of this build, computed once from every scan and shared by the item pages,
 * their embeds and downloads, and the home page's headline figures. The only place
 * that knows how a scan record maps onto `lib/items`' input, so a change to the records touches
 * this file alone.
 */
import { buildModel } from './index.ts';
import type { ScanRecord } from './scans.ts';
import { computeItemStats, findItemStats, type ItemStats, type ItemStatsPaper } from '../lib/items/item-stats.ts';
import { headlineItemFigures, type HeadlineFigure } from '../lib/items/headlines.ts';

/** A paper that fails an item, as the failing list prints it. */
export interface FailingPaper {
  id: string;
  title: string;
  year: number;
  venue: string;
}

/** Every item's statistics and the records they were computed from (the failing lists point into it). */
export interface ItemModel {
  stats: ItemStats[];
  records: readonly ScanRecord[];
}

let cached: Promise<ItemModel> | undefined;

function statsInput(record: ScanRecord): ItemStatsPaper {
  return { id: record.id, year: record.scan.paper.year, venue: record.scan.paper.venue, checklist: record.scan.checklist };
}

/** Statistics of every checklist item, computed once per build. */
export function getItemModel(): Promise<ItemModel> {
  cached ??= Promise.resolve(buildModel().records).then((records) => ({ stats: computeItemStats(records.map(statsInput)), records }));
  return cached;
}

/** One item's statistics; throws for an item the rubric does not have (a route bug, not reader input). */
export async function getItemStats(categoryKey: string, itemKey: string): Promise<ItemStats> {
  const stats = findItemStats((await getItemModel()).stats, categoryKey, itemKey);
  if (!stats) throw new Error(`no checklist item ${categoryKey}/${itemKey}`);
  return stats;
}

/** The failing papers at the given positions of the failing list, e.g. one page of it. */
export async function failingPapers(positions: readonly number[]): Promise<FailingPaper[]> {
  const { records } = await getItemModel();
  return positions.map((position) => {
    const { id, scan } = records[position]!;
    return { id, title: scan.paper.title, year: scan.paper.year, venue: scan.paper.venue };
  });
}

/** The home page's headline figures (see `headlineItemFigures` for the rule). */
export async function getHeadlineFigures(count: number): Promise<HeadlineFigure[]> {
  return headlineItemFigures((await getItemModel()).stats, count);
}
