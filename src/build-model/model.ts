/**
 * The build model: everything derived from the scans, computed once per build and handed to
 * pages as plain data. Built from explicit inputs (records, git history, site configuration) so
 * it runs and is tested without Astro; `index.ts` builds it for pages from the environment.
 *
 * Each part is computed on first use and kept, except per-page views, which are cheap to make and
 * would cost memory at 10,000 scans if kept.
 */
import { readHistory, type HistoryReader } from '../lib/history/git-history.ts';
import { ogImagesEnabled } from '../lib/publishing/og-image.ts';
import type { DataRecord } from '../lib/publishing/open-data.ts';
import { linkCitations, type CitationLinks } from '../lib/site/cited-links.ts';
import { auditView, type AuditView } from './audit-view.ts';
import { scanRecords, type ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';
import type { ValidatedScans } from './validated-scans.ts';
import { auditVersion, dataRecord, type AuditVersion } from './versions.ts';

/** What the model is computed from. */
export interface BuildModelInputs {
  /** Every scan, sorted by id. */
  records: readonly ScanRecord[];
  config: SiteConfig;
  /** The git history of the scans, asked for on first use (it runs git). */
  history: () => HistoryReader;
}

/** Everything the pages and the after-build integration need, computed once. */
export interface BuildModel {
  readonly config: SiteConfig;
  /** Every scan, sorted by id. */
  readonly records: readonly ScanRecord[];
  /** The version of one audit. */
  version(record: ScanRecord): AuditVersion;
  /** Every scan with its version, in id order, as `/data/` publishes them. */
  dataRecords(): DataRecord[];
  /** Whether the build draws social images (env OG_IMAGES and the number of scans). */
  ogImages(): boolean;
  /** Each audit's citations of other audits, and theirs of it. */
  citations(): Map<string, CitationLinks>;
  /** What the audit page of one scan shows (computed on each call). */
  auditView(record: ScanRecord): AuditView;
}

/** Compute `value` on first call, then return the same value. */
export function once<T>(compute: () => T): () => T {
  let state: { value: T } | undefined;
  return () => (state ??= { value: compute() }).value;
}

/** The model of one set of scans. */
export function createBuildModel({ records, config, history }: BuildModelInputs): BuildModel {
  const reader = once(history);
  const versions = new Map<string, AuditVersion>();
  const version = (record: ScanRecord) => {
    let found = versions.get(record.id);
    if (!found) versions.set(record.id, (found = auditVersion(record, reader(), config)));
    return found;
  };
  const ogImages = once(() => ogImagesEnabled(records.length, { OG_IMAGES: config.ogImages }));
  // Citation links need every scan at once, so they are resolved once per build.
  const citations = once(() => linkCitations(records.map((record) => ({ id: record.id, paper: record.scan.paper, cited: record.scan.cited_papers }))));
  const titles = once(() => new Map(records.map((record) => [record.id, record.scan.paper.title])));
  return {
    config,
    records,
    version,
    dataRecords: once(() => records.map((record) => dataRecord(record, version(record)))),
    ogImages,
    citations,
    auditView: (record) =>
      auditView({
        record,
        version: version(record),
        links: citations().get(record.id)!,
        titleOf: (id) => titles().get(id)!,
        config,
        ogImages: ogImages(),
      }),
  };
}

const MODELS_KEY = Symbol.for('glassbox.build-models');

/**
 * The model of a validation, shared by every module graph of this process (pages, endpoints and
 * the after-build integration each import this module separately): the first caller creates it
 * with its configuration. A new validation (an edit under `astro dev`) gets a new model.
 */
export function modelOf(validated: ValidatedScans, config: SiteConfig): BuildModel {
  const shared = globalThis as { [MODELS_KEY]?: WeakMap<ValidatedScans, BuildModel> };
  const models = (shared[MODELS_KEY] ??= new WeakMap());
  let model = models.get(validated);
  if (!model) {
    model = createBuildModel({ records: scanRecords(validated), config, history: () => readHistory(validated.root) });
    models.set(validated, model);
  }
  return model;
}
