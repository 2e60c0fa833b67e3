/**
 * Astro integration that writes the per-scan data files of a build: each audit's committed
 * `scan.json` (copied byte for byte), its `badge.svg`, its citation files (`cite.bib`,
 * `cite.biblatex.bib`, `cite.ris`, `cite.json`), the independent audits and replies beside it
 * (`audits/<name>.json`, `replies/<name>.json`, also byte for byte), and the whole-dataset
 * downloads of `/data/` (gzip shards, `manifest.json`, `scores.csv` and `scores.csv.gz`, and
 * `scans.json` while it is small; see `build-model/data-downloads.ts`).
 *
 * The writing starts once Astro has emptied the output folder (`astro:build:setup`) and runs in a
 * worker thread (`background-file-writer.ts`) while the pages render; the `/data/` page waits for
 * the staged downloads, and `astro:build:done` waits for the rest.
 *
 * Why not endpoints: Astro spends about a millisecond of fixed work on every generated route,
 * so 60,000 tiny files would cost most of a minute of a 10,000-scan build, and `scans.json` as one endpoint
 * response held 100+ MB in memory twice. Here the files are plain writes, and the downloads are
 * streamed record by record. In `astro dev` the same URLs are served by the endpoints in
 * `src/endpoints/`, injected as routes, so the dev server shows what the build writes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CITATION_DATA_FORMATS } from '../lib/publishing/citation.ts';
import type { BuildModel } from '../build-model/model.ts';
import { DATA_FOLDER, MANIFEST_FILE, publishDataDownloads, SCANS_JSON_FILE, SCORES_CSV_FILE, SCORES_CSV_GZ_FILE } from '../build-model/data-downloads.ts';
import { onNextModel, registeredModel } from '../build-model/registry.ts';
import { companionFiles } from '../build-model/scans.ts';
import { scansDir } from '../build-model/site-config.ts';
import { validatedScans } from '../build-model/validated-scans.ts';
import { startFileWriter, type BackgroundFileWriter } from './background-file-writer.ts';
import { outputFile, type AuditFileSource } from './file-writer.ts';

/** Site path of the whole-collection download (published while it is small). */
export const SCANS_JSON_PATH = DATA_FOLDER + SCANS_JSON_FILE;
/** Site path of the list of data shards. */
export const MANIFEST_PATH = DATA_FOLDER + MANIFEST_FILE;
/** Site path of every paper's scores and answers, one row each; and of the same file gzipped. */
export const SCORES_CSV_PATH = DATA_FOLDER + SCORES_CSV_FILE;
export const SCORES_CSV_GZ_PATH = DATA_FOLDER + SCORES_CSV_GZ_FILE;

/** The files of every scan of a model, in id order, without the scans themselves (see `AuditFileSource`). */
export function auditFileSources(model: BuildModel): AuditFileSource[] {
  const data = model.dataRecords();
  return model.records.map((record, index) => ({
    sourcePath: record.sourcePath,
    data: data[index]!,
    citation: model.version(record).citation,
    companions: companionFiles(record),
  }));
}

/** The integration: dev routes for the files, and the writes of `astro build`. */
export function auditFiles(): AstroIntegration {
  let outDir = '';
  let writer: BackgroundFileWriter | undefined;

  /** Start writing the files beside the pages; the model's downloads then come from the writer. */
  const startWriting = (model: BuildModel) => {
    const started = startFileWriter({ sources: auditFileSources(model), outDir, downloads: model.downloadOptions });
    model.stageDownloadsWith(started.downloads);
    return started;
  };

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
        injectRoute({ pattern: SCORES_CSV_PATH, entrypoint: endpoint('scores.csv.ts') });
        injectRoute({ pattern: SCORES_CSV_GZ_PATH, entrypoint: endpoint('scores.csv.gz.ts') });
        injectRoute({ pattern: `${DATA_FOLDER}[shard].jsonl.gz`, entrypoint: endpoint('data-shard.ts') });
        injectRoute({ pattern: '/papers/[...id]/audits/[name].json', entrypoint: endpoint('companion-file.ts') });
        injectRoute({ pattern: '/papers/[...id]/replies/[name].json', entrypoint: endpoint('companion-file.ts') });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Called once, after Astro emptied the output folder and before any page renders: the first
      // page makes the model, and the writing starts with it.
      'astro:build:setup': () => {
        onNextModel((model) => (writer ??= startWriting(model)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The model the pages used, with its scores and git versions (see registry.ts).
        const model = registeredModel(validatedScans(scansDir(), { recheck: false }));
        if (!model) throw new Error('No page made the build model, so the per-scan files were not written.');
        writer ??= startWriting(model);
        const count = await writer.written;
        const downloads = await model.dataDownloads();
        publishDataDownloads(downloads, outputFile(fileURLToPath(dir), DATA_FOLDER));
        logger.info(
          `wrote scan.json, badge.svg, citation files, independent audits and replies for ${count} scans, and ${downloads.manifest.shards.length} data shards, ${SCORES_CSV_PATH} (and gzipped)${downloads.whole.published ? ` and ${SCANS_JSON_PATH}` : ''}, beside the pages; waited ${Math.round(performance.now() - started)} ms for the last of them`,
        );
      },
    },
  };
}
