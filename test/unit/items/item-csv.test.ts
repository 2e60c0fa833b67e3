import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { ITEM_CSV_COLUMNS, itemCsv } from '../../../src/lib/items/item-csv.ts';
import { computeItemStats, findItemStats } from '../../../src/lib/items/item-stats.ts';
import { fictionalPaper } from './fixtures.ts';

const papers = [
  fictionalPaper('9901.00001', 2020, 'NeurIPS', 'yes'),
  fictionalPaper('9901.00002', 2021, 'NeurIPS', 'no'),
  fictionalPaper('9901.00003', 2021, '=HYPERLINK("http://evil.example","x")', 'na'),
  fictionalPaper('9901.00004', 2021, '-2+3', 'yes'),
  fictionalPaper('9901.00005', 2021, '@SUM(A1)', 'no'),
  fictionalPaper('9901.00006', 2021, 'Venue, "quoted"\nwith a line break', 'yes'),
];
const stats = findItemStats(computeItemStats(papers), 'artifacts', 'code_released')!;
const parsed = Papa.parse<Record<string, string>>(itemCsv(stats), { header: true, skipEmptyLines: true });

test('parses back: the documented columns, CRLF rows, no errors', () => {
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(ITEM_CSV_COLUMNS.map((column) => column.name));
  expect(parsed.meta.linebreak).toBe('\r\n');
});

test('one row for all papers, one per year, one per venue, with the counts behind each share', () => {
  expect(parsed.data.map((row) => [row.breakdown, row.group, row.papers, row.applicable, row.yes, row.no, row.not_applicable, row.share])).toEqual([
    ['all', '', '6', '5', '3', '2', '1', '0.6'],
    ['year', '2020', '1', '1', '1', '0', '0', '1'],
    ['year', '2021', '5', '4', '2', '2', '1', '0.5'],
    ['venue', 'NeurIPS', '2', '2', '1', '1', '0', '0.5'],
    ['venue', "'-2+3", '1', '1', '1', '0', '0', '1'],
    ['venue', '\'=HYPERLINK("http://evil.example","x")', '1', '0', '0', '0', '1', ''],
    ['venue', "'@SUM(A1)", '1', '1', '0', '1', '0', '0'],
    ['venue', 'Venue, "quoted"\nwith a line break', '1', '1', '1', '0', '0', '1'],
  ]);
  expect(new Set(parsed.data.map((row) => `${row.category}/${row.item}`))).toEqual(new Set(['artifacts/code_released']));
});

test('no cell a spreadsheet would run as a formula', () => {
  for (const row of parsed.data) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
});

test('shares have at most 4 decimals', () => {
  const thirds = [0, 1, 2].map((i) => fictionalPaper(`9901.0000${i}`, 2020, 'X', i === 0 ? 'yes' : 'no'));
  const csv = itemCsv(findItemStats(computeItemStats(thirds), 'artifacts', 'code_released')!);
  expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!.share).toBe('0.3333');
});
