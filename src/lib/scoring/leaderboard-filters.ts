/**
 * Leaderboard rows: built from scans at build time, shipped to the browser as one compact columnar
 * JSON file, and filtered and sorted there. Imports stay type-only or tiny so the client bundle
 * carries no zod or d3.
 */
import { AUDIT_ORIGINS, auditOrigin, type AuditOrigin } from '../scan-format/audit-origin.ts';
import type { AuditMethod } from '../scan-format/vocabulary.ts';
import { compareId, rankBy, sharedRanks, type Counts } from './ranking.ts';
import type { ScanScores } from './scoring.ts';
import type { Direction, ViewState } from './view-state.ts';

/** One paper as the leaderboard shows it. */
export interface LeaderboardRow {
  id: string;
  title: string;
  year: number;
  venue: string;
  tags: string[];
  flags: number;
  /** Overall rank; null when nothing applies. */
  rank: number | null;
  /** Whether another paper holds the same rank. */
  shared: boolean;
  /** Overall score, then one per category, in `LeaderboardData.columns` order. */
  scores: Counts[];
  /** Position in rank order (0-based): the order ties fall back to. */
  position: number;
  /** Position of the title in collation order, computed once at build time so sorting by title is a number comparison. */
  titleOrder: number;
  /** How the audit was made. */
  origin: AuditOrigin;
  /** The rubric version the scan answered. */
  rubricVersion: number;
  /** Whether that version is older than the current one. */
  olderRubric: boolean;
  /** Whether a reply to the audit has a statement still open. */
  disputed: boolean;
}

/** What the build knows about a paper; structurally a `ScanRecord`. */
export interface RowSource {
  id: string;
  scan: {
    paper: { title: string; year: number; venue: string };
    methodology_tags: string[];
    provenance?: { method: AuditMethod } | undefined;
    rubric_version?: number | undefined;
  };
  scores: Pick<ScanScores, 'overall' | 'categories' | 'redFlagCount'>;
  /** Whether a reply to the audit has a statement still open; absent means no. */
  disputed?: boolean;
}

/**
 * Rows in rank order (overall score, then the tie rule). A scan that names no rubric version
 * answered the first, which is always 1 (rubric.ts checks that versions run 1, 2, 3…); the rubric
 * module itself is not imported, so the client bundle stays free of its data.
 */
export function buildRows(records: readonly RowSource[], categoryKeys: readonly string[], currentRubricVersion: number): LeaderboardRow[] {
  const ranked = rankBy(
    records,
    (record) => record.scores.overall,
    (record) => record.id,
  );
  const shared = sharedRanks(ranked);
  const titleOrder = collationOrder(ranked.map(({ item }) => item.scan.paper.title));
  return ranked.map(({ item, rank }, position) => ({
    id: item.id,
    title: item.scan.paper.title,
    year: item.scan.paper.year,
    venue: item.scan.paper.venue,
    tags: item.scan.methodology_tags,
    flags: item.scores.redFlagCount,
    rank,
    shared: rank !== null && shared.has(rank),
    scores: [item.scores.overall, ...categoryKeys.map((key) => (item.scores.categories as Record<string, Counts>)[key]!)].map(({ yes, applicable }) => ({
      yes,
      applicable,
    })),
    position,
    titleOrder: titleOrder[position]!,
    origin: auditOrigin(item.scan),
    rubricVersion: item.scan.rubric_version ?? 1,
    olderRubric: (item.scan.rubric_version ?? 1) < currentRubricVersion,
    disputed: item.disputed ?? false,
  }));
}

// One collator for all text ordering: far faster than localeCompare per call.
const collator = new Intl.Collator('en');

/** Each value's position in collation order (equal values share one), so text sorts become number sorts. */
export function collationOrder(values: readonly string[]): number[] {
  const sorted = [...new Set(values)].sort(collator.compare);
  const order = new Map(sorted.map((value, i) => [value, i]));
  return values.map((value) => order.get(value)!);
}

/** The rows as columns: repeated strings (venues, tags) become indexes, so 10,000 rows stay small. */
export interface LeaderboardData {
  /** `overall` and the category keys, the order of `yes` and `applicable`. */
  columns: string[];
  venues: string[];
  tags: string[];
  id: string[];
  title: string[];
  year: number[];
  venue: number[];
  tag: number[][];
  flags: number[];
  /** 0 for n/a. */
  rank: number[];
  /** Collation position of each title (see `LeaderboardRow.titleOrder`). */
  titleOrder: number[];
  yes: number[][];
  applicable: number[][];
  /** How each audit was made, as an index into `AUDIT_ORIGINS`. */
  origin: number[];
  /** The rubric version each scan answered. */
  rubricVersion: number[];
  /** The current rubric version, against which older answers are marked. */
  currentRubricVersion: number;
  /** Positions of the disputed rows (few, so a list of them is smaller than a flag per row). */
  disputed: number[];
}

function indexer(values: Iterable<string>): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)].sort(compareId);
  return { list, index: new Map(list.map((value, i) => [value, i])) };
}

/** Turn rows into the columnar JSON the client fetches. */
export function encodeRows(rows: readonly LeaderboardRow[], categoryKeys: readonly string[], currentRubricVersion: number): LeaderboardData {
  const venues = indexer(rows.map((row) => row.venue));
  const tags = indexer(rows.flatMap((row) => row.tags));
  const columns = ['overall', ...categoryKeys];
  return {
    columns,
    venues: venues.list,
    tags: tags.list,
    id: rows.map((row) => row.id),
    title: rows.map((row) => row.title),
    year: rows.map((row) => row.year),
    venue: rows.map((row) => venues.index.get(row.venue)!),
    tag: rows.map((row) => row.tags.map((tag) => tags.index.get(tag)!)),
    flags: rows.map((row) => row.flags),
    rank: rows.map((row) => row.rank ?? 0),
    titleOrder: rows.map((row) => row.titleOrder),
    yes: columns.map((_, c) => rows.map((row) => row.scores[c]!.yes)),
    applicable: columns.map((_, c) => rows.map((row) => row.scores[c]!.applicable)),
    origin: rows.map((row) => AUDIT_ORIGINS.indexOf(row.origin)),
    rubricVersion: rows.map((row) => row.rubricVersion),
    currentRubricVersion,
    disputed: rows.flatMap((row, i) => (row.disputed ? [i] : [])),
  };
}

/** Rebuild rows from the columnar JSON, in the same (rank) order. */
export function decodeRows(data: LeaderboardData): LeaderboardRow[] {
  const ranks = data.rank.map((rank) => rank || null);
  const shared = sharedRanks(ranks.map((rank) => ({ rank })));
  const disputed = new Set(data.disputed);
  return data.id.map((id, i) => ({
    id,
    title: data.title[i]!,
    year: data.year[i]!,
    venue: data.venues[data.venue[i]!]!,
    tags: data.tag[i]!.map((t) => data.tags[t]!),
    flags: data.flags[i]!,
    rank: ranks[i] ?? null,
    shared: shared.has(ranks[i] ?? 0),
    scores: data.columns.map((_, c) => ({ yes: data.yes[c]![i]!, applicable: data.applicable[c]![i]! })),
    position: i,
    titleOrder: data.titleOrder[i]!,
    origin: AUDIT_ORIGINS[data.origin[i]!] ?? 'unrecorded',
    rubricVersion: data.rubricVersion[i]!,
    olderRubric: data.rubricVersion[i]! < data.currentRubricVersion,
    disputed: disputed.has(i),
  }));
}

/** A score's value in [0, 1], or null when nothing applies. */
export function scoreValue(counts: Counts): number | null {
  return counts.applicable === 0 ? null : counts.yes / counts.applicable;
}

/** A score as printed in a cell: "75%", or "n/a" when nothing applies (as on audit pages). */
export function percentText(counts: Counts): string {
  const value = scoreValue(counts);
  return value === null ? 'n/a' : `${Math.round(value * 100)}%`;
}

/** What the leaderboard's filters offer: every year (newest first), venue and methodology tag (A–Z). */
export interface FilterOptions {
  years: number[];
  venues: string[];
  tags: string[];
}

/** The filter lists for a set of rows. */
export function filterOptions(rows: readonly LeaderboardRow[]): FilterOptions {
  return {
    years: [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a),
    venues: [...new Set(rows.map((row) => row.venue))].sort(collator.compare),
    tags: [...new Set(rows.flatMap((row) => row.tags))].sort(collator.compare),
  };
}

/** Lower-case text without accents, so "Über" matches "uber". */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

// Normalised once per row, not once per keystroke: 10,000 NFKD normalisations are noticeable while typing.
const searchTexts = new WeakMap<LeaderboardRow, string>();

function searchText(row: LeaderboardRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = normaliseText([row.title, row.id, row.venue, ...row.tags].join(' '));
    searchTexts.set(row, text);
  }
  return text;
}

/** The filters of a view. */
export type RowFilter = Pick<ViewState, 'venue' | 'year' | 'tag' | 'q' | 'made' | 'rubric' | 'disputed'>;

/** Rows matching every active filter (how the audit was made, current or older rubric, disputed among them); free text must match each of its words somewhere in title, id, venue or tags. */
export function filterRows(rows: readonly LeaderboardRow[], filter: RowFilter): LeaderboardRow[] {
  const words = filter.q ? normaliseText(filter.q).split(/\s+/).filter(Boolean) : [];
  return rows.filter((row) => {
    if (filter.venue !== undefined && row.venue !== filter.venue) return false;
    if (filter.year !== undefined && row.year !== filter.year) return false;
    if (filter.tag !== undefined && !row.tags.includes(filter.tag)) return false;
    if (filter.made !== undefined && row.origin !== filter.made) return false;
    if (filter.rubric !== undefined && row.olderRubric !== (filter.rubric === 'older')) return false;
    if (filter.disputed && !row.disputed) return false;
    if (words.length === 0) return true;
    const haystack = searchText(row);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * A column's sort key for each row: a primary number (NaN when the row has no value, i.e. n/a)
 * and a secondary one. Keys go into typed arrays so 10,000 rows sort as plain number
 * comparisons, well inside the 100 ms budget.
 */
function sortKeys(rows: readonly LeaderboardRow[], sort: string, columns: readonly string[]): { primary: Float64Array; secondary: Float64Array } {
  const primary = new Float64Array(rows.length);
  const secondary = new Float64Array(rows.length);
  const column = columns.indexOf(sort);
  const venueOrder =
    sort === 'venue'
      ? new Map(
          rows
            .map((row) => row.venue)
            .sort(collator.compare)
            .map((venue, i) => [venue, i]),
        )
      : undefined;
  rows.forEach((row, i) => {
    if (column >= 0) {
      const { yes, applicable } = row.scores[column]!;
      // Equal fractions divide to the same double (IEEE division is correctly rounded), so 1/3 ties 2/6.
      primary[i] = applicable === 0 ? NaN : yes / applicable;
      secondary[i] = applicable;
    } else if (sort === 'title') primary[i] = row.titleOrder;
    else if (sort === 'venue') primary[i] = venueOrder!.get(row.venue)!;
    else if (sort === 'year') primary[i] = row.year;
    else if (sort === 'flags') primary[i] = row.flags;
    else primary[i] = row.rank === null ? NaN : row.position;
  });
  return { primary, secondary };
}

/**
 * Sort rows by a column. Scores compare by value, then by more applicable items (the tie rule);
 * remaining ties keep rank order; n/a stays last in both directions, because "not applicable"
 * is not a low score.
 */
export function sortRows(rows: readonly LeaderboardRow[], sort: string, dir: Direction, columns: readonly string[]): LeaderboardRow[] {
  const { primary, secondary } = sortKeys(rows, sort, columns);
  const sign = dir === 'asc' ? 1 : -1;
  const indexes = Array.from(rows, (_, i) => i);
  indexes.sort((a, b) => {
    const missingA = Number.isNaN(primary[a]);
    const missingB = Number.isNaN(primary[b]);
    if (missingA !== missingB) return missingA ? 1 : -1;
    return sign * (primary[a]! - primary[b]!) || sign * (secondary[a]! - secondary[b]!) || rows[a]!.position - rows[b]!.position;
  });
  return indexes.map((i) => rows[i]!);
}

/** Filter, then sort, a view's rows. */
export function applyView(rows: readonly LeaderboardRow[], view: ViewState, columns: readonly string[]): LeaderboardRow[] {
  return sortRows(filterRows(rows, view), view.sort, view.dir, columns);
}
