/**
 * Astro integration that writes the per-scan data files after the build: each audit's
 * committed `scan.json` (copied byte for byte), its `badge.svg`, its citation files (`cite.bib`,
 * `cite.biblatex.bib`, `cite.ris`, `cite.json`), the independent audits and replies beside it
 * (`audits/<name>.json`, `replies/<name>.json`, also byte for byte), and the whole-dataset downloads of `/data/`
 * (gzip shards, `manifest.json`, and `scans.json` while it is small; see
 * `build-model/data-downloads.ts`, which stages them while the `/data/` page renders).
 *
 * Why not endpoints: Astro spends about a millisecond of fixed work on every generated route,
 * so 60,000 tiny files would cost most of a minute of a 10,000-scan build, and `scans.json` as one endpoint
 * response held 100+ MB in memory twice. Here the files are plain writes, and the downloads are
 * streamed record by record. In `astro dev` the same URLs are served by the endpoints in
 * `src/endpoints/`, injected as routes, so the dev server shows what the build writes.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { badgePath, citationFilePath, scanFilePath } from '../lib/publishing/published-paths.ts';
import { badgeSvg } from '../lib/publishing/badge.ts';
import { CITATION_DATA_FORMATS, citationFiles, type AuditCitationInput } from '../lib/publishing/citation.ts';
import type { DataRecord } from '../lib/publishing/open-data.ts';
import type { BuildModel } from '../build-model/model.ts';
import { DATA_FOLDER, MANIFEST_FILE, publishDataDownloads, SCANS_JSON_FILE } from '../build-model/data-downloads.ts';
import { registeredModel } from '../build-model/registry.ts';
import { companionFiles } from '../build-model/scans.ts';
import { DEFAULT_SITE_URL, scansDir, siteConfig } from '../build-model/site-config.ts';
import { validatedScans } from '../build-model/validated-scans.ts';

/** Site path of the whole-collection download (published while it is small). */
export const SCANS_JSON_PATH = DATA_FOLDER + SCANS_JSON_FILE;
/** Site path of the list of data shards. */
export const MANIFEST_PATH = DATA_FOLDER + MANIFEST_FILE;

/** One scan as this integration publishes it: its committed file and its data record. */
export interface AuditFileSource {
  /** Absolute path of the committed scan file. */
  sourcePath: string;
  data: DataRecord;
  /** What its citation files are made from (made while writing, so 10,000 audits' files are never all in memory). */
  citation: AuditCitationInput;
  /** Its independent audits and replies: where each is published, and its committed file. */
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

/** Write every per-scan file into a built site; returns how many scans it wrote. */
export function writeAuditFiles(sources: readonly AuditFileSource[], outDir: string): number {
  for (const { sourcePath, data, citation, companions } of sources) {
    const target = outputFile(outDir, scanFilePath(data.id));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(sourcePath));
    writeFileSync(outputFile(outDir, badgePath(data.id)), badgeSvg(data.scores.overall));
    for (const file of citationFiles(citation)) writeFileSync(outputFile(outDir, citationFilePath(data.id, file.name)), file.text);
    for (const companion of companions) {
      const output = outputFile(outDir, companion.sitePath);
      mkdirSync(path.dirname(output), { recursive: true });
      copyFileSync(companion.sourcePath, output);
    }
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
        injectRoute({ pattern: MANIFEST_PATH, entrypoint: endpoint('data-manifest.json.ts') });
        injectRoute({ pattern: `${DATA_FOLDER}[shard].jsonl.gz`, entrypoint: endpoint('data-shard.ts') });
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
        const count = writeAuditFiles(auditFileSources(model), fileURLToPath(dir));
        // Staged when the /data/ page listed them; staged now if nothing asked.
        const downloads = model.dataDownloads();
        publishDataDownloads(downloads, outputFile(fileURLToPath(dir), DATA_FOLDER));
        logger.info(
          `wrote scan.json, badge.svg, citation files, independent audits and replies for ${count} scans, and ${downloads.manifest.shards.length} data shards${downloads.whole.published ? ` and ${SCANS_JSON_PATH}` : ''}, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
