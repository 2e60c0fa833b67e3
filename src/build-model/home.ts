/**
 * The home page's figures: headline numbers, the top of the leaderboard (its first rows, not a
 * second ranking), the most common red flags, the most often failed items and the newest audits.
 */
import { medianOverall, mostCommonFlags, mostFailedItems, newestAudits, type FlagCount } from '../lib/scoring/home-stats.ts';
import type { LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { formatRank } from '../lib/scoring/ranking.ts';
import { scoreOf, type Score } from '../lib/scoring/scoring.ts';
import { itemAnchor } from '../lib/site/anchors.ts';
import { paperPath, withBase } from '../lib/site/urls.ts';
import type { ScanRecord } from './scans.ts';

/** How many papers each list on the home page shows. */
export const HOME_LIST_SIZES = { top: 10, flags: 5, failedItems: 5, newest: 5 } as const;

/** A paper in the home page's top ten. */
export interface HomeRankedPaper {
  /** "1", "=2" or "n/a". */
  rank: string;
  href: string;
  title: string;
  venue: string;
  year: number;
  score: Score;
  flags: number;
}

/** A checklist item often answered "no". */
export interface HomeFailedItem {
  href: string;
  label: string;
  failed: number;
  applicable: number;
}

/** A newly added audit. */
export interface HomeNewAudit {
  href: string;
  title: string;
  firstAuthor: string | undefined;
  /** More than one author. */
  etAl: boolean;
  venue: string;
  year: number;
  score: Score;
  /** ISO date of the commit that added the scan, when known. */
  added?: string;
}

/** Everything the home page shows about the audits. */
export interface HomeFigures {
  paperCount: number;
  /** Median overall score as a percentage ("54%"), or "n/a" when no score exists. */
  median: string;
  flagCount: number;
  top: HomeRankedPaper[];
  commonFlags: FlagCount[];
  failedItems: HomeFailedItem[];
  newest: HomeNewAudit[];
}

/** What the figures are computed from. */
export interface HomeInputs {
  records: readonly ScanRecord[];
  /** The leaderboard's rows, in rank order. */
  rows: readonly LeaderboardRow[];
  /** When a scan was added (its file's first commit), if known. */
  addedOn: (record: ScanRecord) => string | undefined;
  base: string;
}

/** The home page's figures. */
export function homeFigures({ records, rows, addedOn, base }: HomeInputs): HomeFigures {
  const median = medianOverall(records);
  const href = (id: string) => withBase(paperPath(id), base);
  return {
    paperCount: records.length,
    median: median === null ? 'n/a' : `${Math.round(median * 100)}%`,
    flagCount: records.reduce((sum, record) => sum + record.scores.redFlagCount, 0),
    top: rows.slice(0, HOME_LIST_SIZES.top).map((row) => ({
      rank: formatRank(row.rank, row.shared),
      href: href(row.id),
      title: row.title,
      venue: row.venue,
      year: row.year,
      score: scoreOf(row.scores[0]!.yes, row.scores[0]!.applicable),
      flags: row.flags,
    })),
    commonFlags: mostCommonFlags(records, HOME_LIST_SIZES.flags),
    failedItems: mostFailedItems(records, HOME_LIST_SIZES.failedItems).map(({ category, item, failed, applicable }) => ({
      href: withBase(`/methodology/#${itemAnchor(category.key, item.key)}`, base),
      label: item.label,
      failed,
      applicable,
    })),
    newest: newestAudits(records, HOME_LIST_SIZES.newest, addedOn).map(({ record, added }) => ({
      href: href(record.id),
      title: record.scan.paper.title,
      firstAuthor: record.scan.paper.authors[0],
      etAl: record.scan.paper.authors.length > 1,
      venue: record.scan.paper.venue,
      year: record.scan.paper.year,
      score: record.scores.overall,
      added,
    })),
  };
}
