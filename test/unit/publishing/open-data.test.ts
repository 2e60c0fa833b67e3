import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import {
  NO_COMPANIONS,
  companionFacts,
  csvColumns,
  csvScore,
  itemColumn,
  scansJson,
  scoresCsv,
  scoresCsvHeader,
  scoresCsvRow,
  scoresCsvTail,
  CSV_NEWLINE,
  type DataRecord,
} from '../../../src/lib/publishing/open-data.ts';
import { validateScansDir } from '../../../src/lib/scan-format/validator.ts';
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

test('scores.csv written a row at a time is scoresCsv, byte for byte, hostile cells included', () => {
  const title = '=HYPERLINK("http://evil","x"), with "quotes"\r\nand a new line';
  const hostile: DataRecord = { ...seed, id: '9999.99999', scan: { ...seedScan, paper: { ...seedScan.paper, title, venue: '+1 venue' } } };
  for (const set of [[], [seed], [seed, ...records, hostile]]) {
    expect(scoresCsvHeader() + set.map((record) => CSV_NEWLINE + scoresCsvRow(record)).join('') + scoresCsvTail(set.length)).toBe(scoresCsv(set));
  }
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
    scans: all.map((record) => ({ id: record.id, version: record.version, scores: record.scores, companions: NO_COMPANIONS, scan: record.scan })),
  });
  expect(scansJson(all, 'u')).toBe(whole);
  expect(scansJson([], 'u')).toBe('{"scan_schema":"u","count":0,"scans":[]}');
});

test('scans.json holds every scan with its scores and version', () => {
  const data = JSON.parse(scansJson([seed, ...records], 'https://x.org/schema/scan.schema.json'));
  expect(data.count).toBe(records.length + 1);
  expect(data.scan_schema).toBe('https://x.org/schema/scan.schema.json');
  expect(data.scans[0]).toEqual({ id: seed.id, version: seed.version, scores: seed.scores, companions: NO_COMPANIONS, scan: seedScan });
});

describe('provenance columns', () => {
  const all = [seed, ...records];
  const rows = new Map(Papa.parse<Record<string, string>>(scoresCsv(all), { header: true, skipEmptyLines: true }).data.map((row) => [row.id!, row]));
  const columns = ['audit_made', 'reviewed', 'rubric_version', 'tool', 'model'] as const;
  const cells = (id: string) => columns.map((column) => rows.get(id)![column]);

  test.each([
    ['2405.05949', ['unrecorded', '', '1', '', '']],
    ['9903.00101', ['automated', 'none', '1', 'Synthetic scanner 0.4.1', 'Synthetic language model synthetic-lm-2026-08 2026-08-15']],
    ['9903.00102', ['reviewed', 'full', '1', 'Synthetic scanner 0.4.1', 'Synthetic language model 2026-09-01']],
    ['9903.00103', ['reviewed', 'partial', '1', '', 'Synthetic language model synthetic-lm-2026-08']],
    ['9903.00104', ['human', 'full', '1', '', '']],
  ])('%s: how made, reviewed, rubric version, tool, model', (id, expected) => {
    expect(cells(id)).toEqual(expected);
  });

  test('provenance text that starts a formula is defused like every other cell', () => {
    const scan: Scan = {
      ...seedScan,
      provenance: { method: 'automated', audited_on: '2026-10-01', tool: { name: '=HYPERLINK("http://evil")', version: '1' } },
    };
    const parsed = Papa.parse<Record<string, string>>(scoresCsv([{ ...seed, scan }]), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]!.tool).toBe(`'=HYPERLINK("http://evil") 1`);
  });

  test('scans.json keeps each scan whole, provenance and evidence included', () => {
    const scans = JSON.parse(scansJson(records, 'https://x.org/schema/scan.schema.json')).scans as { id: string; scan: Scan }[];
    const automated = scans.find((entry) => entry.id === '9903.00101')!;
    expect(automated.scan.provenance).toEqual(records.find((record) => record.id === '9903.00101')!.scan.provenance);
    expect(Object.values(automated.scan.checklist.artifacts!)[0]!.evidence?.[0]?.location).toBeDefined();
  });
});

test('an item added after the scan\'s rubric version is an empty cell, never "no"', () => {
  const scan = structuredClone(seedScan);
  delete (scan.checklist.artifacts as Record<string, unknown>).code_released;
  const row = Papa.parse<Record<string, string>>(scoresCsv([{ ...seed, scan }]), { header: true, skipEmptyLines: true }).data[0]!;
  expect(row[itemColumn('artifacts', 'code_released')]).toBe('');
});

describe('independent audits and replies in the data', () => {
  const { scans } = validateScansDir(FIXTURES);
  const facts = new Map(scans.map((valid) => [valid.id, companionFacts(valid.scan, valid.audits, valid.replies)]));
  const withFacts: DataRecord[] = records.map((record) => ({ ...record, companions: facts.get(record.id) }));
  const rows = new Map(Papa.parse<Record<string, string>>(scoresCsv(withFacts), { header: true, skipEmptyLines: true }).data.map((row) => [row.id!, row]));
  const cells = (id: string) => ['independent_audits', 'items_agreed', 'replies', 'open_statements', 'disputed'].map((column) => rows.get(id)![column]);

  test('a paper with neither has the shared empty facts', () => {
    expect(facts.get('9901.00006')).toBe(NO_COMPANIONS);
    expect(cells('9901.00006')).toEqual(['0', '', '0', '0', 'false']);
  });

  test('three audits that split: their names, and the share of items they all answer alike', () => {
    const three = facts.get('9901.00001')!;
    expect(three.audits).toEqual(['fictional-model-b', 'ivo-jankowski']);
    const split = scans.find((valid) => valid.id === '9901.00001')!;
    // Counted independently of paperAgreement: items on which the three files give the same answer.
    const answer = (scan: Scan, category: string, item: string) => {
      const entry = scan.checklist[category]![item]!;
      return entry.applies ? String(entry.answer) : 'na';
    };
    const items = allItems();
    const alike = items.filter(({ category, item }) =>
      [split.scan, ...split.audits.map((audit) => audit.scan)].every(
        (scan) => answer(scan, category.key, item.key) === answer(split.scan, category.key, item.key),
      ),
    ).length;
    expect(alike).toBeLessThan(items.length);
    expect(three.items_agreed).toBe(alike / items.length);
    expect(cells('9901.00001')).toEqual(['2', csvScore({ value: alike / items.length } as never), '0', '0', 'false']);
  });

  test('a reply in the data is its name and text, never where a build read it', () => {
    const replied = scans.find((valid) => valid.id === '9901.00002')!;
    const asBuilt = replied.replies.map((reply) => ({ ...reply, sourcePath: '/home/builder/glassbox/scans/9901.00002/replies/x.json' }));
    const { replies } = companionFacts(replied.scan, [], asBuilt);
    expect(replies.map((reply) => Object.keys(reply))).toEqual([['name', 'reply']]);
    expect(replies[0]!.reply).toBe(replied.replies[0]!.reply);
  });

  test("an author's reply with one open point: replies in full, disputed", () => {
    const replied = facts.get('9901.00002')!;
    expect(replied.replies.map((reply) => reply.name)).toEqual(['2026-01-15-yara-yilmaz']);
    expect(replied.replies[0]!.reply.by.relation).toBe('author');
    expect(cells('9901.00002')).toEqual(['1', '1', '1', '1', 'true']);
    const json = JSON.parse(scansJson(withFacts, 'u')).scans.find((entry: { id: string }) => entry.id === '9901.00002');
    expect(json.companions).toEqual(JSON.parse(JSON.stringify(replied)));
  });
});
