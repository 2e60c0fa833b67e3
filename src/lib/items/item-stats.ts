/**
 * How audited papers answer each checklist item: the share that satisfy it where it applies,
 * by year and by venue, and which papers fail it. Computed in one pass over the papers for all
 * items at once, so a build's cost grows with papers × items, never with pages.
 *
 * A share is always stated with the counts behind it (yes of applicable) and the number of
 * papers it did not apply to, because "80%" of 5 papers and of 5,000 are different findings.
 */
import { allItems, type RubricCategory, type RubricItem } from '../scan-format/rubric.ts';
import { compareId } from '../scoring/ranking.ts';
import { countOf, formatCount } from '../site/format-count.ts';

/** What the statistics need of one audited paper; the build model maps its records onto this. */
export interface ItemStatsPaper {
  id: string;
  year: number;
  venue: string;
  /** Answers by category key, then item key. */
  checklist: Readonly<Record<string, Readonly<Record<string, { applies: boolean; answer: boolean }>> | undefined>>;
}

/** How many papers answered an item yes or no, and how many it did not apply to. */
export interface Tally {
  yes: number;
  no: number;
  notApplicable: number;
}

/** One group of a breakdown (a year, a venue) with its tally. */
export interface GroupTally {
  /** Stable key: the year, or the venue name (`OTHER_VENUES_KEY` for the merged rest). */
  key: string;
  /** What readers see: "2021", "NeurIPS", "Other venues (3)". */
  label: string;
  tally: Tally;
}

/** Everything the item page shows about one item. */
export interface ItemStats {
  category: RubricCategory;
  item: RubricItem;
  overall: Tally;
  /** Every year from the earliest to the latest audited paper, ascending; years without papers have an empty tally. */
  byYear: GroupTally[];
  /** Venues by number of audited papers (then name); past `maxVenues` the rest are merged into one group. */
  byVenue: GroupTally[];
  /** Positions (in the input) of the papers that fail the item, in input order. */
  failing: number[];
}

/** Options of `computeItemStats`. */
export interface ItemStatsOptions {
  /** Venues shown one by one before the rest are merged; keeps the chart readable at any number of venues. */
  maxVenues: number;
}

/** Defaults: twelve venues fit one chart at phone width. */
export const DEFAULT_ITEM_STATS_OPTIONS: ItemStatsOptions = { maxVenues: 12 };

/** Key of the group that merges the venues past `maxVenues`. */
export const OTHER_VENUES_KEY = '(other venues)';

/** Papers where the item applies. */
export function applicable(tally: Tally): number {
  return tally.yes + tally.no;
}

/** Every paper counted, whether the item applies or not. */
export function papersCounted(tally: Tally): number {
  return tally.yes + tally.no + tally.notApplicable;
}

/** Share of papers satisfying the item where it applies, in [0, 1]; null when it applies to none. */
export function share(tally: Tally): number | null {
  const total = applicable(tally);
  return total === 0 ? null : tally.yes / total;
}

/** A share as a whole percentage ("63%"), or "n/a" when the item applies to no paper. */
export function formatShare(tally: Tally): string {
  const value = share(tally);
  return value === null ? 'n/a' : `${Math.round(value * 100)}%`;
}

/** The counts behind a share: "30 of 48 papers" (those where the item applies). */
export function shareCounts(tally: Tally): string {
  return `${formatCount(tally.yes)} of ${countOf(applicable(tally), 'paper')}`;
}

/** The counts behind a share in words, for printing after the percentage: "8 of 12 papers where it applies meet it; it does not apply to 2 papers." */
export function shareDetail(tally: Tally): string {
  if (applicable(tally) === 0) return `It applies to none of the audited papers (${countOf(tally.notApplicable, 'paper')}).`;
  const na = tally.notApplicable === 0 ? 'it applies to every audited paper' : `it does not apply to ${countOf(tally.notApplicable, 'paper')}`;
  return `${shareCounts(tally)} where it applies meet it; ${na}.`;
}

/** A share in one sentence with every count behind it: "67%: 8 of 12 papers where it applies meet it; it does not apply to 2 papers." */
export function shareSentence(tally: Tally): string {
  return applicable(tally) === 0 ? shareDetail(tally) : `${formatShare(tally)}: ${shareDetail(tally)}`;
}

function emptyTally(): Tally {
  return { yes: 0, no: 0, notApplicable: 0 };
}

function addAnswer(tally: Tally, answer: { applies: boolean; answer: boolean } | undefined): 'yes' | 'no' | 'na' {
  if (!answer?.applies) {
    tally.notApplicable += 1;
    return 'na';
  }
  if (answer.answer) {
    tally.yes += 1;
    return 'yes';
  }
  tally.no += 1;
  return 'no';
}

/** Venue order shared by every item: most audited papers first, then by name, so all item pages list venues alike. */
export function venueOrder(papers: readonly Pick<ItemStatsPaper, 'venue'>[]): string[] {
  const counts = new Map<string, number>();
  for (const paper of papers) counts.set(paper.venue, (counts.get(paper.venue) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareId(a[0], b[0])).map(([venue]) => venue);
}

/** The years from the earliest to the latest paper, ascending (empty for no papers). */
export function yearRange(papers: readonly Pick<ItemStatsPaper, 'year'>[]): number[] {
  if (papers.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const { year } of papers) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Statistics of every rubric item, in rubric order. */
export function computeItemStats(papers: readonly ItemStatsPaper[], options: Partial<ItemStatsOptions> = {}): ItemStats[] {
  const { maxVenues } = { ...DEFAULT_ITEM_STATS_OPTIONS, ...options };
  const years = yearRange(papers);
  const venues = venueOrder(papers);
  // Venues past the limit share the last group; one extra group for a single venue would hide nothing.
  const shownVenues = venues.length <= maxVenues + 1 ? venues : venues.slice(0, maxVenues);
  const venueGroup = new Map(shownVenues.map((venue, i) => [venue, i]));
  const otherGroup = shownVenues.length;
  const merged = venues.length - shownVenues.length;

  const stats = allItems().map(({ category, item }) => ({
    category,
    item,
    overall: emptyTally(),
    byYear: years.map((year) => ({ key: String(year), label: String(year), tally: emptyTally() })),
    byVenue: [
      ...shownVenues.map((venue) => ({ key: venue, label: venue, tally: emptyTally() })),
      ...(merged > 0 ? [{ key: OTHER_VENUES_KEY, label: `Other venues (${merged})`, tally: emptyTally() }] : []),
    ],
    failing: [] as number[],
  }));

  papers.forEach((paper, position) => {
    const yearIndex = paper.year - (years[0] ?? 0);
    const venueIndex = venueGroup.get(paper.venue) ?? otherGroup;
    for (const entry of stats) {
      const answer = paper.checklist[entry.category.key]?.[entry.item.key];
      const kind = addAnswer(entry.overall, answer);
      addAnswer(entry.byYear[yearIndex]!.tally, answer);
      addAnswer(entry.byVenue[venueIndex]!.tally, answer);
      if (kind === 'no') entry.failing.push(position);
    }
  });
  return stats;
}

/** The statistics of one item, found by its keys. */
export function findItemStats(stats: readonly ItemStats[], categoryKey: string, itemKey: string): ItemStats | undefined {
  return stats.find((entry) => entry.category.key === categoryKey && entry.item.key === itemKey);
}
