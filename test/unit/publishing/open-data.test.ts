import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csvColumns, csvScore, itemColumn, scansJson, scoresCsv, type DataRecord } from '../../../src/lib/publishing/open-data.ts';
import { RUBRIC, allItems } from '../../../src/lib/scan-format/rubric.ts';
import { scanSchema, type Scan } from '../../../src/lib/scan-format/schema.ts';
import { scoreOf, scoreScan } from '../../../src/lib/scoring/scoring.ts';

const FIXTURES = 'test/fixtures/site';
const load = (file: string): Scan => scanSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const records: DataRecord[] = readdirSync(FIXTURES)
  .filter((name) => name.startsWith('99'))
  .map((id) => {
    const scan = load(path.join(FIXTURES, id, 'scan.json'));
    return { id, scan, scores: scoreScan(scan), version: null };
  });
const seedScan = load('scans/2405.05949/scan.json');
const seed: DataRecord = {
  id: '2405.05949',
  scan: seedScan,
  scores: scoreScan(seedScan),
  version: { commit: 'a'.repeat(40), date: '2026-11-23T18:39:59+00:00' },
};

describe('scores.csv parsed back', () => {
  const all = [seed, ...records];
  const parsed = Papa.parse<Record<string, string>>(scoresCsv(all), { header: true, skipEmptyLines: true });

  test('has one row per scan, the documented columns and no parse errors', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(all.length);
    expect(parsed.meta.fields).toEqual(csvColumns().map((column) => column.name));
    expect(parsed.data.map((row) => row.id)).toEqual(all.map((record) => record.id));
  });

  test('scores match the scoring module', () => {
    all.forEach((record, index) => {
      const row = parsed.data[index]!;
      expect(Number(row.overall_yes)).toBe(record.scores.overall.yes);
      expect(Number(row.overall_applicable)).toBe(record.scores.overall.applicable);
      expect(Number(row.overall_score)).toBeCloseTo(record.scores.overall.value!, 4);
      for (const category of RUBRIC) {
        const score = record.scores.categories[category.key];
        expect([row[`${category.key}_yes`], row[`${category.key}_applicable`]].map(Number)).toEqual([score.yes, score.applicable]);
        if (score.value === null) expect(row[`${category.key}_score`]).toBe('');
        else expect(Number(row[`${category.key}_score`])).toBeCloseTo(score.value, 4);
      }
      expect(Number(row.red_flags)).toBe(record.scores.redFlagCount);
    });
  });

  test('the seed row has its paper data, version and answers', () => {
    const row = parsed.data[0]!;
    expect(row).toMatchObject({
      id: '2405.05949',
      title: seedScan.paper.title,
      year: '2024',
      venue: 'arXiv',
      version_commit: 'a'.repeat(40),
      overall_score: '0.5385',
      overall_yes: '21',
      overall_applicable: '39',
      human_studies_score: '',
      red_flags: '4',
    });
    expect(row[itemColumn('artifacts', 'code_released')]).toBe('yes');
    expect(row[itemColumn('artifacts', 'environment_specified')]).toBe('no');
    expect(row[itemColumn('human_studies', 'pre_registered')]).toBe('na');
    const counted = allItems().filter(({ category, item }) => category.key !== 'human_studies' && row[itemColumn(category.key, item.key)] !== 'na');
    expect(counted.filter(({ category, item }) => row[itemColumn(category.key, item.key)] === 'yes')).toHaveLength(21);
  });
});

test('hostile titles stay one cell, and formulas are defused for spreadsheets', () => {
  const title = '=HYPERLINK("http://evil","x"), with "quotes"\nand a new line, <script>';
  const hostile: DataRecord = { ...seed, scan: { ...seedScan, paper: { ...seedScan.paper, title } } };
  const parsed = Papa.parse<Record<string, string>>(scoresCsv([hostile]), { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(1);
  expect(parsed.data[0]!.title).toBe(`'${title}`);
});

test('every column is documented, one per checklist item', () => {
  const columns = csvColumns();
  expect(new Set(columns.map((column) => column.name)).size).toBe(columns.length);
  expect(columns.every((column) => column.description.length > 10)).toBe(true);
  expect(columns.filter((column) => column.name.includes('.'))).toHaveLength(allItems().length);
  expect(columns.find((column) => column.name === 'title')!.description).toBe('Title of the paper as published');
});

test.each([
  [scoreOf(21, 39), '0.5385'],
  [scoreOf(1, 1), '1'],
  [scoreOf(0, 0), ''],
])('csvScore(%o) is %j', (score, text) => {
  expect(csvScore(score)).toBe(text);
});

test('scans.json written in pieces is the same JSON as the whole document', () => {
  const all = [seed, ...records];
  const whole = JSON.stringify({
    scan_schema: 'u',
    count: all.length,
    scans: all.map((record) => ({ id: record.id, version: record.version, scores: record.scores, scan: record.scan })),
  });
  expect(scansJson(all, 'u')).toBe(whole);
  expect(scansJson([], 'u')).toBe('{"scan_schema":"u","count":0,"scans":[]}');
});

test('scans.json holds every scan with its scores and version', () => {
  const data = JSON.parse(scansJson([seed, ...records], 'https://x.org/schema/scan.schema.json'));
  expect(data.count).toBe(records.length + 1);
  expect(data.scan_schema).toBe('https://x.org/schema/scan.schema.json');
  expect(data.scans[0]).toEqual({ id: seed.id, version: seed.version, scores: seed.scores, scan: seedScan });
});
