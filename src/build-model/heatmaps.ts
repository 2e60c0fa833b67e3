/**
 * The heatmaps' matrices: on `/heatmap/`, mean category scores by venue and by year and the top
 * and bottom of the ranking paper by paper (papers × categories would be ~110,000 cells at 10,000
 * papers); on each category's first page, its top papers × its items.
 */
import { RUBRIC, type RubricCategory } from '../lib/scan-format/rubric.ts';
import { aggregateMatrix, itemAnswer, paperItemMatrix, paperScoreMatrix, type ColumnSpec, type HeatmapMatrix } from '../lib/charts/heatmap-layout.ts';
import type { LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { compareId, type Counts, type Ranked } from '../lib/scoring/ranking.ts';
import { itemAnchor } from '../lib/site/anchors.ts';
import { categoryPath, paperPath, withBase } from '../lib/site/urls.ts';
import type { Leaderboard } from './rankings.ts';
import type { ScanRecord } from './scans.ts';

/** Papers shown individually at each end of the ranking. */
export const HEATMAP_EXTREMES = 25;

/** The matrices of `/heatmap/`. */
export interface HeatmapFigures {
  paperCount: number;
  /** Papers with an overall rank (something applies to them). */
  rankedCount: number;
  byVenue: HeatmapMatrix;
  byYear: HeatmapMatrix;
  /** Whether `top` holds every ranked paper (few enough to show all). */
  showAll: boolean;
  top: HeatmapMatrix;
  /** The lowest-ranked papers, when not all are shown. */
  bottom?: HeatmapMatrix;
}

/** The matrices of `/heatmap/`, from the leaderboard's rows. */
export function heatmapFigures({ rows, options }: Leaderboard, base: string): HeatmapFigures {
  const columns: ColumnSpec[] = [
    { key: 'overall', label: 'Overall', href: withBase('/leaderboard/', base), fragment: '' },
    ...RUBRIC.map((category) => ({ key: category.key, label: category.label, href: withBase(categoryPath(category.key), base), fragment: `#${category.key}` })),
  ];
  const scoresOf = (row: LeaderboardRow) => Object.fromEntries(columns.map((column, i) => [column.key, row.scores[i]!])) as Record<string, Counts>;
  // Means are sums of floats, which depend on order: papers are summed in id order, always.
  const inIdOrder = [...rows].sort((a, b) => compareId(a.id, b.id));
  const sources = (groupOf: (row: LeaderboardRow) => string) => inIdOrder.map((row) => ({ group: groupOf(row), scores: scoresOf(row) }));
  const ranked = rows.filter((row) => row.rank !== null);
  const paperSpec = (row: LeaderboardRow) => ({ id: row.id, title: row.title, page: withBase(paperPath(row.id), base), scores: scoresOf(row) });
  const showAll = ranked.length <= HEATMAP_EXTREMES * 2;
  return {
    paperCount: rows.length,
    rankedCount: ranked.length,
    byVenue: aggregateMatrix(
      sources((row) => row.venue),
      columns,
      options.venues,
      'Venue',
    ),
    byYear: aggregateMatrix(
      sources((row) => String(row.year)),
      columns,
      [...options.years].reverse().map(String),
      'Year',
    ),
    showAll,
    top: paperScoreMatrix((showAll ? ranked : ranked.slice(0, HEATMAP_EXTREMES)).map(paperSpec), columns),
    bottom: showAll ? undefined : paperScoreMatrix(ranked.slice(-HEATMAP_EXTREMES).map(paperSpec), columns),
  };
}

/** Papers × the category's items, for the given entries of its ranking (the top of it). */
export function categoryItemMatrix(category: RubricCategory, entries: readonly Ranked<ScanRecord>[], base: string): HeatmapMatrix {
  return paperItemMatrix(
    entries.map(({ item: record }) => ({
      id: record.id,
      title: record.scan.paper.title,
      page: withBase(paperPath(record.id), base),
      href: withBase(paperPath(record.id) + '#' + category.key, base),
      answers: Object.fromEntries(category.items.map((item) => [item.key, itemAnswer(record.scan.checklist[category.key]![item.key]!)])),
    })),
    category.items.map((item) => ({ key: item.key, label: item.label, fragment: '#' + itemAnchor(category.key, item.key) })),
  );
}
