/**
 * The benchmark's figures: one named number each, with its unit, the budget it must meet (if
 * any), and how a run compares with the previous one. Pure, so the report format is tested.
 */

/** Units a figure can carry; `ratio` and `count` are unitless. */
export type Unit = 'bytes' | 'ms' | 's' | 'ratio' | 'count';

/** An upper bound from issue 7's budget table. */
export interface Budget {
  max: number;
  /** Human wording of the budget, e.g. "≤ 2.5× bare Astro". */
  text: string;
}

/** One measured number. */
export interface Figure {
  key: string;
  label: string;
  value: number | null;
  unit: Unit;
  budget?: Budget;
  /** Why a value is missing or what it depends on (e.g. "no search page in this build"). */
  note?: string;
}

/** Whether a figure meets its budget: `null` when it has no budget or no value. */
export function meetsBudget(figure: Figure): boolean | null {
  if (!figure.budget || figure.value === null) return null;
  return figure.value <= figure.budget.max;
}

/** Format a value in its unit for people: bytes as KB/MB, ms and s with sensible precision. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return 'n/a';
  switch (unit) {
    case 'bytes':
      if (Math.abs(value) >= 1024 ** 3) return `${(value / 1024 ** 3).toFixed(2)} GB`;
      if (Math.abs(value) >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(2)} MB`;
      if (Math.abs(value) >= 1024) return `${(value / 1024).toFixed(1)} KB`;
      return `${Math.round(value)} B`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}

/** Relative change from a previous value, e.g. "+3.2%"; empty when either side is missing. */
export function formatChange(value: number | null, previous: number | null | undefined): string {
  if (value === null || previous === null || previous === undefined) return '';
  if (previous === 0) return value === 0 ? '±0%' : 'new';
  const change = ((value - previous) / Math.abs(previous)) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

function statusText(figure: Figure): string {
  const ok = meetsBudget(figure);
  if (ok === null) return figure.budget ? 'not measured' : '';
  return ok ? 'ok' : 'OVER BUDGET';
}

/** One printed line per figure: label, value, budget verdict, change since the previous run. */
export function formatLine(figure: Figure, previous?: Figure): string {
  const parts = [`${figure.label}: ${formatValue(figure.value, figure.unit)}`];
  if (figure.budget) parts.push(`[budget ${figure.budget.text}: ${statusText(figure)}]`);
  if (previous) {
    const change = formatChange(figure.value, previous.value);
    parts.push(`(previous ${formatValue(previous.value, previous.unit)}${change ? `, ${change}` : ''})`);
  }
  if (figure.note) parts.push(`— ${figure.note}`);
  return parts.join(' ');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown table written to `bench/results.md`. */
export function markdownTable(figures: readonly Figure[], previous: ReadonlyMap<string, Figure>): string {
  const rows = figures.map((figure) => {
    const before = previous.get(figure.key);
    return [
      figure.label,
      formatValue(figure.value, figure.unit),
      figure.budget ? `${figure.budget.text} — ${statusText(figure)}` : '',
      before ? `${formatValue(before.value, before.unit)} ${formatChange(figure.value, before.value)}`.trim() : '',
      figure.note ?? '',
    ].map(escapeCell);
  });
  return ['| figure | value | budget | previous run | note |', '|---|---|---|---|---|', ...rows.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

/** The value at quantile `q` (0–1) of a sample, by nearest rank; `null` for an empty sample. */
export function quantile(sample: readonly number[], q: number): number | null {
  if (sample.length === 0) return null;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

/**
 * Linear extrapolation from two (scans, bytes) points to the scan count where `limit` bytes is
 * reached; `null` when size does not grow with scans.
 */
export function scansAtLimit(small: { scans: number; bytes: number }, large: { scans: number; bytes: number }, limit: number): number | null {
  const perScan = (large.bytes - small.bytes) / (large.scans - small.scans);
  if (!(perScan > 0)) return null;
  const fixed = large.bytes - perScan * large.scans;
  return Math.floor((limit - fixed) / perScan);
}

// Headline figures for the Markdown summary; route profiles and per-kind page weights stay in the JSON.
const HEADLINE =
  /\.(wall|cpu|peakRss|pages|distBytes|distFiles|vsBare|vsBareCpu|contentStoreBytes|builds)$|^(growth|dist|store|pagefind)\.|^search\.\d+\.(firstQueryBytes|medianMs|typoHits|indexTotalGzip)$|\.(firstLoad\.\w+|heatmap\.firstPaint|leaderboard\.firstSortMs)$|^seedSized\.\d+\.(perPaper\.|data\.)/;

/** Whether a figure belongs in the short Markdown summary: every budgeted figure and the headline ones. */
export function isHeadline(figure: Figure): boolean {
  return Boolean(figure.budget) || HEADLINE.test(figure.key);
}

/** A run as written to `bench/results.json`. */
export interface BenchResults {
  machine: Record<string, string | number>;
  sizes: number[];
  /** Scan counts built again from seed-sized scans (issue 14's budgets). */
  seedSizedSizes?: number[];
  figures: Figure[];
}

/** The short Markdown summary written beside results.json (`bench/results.md`). */
export function resultsMarkdown(results: BenchResults, previous: ReadonlyMap<string, Figure>, stressSize: number | null): string {
  const machine = Object.entries(results.machine)
    .map(([key, value]) => `${key} ${key === 'memoryBytes' ? `${(Number(value) / 1024 ** 3).toFixed(1)} GB` : value}`)
    .join(', ');
  const seedSized = results.seedSizedSizes?.length
    ? `; seed-sized scans (~17.5 KB each, \`npm run synth -- --profile seed\`): ${results.seedSizedSizes.join(', ')}`
    : '';
  const counts = `${results.sizes.join(', ')}${stressSize ? ` (+ ${stressSize} stress build)` : ''}${seedSized}`;
  return [
    '# Benchmark results',
    '',
    `Machine: ${machine}.`,
    `Scan counts: ${counts}. Written by \`npm run bench\`; the headline figures are below, every figure is in results.json.`,
    '',
    markdownTable(results.figures.filter(isHeadline), previous),
    '',
  ].join('\n');
}
