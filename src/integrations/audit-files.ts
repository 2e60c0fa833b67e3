/**
 * Astro integration that writes the per-scan data files after the build: each audit's
 * committed `scan.json` (copied byte for byte), its `badge.svg`, its citation files (`cite.bib`,
 * `cite.biblatex.bib`, `cite.ris`, `cite.json`), the independent audits and replies beside it
 * (`audits/<name>.json`, `replies/<name>.json`, also byte for byte), and `/data/scans.json`.
 *
 * Why not endpoints: Astro spends about a millisecond of fixed work on every generated route,
 * so 60,000 tiny files would cost most of a minute of a 10,000-scan build, and `scans.json` as one endpoint
 * response held 100+ MB in memory twice. Here the files are plain writes, and scans.json is
 * streamed record by record. In `astro dev` the same URLs are served by the endpoints in
 * `src/endpoints/`, injected as routes, so the dev server shows what the build writes.
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { badgePath, citationFilePath, scanFilePath } from '../lib/publishing/published-paths.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';
import { CITATION_DATA_FORMATS, citationFiles, type AuditCitationInput } from '../lib/publishing/citation.ts';
import { scansJsonChunks, type DataRecord } from '../lib/publishing/open-data.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import type { BuildModel } from '../build-model/model.ts';
import { registeredModel } from '../build-model/registry.ts';
import { committedScan, companionFiles } from '../build-model/scans.ts';
import { DEFAULT_SITE_URL, scansDir, siteConfig } from '../build-model/site-config.ts';
import { validatedScans } from '../build-model/validated-scans.ts';

/** Site path of the whole-collection download. */
export const SCANS_JSON_PATH = '/data/scans.json';

/** One scan as this integration publishes it: its committed file and its data record. */
export interface AuditFileSource {
  /** Absolute path of the committed scan file. */
  sourcePath: string;
  data: DataRecord;
  /** What its citation files are made from (made while writing, so 10,000 audits' files are never all in memory). */
  citation: AuditCitationInput;
  /** Independent audits and replies beside the scan: where each is published and its committed file. */
  companions: { sitePath: string; sourcePath: string }[];
}

/** The files of every scan of a model, in id order. */
export function auditFileSources(model: BuildModel): AuditFileSource[] {
  const data = model.dataRecords();
  return model.records.map((record, index) => ({
    sourcePath: record.sourcePath,
    data: data[index]!,
    citation: model.version(record).citation,
    companions: companionFiles(record),
  }));
}

/** Where a site path lands in the output folder. */
function outputFile(outDir: string, sitePath: string): string {
  return path.join(outDir, ...decodeURI(sitePath).split('/'));
}

/** Write every per-scan file and scans.json into a built site; returns how many scans it wrote. */
export function writeAuditFiles(sources: readonly AuditFileSource[], outDir: string, schemaUrl: string): number {
  // Each file is read once, to copy it and to publish it in scans.json as committed, one at a
  // time while scans.json is written: never all of them in memory at once.
  function* published(): Generator<DataRecord> {
    for (const { sourcePath, data, citation, companions } of sources) {
      const bytes = readFileSync(sourcePath);
      const target = outputFile(outDir, scanFilePath(data.id));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      writeFileSync(outputFile(outDir, badgePath(data.id)), badgeSvg(data.scores.overall));
      for (const file of citationFiles(citation)) writeFileSync(outputFile(outDir, citationFilePath(data.id, file.name)), file.text);
      for (const companion of companions) {
        const output = outputFile(outDir, companion.sitePath);
        mkdirSync(path.dirname(output), { recursive: true });
        copyFileSync(companion.sourcePath, output);
      }
      yield { ...data, scan: committedScan(bytes) };
    }
  }
  const target = outputFile(outDir, SCANS_JSON_PATH);
  mkdirSync(path.dirname(target), { recursive: true });
  const fd = openSync(target, 'w');
  try {
    for (const chunk of scansJsonChunks(published(), sources.length, schemaUrl)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return sources.length;
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
        // One route per file name: a parameter inside the last segment would also catch scan.json and badge.svg.
        for (const { file } of CITATION_DATA_FORMATS) injectRoute({ pattern: `/papers/[...id]/${file}`, entrypoint: endpoint('citation-file.ts') });
        injectRoute({ pattern: SCANS_JSON_PATH, entrypoint: endpoint('scans.json.ts') });
        injectRoute({ pattern: '/papers/[...id]/audits/[name].json', entrypoint: endpoint('companion-file.ts') });
        injectRoute({ pattern: '/papers/[...id]/replies/[name].json', entrypoint: endpoint('companion-file.ts') });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? DEFAULT_SITE_URL;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The model the pages used, with its scores and git versions: this process validated and
        // versioned every scan once already (see validated-scans.ts). It is looked up rather than
        // imported, which would load all the pages' libraries into the config's module graph too.
        const validated = validatedScans(scansDir(), { recheck: false });
        const model = registeredModel(validated) ?? (await import('../build-model/model.ts')).modelOf(validated, siteConfig(site, base));
        const count = writeAuditFiles(auditFileSources(model), fileURLToPath(dir), absoluteUrl('/schema/scan.schema.json', site, base));
        logger.info(
          `wrote scan.json, badge.svg, citation files, independent audits and replies for ${count} scans, and ${SCANS_JSON_PATH}, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
