/**
 * The numbers behind an item page's charts as CSV (`/items/<category>/<item>/data.csv`): one row
 * for all papers, one per year, one per venue group, each with the counts behind its share.
 * Written like `/data/scores.csv` (papaparse, RFC 4180, CRLF, shares to 4 decimals), and venue
 * names are scan text, so cells a spreadsheet would run as formulas are neutralised.
 */
import Papa from 'papaparse';
import { csvScore } from '../publishing/open-data.ts';
import { scoreOf } from '../scoring/scoring.ts';
import { applicable, papersCounted, type GroupTally, type ItemStats, type Tally } from './item-stats.ts';

/** Which breakdown a row belongs to. */
export type Breakdown = 'all' | 'year' | 'venue';

/** The columns of an item's CSV, in order, with what each holds (printed on the item page). */
export const ITEM_CSV_COLUMNS: readonly { name: string; description: string }[] = [
  { name: 'category', description: 'Checklist category key' },
  { name: 'item', description: 'Checklist item key' },
  { name: 'breakdown', description: '"all" for every audited paper, "year" or "venue" for one group' },
  { name: 'group', description: 'The year or venue; empty for "all"' },
  { name: 'papers', description: 'Audited papers in the group' },
  { name: 'applicable', description: 'Papers in the group the item applies to' },
  { name: 'yes', description: 'Papers that satisfy the item' },
  { name: 'no', description: 'Papers that do not' },
  { name: 'not_applicable', description: 'Papers the item does not apply to' },
  { name: 'share', description: 'yes / applicable, 0 to 1 (4 decimals); empty when the item applies to no paper in the group' },
];

// Spreadsheet apps run cells starting with = + - @ (or a tab or carriage return) as formulas;
// papaparse prefixes those with '. Same rule as /data/scores.csv (see publishing/open-data.ts).
const FORMULA_START = /^[=+\-@\t\r]/;

function row(stats: ItemStats, breakdown: Breakdown, group: string, tally: Tally): string[] {
  const cells = [tally.yes, tally.no, tally.notApplicable].map(String);
  return [
    stats.category.key,
    stats.item.key,
    breakdown,
    group,
    String(papersCounted(tally)),
    String(applicable(tally)),
    ...cells,
    csvScore(scoreOf(tally.yes, applicable(tally))),
  ];
}

const groupRows = (stats: ItemStats, breakdown: Breakdown, groups: readonly GroupTally[]) =>
  groups.map((group) => row(stats, breakdown, group.label, group.tally));

/** The CSV of one item: a header, the "all" row, then the years ascending, then the venue groups as charted. */
export function itemCsv(stats: ItemStats): string {
  return Papa.unparse(
    {
      fields: ITEM_CSV_COLUMNS.map((column) => column.name),
      data: [row(stats, 'all', '', stats.overall), ...groupRows(stats, 'year', stats.byYear), ...groupRows(stats, 'venue', stats.byVenue)],
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false },
  );
}
