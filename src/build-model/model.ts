/**
 * The build model: everything derived from the scans, computed once per build and handed to
 * pages as plain data. Built from explicit inputs (records, git history, site configuration) so
 * it runs and is tested without Astro; `index.ts` builds it for pages from the environment.
 *
 * Each part is computed on first use and kept, except per-page views, which are cheap to make and
 * would cost memory at 10,000 scans if kept.
 */
import { paperAudits } from '../lib/agreement/paper-agreement.ts';
import { lowAgreementNotes, siteAgreement, type SiteAgreement } from '../lib/agreement/site-agreement.ts';
import type { HeatmapMatrix } from '../lib/charts/heatmap-layout.ts';
import { readHistory, type HistoryReader } from '../lib/history/git-history.ts';
import { citationStylesToRender } from '../lib/publishing/citation.ts';
import { ogImagesEnabled } from '../lib/publishing/og-image.ts';
import type { DataRecordFacts } from '../lib/publishing/open-data.ts';
import { getCategory, type CategoryKey } from '../lib/scan-format/rubric.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../lib/search/search-index.ts';
import { linkCitations, type CitationLinks } from '../lib/site/cited-links.ts';
import { pageSlice } from '../lib/site/pagination.ts';
import { withBase } from '../lib/site/urls.ts';
import { absoluteUrl } from '../lib/site/urls.ts';
import { auditView, type AuditView } from './audit-view.ts';
import { stageDataDownloads, type DataDownloadOptions, type DataDownloads } from './data-downloads.ts';
import { feedContent, type FeedContent } from './feed-content.ts';
import { categoryItemMatrix, heatmapFigures, type HeatmapFigures } from './heatmaps.ts';
import { homeFigures, type HomeFigures } from './home.ts';
import { categoryRanking, leaderboard, type CategoryRanking, type Leaderboard } from './rankings.ts';
import { registeredModel, registerModel } from './registry.ts';
import { flagListing, SEARCH_DATA_PATH, type FlagListing } from './search-data.ts';
import { readWholeScan, scanRecords, type ScanRecord } from './scans.ts';
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
  /**
   * One scan by id. Pages and endpoints pass ids, not records, between `getStaticPaths` and
   * rendering: the dev server keeps a route's paths until restarted, and the record must be the
   * model's current one for an edited scan to show.
   */
  record(id: string): ScanRecord;
  /** The version of one audit. */
  version(record: ScanRecord): AuditVersion;
  /** Every scan's data besides the scan, with its version, in id order, as `/data/` publishes them. */
  dataRecords(): DataRecordFacts[];
  /**
   * The whole-dataset downloads (shards, manifest, `scores.csv`, `scans.json` while small): staged
   * in this thread on first call, unless a build's background writer stages them (`stageDownloadsWith`).
   */
  dataDownloads(): Promise<DataDownloads>;
  /** What staging the downloads needs besides the records. */
  readonly downloadOptions: DataDownloadOptions;
  /**
   * Take the downloads from elsewhere: the after-build integration stages them in a worker
   * thread while pages render, and the `/data/` page waits for them. Throws if they were
   * already staged here, which would stage them twice.
   */
  stageDownloadsWith(staged: Promise<DataDownloads>): void;
  /** Whether the build draws social images (env OG_IMAGES and the number of scans). */
  ogImages(): boolean;
  /** Each audit's citations of other audits, and theirs of it. */
  citations(): Map<string, CitationLinks>;
  /** What the audit page of one scan shows (computed on each call). */
  auditView(id: string): AuditView;
  /** The overall ranking, shared by the leaderboard pages, its rows file, the home page and the heatmap. */
  leaderboard(): Leaderboard;
  /** One category's ranking, shared by that category's pages. */
  categoryRanking(category: CategoryKey): CategoryRanking;
  /** Papers × items of the top of a category's ranking (its first page). */
  categoryHeatmap(category: CategoryKey): HeatmapMatrix;
  /** The `/heatmap/` matrices. */
  heatmap(): HeatmapFigures;
  /** The home page's figures. */
  home(): HomeFigures;
  /** Papers with red flags, for the search listing pages. */
  flagListing(): FlagListing;
  /** The search index files. */
  searchIndex(): SearchIndexFiles;
  /** Base-aware URL of the folder of search index files. */
  searchDataUrl(): string;
  /** What the Atom feed and the JSON Feed publish. */
  feed(): FeedContent;
  /** Agreement per checklist item between the audits of papers audited more than once. */
  agreement(): SiteAgreement;
  /** For each item flagged for low agreement, by `category/item`, what readers are told where it is explained. */
  lowAgreement(): Map<string, string>;
}

/** Compute `value` on first call, then return the same value. */
export function once<T>(compute: () => T): () => T {
  let state: { value: T } | undefined;
  return () => (state ??= { value: compute() }).value;
}

/** Compute a value per key on its first call, then return the same value for that key. */
export function oncePer<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

/** The model of one set of scans. */
export function createBuildModel({ records, config, history }: BuildModelInputs): BuildModel {
  const reader = once(history);
  const byId = once(() => new Map(records.map((record) => [record.id, record])));
  const record = (id: string) => {
    const found = byId().get(id);
    if (!found) throw new Error(`No scan with id ${JSON.stringify(id)}: removed since the dev server started? Restart it to update its routes.`);
    return found;
  };
  const versionOf = oncePer((id: string) => auditVersion(record(id), reader(), config));
  const version = (of: ScanRecord) => versionOf(of.id);
  const ogImages = once(() => ogImagesEnabled(records.length, { OG_IMAGES: config.ogImages }));
  // Rendering every CSL style costs citeproc milliseconds per page: above ALL_STYLES_MAX_SCANS audits, pages carry APA only.
  const citationStyles = once(() => citationStylesToRender(records.length, { CITATION_STYLES: config.citationStyles }));
  // Citation links need every scan at once, so they are resolved once per build.
  const citations = once(() => linkCitations(records.map((record) => ({ id: record.id, paper: record.scan.paper, cited: record.scan.cited_papers }))));
  const ranking = once(() => leaderboard(records));
  const rankingOf = oncePer((category: CategoryKey) => categoryRanking(records, category));
  const flags = once(() => flagListing(records));
  const dataRecords = once(() => records.map((record) => dataRecord(record, version(record))));
  const downloadOptions: DataDownloadOptions = {
    schemaUrl: absoluteUrl('/schema/scan.schema.json', config.site, config.base),
    limits: config.dataDownloads ?? {},
  };
  let downloads: Promise<DataDownloads> | undefined;
  const agreement = once(() => siteAgreement(records.filter((record) => record.audits.length).map((record) => paperAudits(record.scan, record.audits))));
  return {
    config,
    records,
    record,
    version,
    dataRecords,
    dataDownloads: () =>
      (downloads ??= (async () => {
        const data = dataRecords();
        return stageDataDownloads(
          records.map((record, index) => ({ record, data: data[index]! })),
          downloadOptions.schemaUrl,
          downloadOptions.limits,
        );
      })()),
    downloadOptions,
    stageDownloadsWith: (staged) => {
      if (downloads) throw new Error('The data downloads were staged already: hand them to a background writer before any page asks for them.');
      downloads = staged;
    },
    ogImages,
    citations,
    auditView: (id) => {
      const found = record(id);
      return auditView({
        record: found,
        checklist: readWholeScan(found).checklist,
        version: versionOf(id),
        links: citations().get(id)!,
        titleOf: (other) => record(other).scan.paper.title,
        config,
        ogImages: ogImages(),
        citationStyles: citationStyles(),
      });
    },
    leaderboard: ranking,
    categoryRanking: rankingOf,
    categoryHeatmap: (category) => categoryItemMatrix(getCategory(category), pageSlice(rankingOf(category).entries, 1), config.base),
    heatmap: once(() => heatmapFigures(ranking(), config.base)),
    home: once(() =>
      homeFigures({
        records,
        rows: ranking().rows,
        // A scan's audit date is when its file was added to git; revisions are listed newest first.
        addedOn: (record) => version(record).history.revisions.at(-1)?.date,
        base: config.base,
      }),
    ),
    flagListing: flags,
    searchIndex: once(() => buildSearchIndex(flags().papers)),
    searchDataUrl: () => withBase(SEARCH_DATA_PATH, config.base),
    feed: once(() => feedContent(records, version, config)),
    agreement,
    lowAgreement: once(() => lowAgreementNotes(agreement())),
  };
}

/**
 * The model of a validation, shared by every module graph of this process (see registry.ts): the
 * first caller creates it with its configuration. A new validation (an edit under `astro dev`)
 * gets a new model.
 */
export function modelOf(validated: ValidatedScans, config: SiteConfig): BuildModel {
  return (
    registeredModel(validated) ??
    registerModel(validated, createBuildModel({ records: scanRecords(validated), config, history: () => readHistory(validated.root) }))
  );
}
