/**
 * Run one `astro build` and measure it: wall time, peak resident memory, and the log (kept on
 * disk so a slow build can be profiled afterwards).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What to build. */
export interface BuildJob {
  /** Astro project root (the repo, or `bench/bare`). */
  root: string;
  scansDir: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Keep the content-layer cache from a previous build (an incremental rebuild). */
  warm?: boolean;
  env?: Record<string, string>;
}

/** What a build cost. */
export interface BuildMeasurement {
  ok: boolean;
  wallSeconds: number;
  /** Largest resident set of any process in the build, in bytes; `null` when unmeasurable. */
  peakRssBytes: number | null;
  /** User + system CPU time: steadier than wall time on a machine shared with other work. */
  cpuSeconds: number | null;
  /** The last lines of the log, for the error message of a failed build. */
  tail: string;
  /** Where page generation time went, by route. */
  routes: RouteGroup[];
}

const GNU_TIME = '/usr/bin/time';

/** GNU time's output format: user and system CPU seconds, then peak RSS in KiB. */
const TIME_FORMAT = '%U %S %M';

/**
 * Read GNU time's `TIME_FORMAT` output from its last line (earlier lines may say "Command exited
 * with non-zero status N").
 */
export function parseTimeOutput(text: string): { peakRssBytes: number | null; cpuSeconds: number | null } {
  const fields = (text.trim().split('\n').at(-1) ?? '').trim().split(/\s+/).map(Number);
  if (fields.length !== 3 || fields.some((field) => !Number.isFinite(field))) return { peakRssBytes: null, cpuSeconds: null };
  const [user, system, kib] = fields as [number, number, number];
  return { peakRssBytes: kib > 0 ? kib * 1024 : null, cpuSeconds: user + system };
}

/** Build once and measure it. The output folder (and the cache, unless warm) starts empty. */
export async function runBuild(job: BuildJob): Promise<BuildMeasurement> {
  rmSync(job.outDir, { recursive: true, force: true });
  if (!job.warm) rmSync(job.cacheDir, { recursive: true, force: true });
  mkdirSync(path.dirname(job.logFile), { recursive: true });
  const astro = path.resolve(import.meta.dirname, '../../node_modules/.bin/astro');
  const timeFile = `${job.logFile}.time`;
  rmSync(timeFile, { force: true });
  // GNU time reports the peak RSS of the process it waits for, which is the whole build: Astro
  // renders static pages in its own process. Without it the build still runs, unmeasured.
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime
    ? [GNU_TIME, ['-f', TIME_FORMAT, '-o', timeFile, astro, 'build', '--outDir', job.outDir]]
    : [astro, ['build', '--outDir', job.outDir]];
  const env = { ...process.env, SCANS_DIR: job.scansDir, ASTRO_CACHE_DIR: job.cacheDir, ...job.env };
  const started = performance.now();
  const { code, log } = await new Promise<{ code: number; log: string }>((resolve) => {
    const child = spawn(command, args, { cwd: job.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (exitCode) => resolve({ code: exitCode ?? 1, log: Buffer.concat(chunks).toString('utf8') }));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  writeFileSync(job.logFile, log);
  const usage = useTime && existsSync(timeFile) ? parseTimeOutput(readFileSync(timeFile, 'utf8')) : { peakRssBytes: null, cpuSeconds: null };
  return { ok: code === 0, wallSeconds, ...usage, tail: log.split('\n').slice(-30).join('\n'), routes: routeProfile(log) };
}

/** Time Astro spent generating one group of routes (e.g. every paper's `og.png`). */
export interface RouteGroup {
  route: string;
  ms: number;
  count: number;
}

const ROUTE_LINE = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/;

/**
 * Sum Astro's per-file generation times (`├─ /papers/9901.00001/og.png (+98ms)`) by route, the
 * middle path segments folded to a star, largest first: which pages dominate a build.
 */
export function routeProfile(log: string): RouteGroup[] {
  const groups = new Map<string, RouteGroup>();
  for (const line of log.split('\n')) {
    const match = ROUTE_LINE.exec(line);
    if (!match) continue;
    const segments = match[1]!.split('/').filter(Boolean);
    const route = segments.length > 2 ? `/${segments[0]}/*/${segments.at(-1)}` : `/${segments.join('/')}`;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const group = groups.get(route) ?? { route, ms: 0, count: 0 };
    group.ms += ms;
    group.count += 1;
    groups.set(route, group);
  }
  return [...groups.values()].sort((a, b) => b.ms - a.ms || (a.route < b.route ? -1 : 1));
}

/**
 * Combine repeated builds of the same input: the fastest wall and CPU time (the runs least
 * disturbed by other work on the machine), the highest peak memory, the last run's log.
 */
export function bestOf(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const last = runs.at(-1);
  if (!last) throw new Error('bestOf needs at least one build');
  const numbers = (pick: (run: BuildMeasurement) => number | null) => runs.map(pick).filter((value): value is number => value !== null);
  const cpu = numbers((run) => run.cpuSeconds);
  const rss = numbers((run) => run.peakRssBytes);
  return {
    ...last,
    ok: runs.every((run) => run.ok),
    wallSeconds: Math.min(...runs.map((run) => run.wallSeconds)),
    cpuSeconds: cpu.length ? Math.min(...cpu) : null,
    peakRssBytes: rss.length ? Math.max(...rss) : null,
  };
}
