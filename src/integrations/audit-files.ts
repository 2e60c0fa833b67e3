/**
 * Astro integration that writes the per-scan data files after the build: each audit's
 * committed `scan.json` (copied byte for byte), its `badge.svg`, and `/data/scans.json`.
 *
 * Why not endpoints: Astro spends about a millisecond of fixed work on every generated route,
 * so 20,000 tiny files cost 15-20 s of a 10,000-scan build, and `scans.json` as one endpoint
 * response held 100+ MB in memory twice. Here the files are plain writes, and scans.json is
 * streamed record by record. In `astro dev` the same URLs are served by the endpoints in
 * `src/endpoints/`, injected as routes, so the dev server shows what the build writes.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { badgePath, scanFilePath } from '../lib/publishing/published-paths.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';
import { readHistory } from '../lib/history/git-history.ts';
import { scansJsonChunks, type DataRecord } from '../lib/publishing/open-data.ts';
import type { Scan } from '../lib/scan-format/schema.ts';
import { scanIdFromRelativePath } from '../lib/scan-format/scan-id.ts';
import { scoreScan } from '../lib/scoring/scoring.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { findScanFiles } from '../lib/scan-format/validator.ts';
import { scansDir } from '../loaders/scans-loader.ts';

/** Site path of the whole-collection download. */
export const SCANS_JSON_PATH = '/data/scans.json';

/** A scan file found in the scans folder. */
interface ScanFile {
  id: string;
  file: string;
}

/** Every scan file with its id, sorted by id like `getAllScans` (folder order differs for nested ids). */
export function scanFiles(root: string): ScanFile[] {
  return findScanFiles(root)
    .map((file) => ({ id: scanIdFromRelativePath(path.relative(root, file)), file }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a site path lands in the output folder. */
function outputFile(outDir: string, sitePath: string): string {
  return path.join(outDir, ...decodeURI(sitePath).split('/'));
}

/** Write every per-scan file and scans.json into a built site; returns how many scans it wrote. */
export function writeAuditFiles(root: string, outDir: string, schemaUrl: string): number {
  const files = scanFiles(root);
  const history = readHistory(root);
  // Records are produced lazily so scans.json is written while scans are read, never held whole.
  function* records(): Generator<DataRecord> {
    for (const { id, file } of files) {
      const bytes = readFileSync(file);
      // The build has validated every file before this hook runs (an invalid scan stops it), so a
      // plain parse suffices; running the schema again would add seconds at 10,000 scans.
      const scan = JSON.parse(bytes.toString('utf8')) as Scan;
      const scores = scoreScan(scan);
      const target = outputFile(outDir, scanFilePath(id));
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(file, target);
      writeFileSync(outputFile(outDir, badgePath(id)), badgeSvg(scores.overall));
      const versioned = history.historyOf(file);
      const current = versioned.versioned ? versioned.revisions[0] : null;
      yield { id, scan, scores, version: current && { commit: current.commit, date: current.date } };
    }
  }
  const target = outputFile(outDir, SCANS_JSON_PATH);
  mkdirSync(path.dirname(target), { recursive: true });
  const fd = openSync(target, 'w');
  try {
    for (const chunk of scansJsonChunks(records(), files.length, schemaUrl)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return files.length;
}

/** The integration: dev routes for the files, and the writes after `astro build`. */
export function auditFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'glassbox-audit-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const endpoint = (name: string) => fileURLToPath(new URL(`../endpoints/${name}`, import.meta.url));
        injectRoute({ pattern: '/papers/[...id]/scan.json', entrypoint: endpoint('scan.json.ts') });
        injectRoute({ pattern: '/papers/[...id]/badge.svg', entrypoint: endpoint('badge.svg.ts') });
        injectRoute({ pattern: SCANS_JSON_PATH, entrypoint: endpoint('scans.json.ts') });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? 'https://glassbox.example.org';
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const count = writeAuditFiles(scansDir(), fileURLToPath(dir), absoluteUrl('/schema/scan.schema.json', site, base));
        logger.info(`wrote scan.json and badge.svg for ${count} scans, and ${SCANS_JSON_PATH}, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
