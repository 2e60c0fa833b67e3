import { describe, expect, test } from 'vitest';
import {
  formatChange,
  formatLine,
  formatValue,
  isHeadline,
  markdownTable,
  meetsBudget,
  quantile,
  resultsMarkdown,
  scansAtLimit,
  type Figure,
} from '../../../bench/lib/figures.ts';
import { bestOf, parseTimeOutput, routeProfile, type BuildMeasurement } from '../../../bench/lib/build.ts';

const figure = (value: number | null, max?: number): Figure => ({
  key: 'k',
  label: 'thing',
  value,
  unit: 'ms',
  budget: max === undefined ? undefined : { max, text: `≤ ${max} ms` },
});

describe('meetsBudget', () => {
  test.each([
    [10, 50, true],
    [50, 50, true],
    [50.1, 50, false],
    [null, 50, null],
    [10, undefined, null],
  ])('%s against %s → %s', (value, max, expected) => {
    expect(meetsBudget(figure(value, max))).toBe(expected);
  });
});

describe('formatValue', () => {
  test.each([
    [512, 'bytes', '512 B'],
    [25 * 1024, 'bytes', '25.0 KB'],
    [1.5 * 1024 ** 2, 'bytes', '1.50 MB'],
    [2 * 1024 ** 3, 'bytes', '2.00 GB'],
    [3.456, 'ms', '3.46 ms'],
    [123.45, 'ms', '123.5 ms'],
    [61.26, 's', '61.3 s'],
    [2.345, 'ratio', '2.35×'],
    [42, 'count', '42'],
    [null, 'count', 'n/a'],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('formatChange', () => {
  test.each([
    [110, 100, '+10.0%'],
    [90, 100, '-10.0%'],
    [5, 0, 'new'],
    [0, 0, '±0%'],
    [null, 100, ''],
    [100, undefined, ''],
  ])('%s after %s → %s', (value, previous, expected) => {
    expect(formatChange(value, previous)).toBe(expected);
  });
});

test('formatLine names the budget verdict and the previous run', () => {
  expect(formatLine(figure(60, 50), figure(40))).toBe('thing: 60.0 ms [budget ≤ 50 ms: OVER BUDGET] (previous 40.0 ms, +50.0%)');
  expect(formatLine({ ...figure(null, 50), note: 'no page' })).toBe('thing: n/a [budget ≤ 50 ms: not measured] — no page');
});

test('markdownTable writes one row per figure and escapes pipes', () => {
  const table = markdownTable([{ ...figure(10, 50), label: 'a | b' }], new Map([['k', figure(20)]]));
  expect(table.split('\n')).toEqual([
    '| figure | value | budget | previous run | note |',
    '|---|---|---|---|---|',
    '| a \\| b | 10.0 ms | ≤ 50 ms — ok | 20.0 ms -50.0% |  |',
  ]);
});

describe('quantile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  test.each([
    [hundred, 0.5, 50],
    [hundred, 0.95, 95],
    [hundred, 1, 100],
    [[7], 0.95, 7],
    [[3, 1, 2], 0.5, 2],
  ])('%#: q%s', (sample, q, expected) => {
    expect(quantile(sample, q)).toBe(expected);
  });
  test('empty sample has no quantile', () => {
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('scansAtLimit', () => {
  test.each([
    // 100 KB per scan plus 10 MB fixed: 1 GB at (1024 - 10) MB / 100 KB.
    [{ scans: 1000, bytes: 10 * 1024 ** 2 + 1000 * 102_400 }, { scans: 10_000, bytes: 10 * 1024 ** 2 + 10_000 * 102_400 }, 1024 ** 3, 10_383],
    [{ scans: 1000, bytes: 500 }, { scans: 10_000, bytes: 500 }, 1024 ** 3, null],
    [{ scans: 1000, bytes: 900 }, { scans: 10_000, bytes: 500 }, 1024 ** 3, null],
  ])('%#', (small, large, limit, expected) => {
    expect(scansAtLimit(small, large, limit)).toBe(expected);
  });
});

describe('parseTimeOutput', () => {
  test.each([
    ['2.02 1.11 553584\n', { peakRssBytes: 553584 * 1024, cpuSeconds: 3.13 }],
    ['Command exited with non-zero status 1\n40.5 2.5 812344\n', { peakRssBytes: 812344 * 1024, cpuSeconds: 43 }],
    ['', { peakRssBytes: null, cpuSeconds: null }],
    ['553584', { peakRssBytes: null, cpuSeconds: null }],
    ['garbage in here', { peakRssBytes: null, cpuSeconds: null }],
  ])('%j', (text, expected) => {
    const parsed = parseTimeOutput(text);
    expect(parsed.peakRssBytes).toBe(expected.peakRssBytes);
    if (expected.cpuSeconds === null) expect(parsed.cpuSeconds).toBeNull();
    else expect(parsed.cpuSeconds).toBeCloseTo(expected.cpuSeconds, 6);
  });
});

test('routeProfile sums generation time by route, largest first', () => {
  const log = [
    '18:49:33   ├─ /404.html (+358ms) ',
    '18:49:39   ├─ /papers/9901.00001/og.png (+742ms) ',
    '18:49:39   ├─ /papers/9901.00002/og.png (+1.5s) ',
    '18:49:40   ├─ /papers/synth-th/9912001/index.html (+8ms) ',
    '18:49:40   └─ /categories/artifacts/2/index.html (+20ms) ',
    '18:49:40 [build] 1128 page(s) built in 2m 8s',
  ].join('\n');
  expect(routeProfile(log)).toEqual([
    { route: '/papers/*/og.png', ms: 2242, count: 2 },
    { route: '/404.html', ms: 358, count: 1 },
    { route: '/categories/*/index.html', ms: 20, count: 1 },
    { route: '/papers/*/index.html', ms: 8, count: 1 },
  ]);
});

test('bestOf keeps the fastest times and the highest memory of repeated builds', () => {
  const run = (wallSeconds: number, cpuSeconds: number | null, peakRssBytes: number | null, ok = true): BuildMeasurement => ({
    ok,
    wallSeconds,
    cpuSeconds,
    peakRssBytes,
    tail: `${wallSeconds}`,
    routes: [],
  });
  expect(bestOf([run(30, 12, 900), run(20, 14, 1000), run(25, null, null)])).toEqual({ ...run(20, 12, 1000), tail: '25' });
  expect(bestOf([run(30, 12, 900), run(20, 14, 1000, false)]).ok).toBe(false);
  expect(() => bestOf([])).toThrow();
});

describe('isHeadline', () => {
  test.each([
    ['site.10000.wall', false, true],
    ['site.10000.vsBareCpu', false, true],
    ['site.10000.route./papers/*/index.html', false, false],
    ['site.10000.weight.audit.html', false, false],
    ['site.10000.weight.audit.total', true, true],
    ['search.10000.p95Ms', true, true],
    ['search.10000.medianMs', false, true],
    ['pagefind.10000.p95Ms', false, true],
    ['site.10000.firstLoad.heatmap', false, true],
    ['seedSized.10000.perPaper.papers/ audit page HTML', false, true],
    ['seedSized.10000.data.largestFile', false, true],
    ['seedSized.10000.route./papers/*/index.html', false, false],
    ['growth.seedSized.wall', true, true],
  ])('%s (budget: %s) → %s', (key, budgeted, expected) => {
    expect(isHeadline({ ...figure(1, budgeted ? 2 : undefined), key })).toBe(expected);
  });
});

test('resultsMarkdown names the machine and keeps only headline rows', () => {
  const figures = [
    { ...figure(3), key: 'site.1000.wall', label: 'build' },
    { ...figure(3), key: 'site.1000.route./404.html', label: 'route' },
  ];
  const markdown = resultsMarkdown({ machine: { cores: 2, memoryBytes: 2 * 1024 ** 3 }, sizes: [1000], figures }, new Map(), 25_000);
  expect(markdown).toContain('Machine: cores 2, memoryBytes 2.0 GB.');
  expect(markdown).toContain('Scan counts: 1000 (+ 25000 stress build).');
  expect(markdown).toContain('| build | 3.00 ms |');
  expect(markdown).not.toContain('| route |');
  const withSeedSized = resultsMarkdown({ machine: {}, sizes: [1000], seedSizedSizes: [1000, 100_000], figures }, new Map(), null);
  expect(withSeedSized).toContain('Scan counts: 1000; seed-sized scans (~17.5 KB each, `npm run synth -- --profile seed`): 1000, 100000.');
});
