/**
 * What an object-store deploy (`.github/workflows/deploy-s3.yml`) uploads and deletes, decided by
 * content hash rather than by size or time.
 *
 * Why a manifest of SHA-256 hashes stored in the bucket: `aws s3 sync` uploads a file when its size
 * differs or its local time is newer. A fresh build gives every file a new time, so plain sync
 * re-uploads the whole site (10 GB at 100,000 scans); `--size-only` skips files whose size did not
 * change, and a changed score ("0.61" → "0.64"), a flipped answer or an edited word of the same
 * length keeps the size, so that deploy would silently leave stale pages. S3's ETag is the MD5 of a
 * file only for single-part uploads without KMS encryption (the CLI splits files above 8 MB, so the
 * data shards get "md5-of-parts" ETags), and reading them means listing every object. So the deploy
 * keeps its own record: one gzip JSON file in the bucket mapping each key to the hash of its bytes
 * and its headers; it compares the new build with it and uploads only what differs, headers
 * included (a changed cache policy re-uploads what it touches).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The headers a file is served with. */
export interface ServePolicy {
  contentType: string;
  cacheControl: string;
}

/** One deployed file: the hash of its bytes, their count, and how it is served. */
export interface DeployedFile extends ServePolicy {
  sha256: string;
  bytes: number;
}

/** The record a deploy leaves in the bucket, keyed by object key. */
export interface DeployManifest {
  version: 1;
  files: Record<string, DeployedFile>;
  /**
   * Hashed assets no longer in the site, with the time they left it (ISO). They stay in the bucket
   * for `RETIRED_ASSET_GRACE_MS`: a reader with an older page open may still import them lazily.
   */
  retired: Record<string, string>;
}

/** An empty manifest: the first deploy uploads everything. */
export const EMPTY_MANIFEST: DeployManifest = { version: 1, files: {}, retired: {} };

/** Folder of Astro's content-hashed assets (`/_astro/Base.BNqql2nD.css`): a new content is a new name. */
export const HASHED_ASSETS = '_astro/';

/** A year, immutable: a hashed asset never changes under its name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Five minutes: a deploy reaches every reader within five minutes without invalidating caches. */
export const SHORT = 'public, max-age=300';

/** How long a retired hashed asset stays deployed. */
export const RETIRED_ASSET_GRACE_MS = 7 * 24 * 3600 * 1000;

/** Where the deploy keeps its manifest, under the site's prefix. Not linked from anywhere. */
export const MANIFEST_KEY = '_deploy/manifest.json.gz';

const TEXT = '; charset=utf-8';
const CONTENT_TYPES: Record<string, string> = {
  '.html': `text/html${TEXT}`,
  '.css': `text/css${TEXT}`,
  '.js': `text/javascript${TEXT}`,
  '.mjs': `text/javascript${TEXT}`,
  '.json': `application/json${TEXT}`,
  '.xml': `application/xml${TEXT}`,
  '.txt': `text/plain${TEXT}`,
  '.csv': `text/csv${TEXT}`,
  '.svg': `image/svg+xml${TEXT}`,
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': `application/manifest+json${TEXT}`,
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // Served as a file to download, not with Content-Encoding: clients get the .gz they asked for.
  '.gz': 'application/gzip',
};

/** Content type by extension; unknown extensions download as bytes. */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[path.posix.extname(key).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for a file at `relative` (its path inside `dist/`): hashed assets cached for a year, the rest for minutes. */
export function servePolicy(relative: string): ServePolicy {
  return { contentType: contentTypeOf(relative), cacheControl: relative.startsWith(HASHED_ASSETS) ? IMMUTABLE : SHORT };
}

/** Every file under `dir`, as POSIX paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(prefix + entry.name);
    }
  };
  walk(dir, '');
  return files.sort();
}

/** The manifest of a built site: each file's hash and headers, keyed by `prefix` + its path. */
export function manifestOf(dir: string, prefix = '', retired: Record<string, string> = {}): DeployManifest {
  const files: Record<string, DeployedFile> = {};
  for (const relative of listFiles(dir)) {
    const content = readFileSync(path.join(dir, ...relative.split('/')));
    files[prefix + relative] = { sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length, ...servePolicy(relative) };
  }
  return { version: 1, files, retired };
}

/** What a deploy does. */
export interface DeployPlan {
  /** Keys whose bytes or headers are new or changed, in upload order: hashed assets first, pages last. */
  upload: string[];
  /** Keys to delete now. */
  delete: string[];
  /** Keys that stay as they are. */
  unchanged: number;
  /** The manifest to store once the uploads and deletes are done. */
  manifest: DeployManifest;
}

const isPage = (file: DeployedFile) => file.contentType.startsWith('text/html');

/**
 * Compare the new build with the last deploy. Uploads go assets first and pages last, so a page
 * never points at an asset that is not there yet; deletes come after. A hashed asset that left
 * the site is kept for the grace period, then deleted.
 */
export function planDeploy(previous: DeployManifest, next: Omit<DeployManifest, 'retired'>, now: Date, hashedPrefix = HASHED_ASSETS): DeployPlan {
  const upload: string[] = [];
  let unchanged = 0;
  for (const [key, file] of Object.entries(next.files)) {
    const before = previous.files[key];
    if (before && before.sha256 === file.sha256 && before.contentType === file.contentType && before.cacheControl === file.cacheControl) unchanged += 1;
    else upload.push(key);
  }
  const rank = (key: string) => (key.startsWith(hashedPrefix) ? 0 : isPage(next.files[key]!) ? 2 : 1);
  upload.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

  const retired: Record<string, string> = {};
  const toDelete: string[] = [];
  const gone = [...Object.keys(previous.files).filter((key) => !(key in next.files)), ...Object.keys(previous.retired).filter((key) => !(key in next.files))];
  for (const key of new Set(gone)) {
    if (!key.startsWith(hashedPrefix)) {
      toDelete.push(key);
      continue;
    }
    const since = previous.retired[key] ?? now.toISOString();
    if (now.getTime() - Date.parse(since) >= RETIRED_ASSET_GRACE_MS) toDelete.push(key);
    else retired[key] = since;
  }
  return { upload, delete: toDelete.sort(), unchanged, manifest: { version: 1, files: next.files, retired } };
}

/** Uploads batched by headers (one `aws s3 cp --recursive` each), in the plan's order. */
export function uploadBatches(plan: DeployPlan): { policy: ServePolicy; keys: string[] }[] {
  const batches: { policy: ServePolicy; keys: string[] }[] = [];
  for (const key of plan.upload) {
    const { contentType, cacheControl } = plan.manifest.files[key]!;
    // Pages come last in the plan, so their batch is created after every other and runs last.
    let batch = batches.find((candidate) => candidate.policy.contentType === contentType && candidate.policy.cacheControl === cacheControl);
    if (!batch) batches.push((batch = { policy: { contentType, cacheControl }, keys: [] }));
    batch.keys.push(key);
  }
  return batches;
}

/** Deletes as `aws s3api delete-objects --delete file://…` documents, at most 1,000 keys each (the API's limit). */
export function deleteBatches(keys: readonly string[]): { Objects: { Key: string }[]; Quiet: true }[] {
  const batches = [];
  for (let start = 0; start < keys.length; start += 1000)
    batches.push({ Objects: keys.slice(start, start + 1000).map((Key) => ({ Key })), Quiet: true as const });
  return batches;
}

/** Figures about a plan, for the job summary and for measuring what one change costs. */
export interface PlanSummary {
  upload: number;
  uploadBytes: number;
  delete: number;
  unchanged: number;
  /** Uploads whose size did not change: what `aws s3 sync --size-only` would have missed. */
  sameSize: number;
  /** Uploads grouped by top-level folder (`papers/`, `categories/`, …), largest count first. */
  byFolder: { folder: string; files: number }[];
}

/** Summarise a plan against the manifest it was planned from. */
export function summarisePlan(plan: DeployPlan, previous: DeployManifest, prefix = ''): PlanSummary {
  const folders = new Map<string, number>();
  let uploadBytes = 0;
  let sameSize = 0;
  for (const key of plan.upload) {
    const size = plan.manifest.files[key]!.bytes;
    uploadBytes += size;
    if (previous.files[key]?.bytes === size) sameSize += 1;
    const relative = key.slice(prefix.length);
    const folder = relative.includes('/') ? relative.slice(0, relative.indexOf('/') + 1) : relative;
    folders.set(folder, (folders.get(folder) ?? 0) + 1);
  }
  const byFolder = [...folders].map(([folder, files]) => ({ folder, files })).sort((a, b) => b.files - a.files || (a.folder < b.folder ? -1 : 1));
  return { upload: plan.upload.length, uploadBytes, delete: plan.delete.length, unchanged: plan.unchanged, sameSize, byFolder };
}
