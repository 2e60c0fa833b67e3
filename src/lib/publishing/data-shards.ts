/**
 * Whole-dataset downloads that stay bounded and compressed at any size: every scan record (the
 * same `{id, version, scores, scan}` objects as `/data/scans.json`) as one JSON line, in id order,
 * in gzip shards under `/data/`, listed with their checksums in `/data/manifest.json`.
 * `/data/scans.json` itself is kept while it is small (`keepsWholeFile`); at 100,000 seed-sized
 * scans it would be 1.6 GB in one file.
 *
 * Shard boundaries depend on ids only, never on position or content: a shard ends after a record
 * whose id hashes to 0 modulo `targetRecords` (content-defined chunking, as rsync and backup tools
 * cut files), or earlier if it would pass `maxBytes`. So editing a scan rewrites the one shard that
 * holds it; adding one rewrites one shard (two when its id happens to start a new one); and every
 * other shard keeps its bytes and its name, and a deploy that uploads changed files only leaves it
 * alone. Shards are named after their first id, not numbered, for the same reason: a numbered
 * shard inserted in the middle would rename every shard after it.
 *
 * Output is deterministic: a fixed compression level and a fixed gzip header
 * (`deterministic-gzip.ts`); the manifest's `uncompressed_sha256` identifies the content
 * independently of the compressor.
 */
import { GzipStream } from './deterministic-gzip.ts';

/** How records are cut into shards. Changing either number moves every boundary once. */
export interface ShardOptions {
  /** Expected records per shard: a shard ends after an id whose hash is 0 modulo this. */
  targetRecords: number;
  /** Most uncompressed bytes in one shard; the gzip file is never larger than this plus 1%. */
  maxBytes: number;
  /** gzip level, 1-9; fixed, since it changes the bytes. */
  level: number;
}

/**
 * 2,048 seed-sized records are ~30 MB of JSON lines, ~5 MB gzipped: about 50 shards at 100,000
 * scans, 500 at a million. The cap keeps every file under 100 MB even if text stopped compressing.
 */
export const DEFAULT_SHARD_OPTIONS: ShardOptions = { targetRecords: 2048, maxBytes: 96 * 1024 ** 2, level: 6 };

/**
 * `/data/scans.json` is published while it is at most this size (about 600 seed-sized scans):
 * CloudFront compresses responses on the fly only up to 10,000,000 bytes, so a larger whole file
 * would travel uncompressed from a CDN; the shards take over from there.
 */
export const WHOLE_FILE_MAX_BYTES = 10_000_000;

/** One written shard, as listed in the manifest. */
export interface ShardEntry {
  /** File name, relative to the manifest. */
  path: string;
  records: number;
  first_id: string;
  last_id: string;
  /** Size of the gzip file. */
  bytes: number;
  uncompressed_bytes: number;
  /** SHA-256 of the gzip file, hex: `sha256sum -c` material. */
  sha256: string;
  /** SHA-256 of the JSON lines inside, hex: the same for any compressor. */
  uncompressed_sha256: string;
}

/** `/data/manifest.json`. */
export interface DataManifest {
  scan_schema: string;
  count: number;
  /** How to read the shards. */
  format: string;
  /** `/data/scans.json` when it was kept, else null. */
  whole: { path: string; bytes: number } | null;
  shards: ShardEntry[];
}

/** FNV-1a, 32 bits, over the id's UTF-16 code units: small, fast, the same on every machine. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether a shard ends after the record with this id (ignoring the size cap). */
export function endsShard(id: string, targetRecords: number): boolean {
  return idHash(id) % targetRecords === 0;
}

/** File name of the shard that starts with `firstId`: `scans-2405.05949.jsonl.gz`; an old-style id's slash becomes `_`. */
export function shardFileName(firstId: string): string {
  return `scans-${firstId.replaceAll('/', '_')}.jsonl.gz`;
}

/** Whether `/data/scans.json` of this many bytes is still published beside the shards. */
export function keepsWholeFile(bytes: number, limit = WHOLE_FILE_MAX_BYTES): boolean {
  return bytes <= limit;
}

/** Where shard files go: `open` starts a file, the writer hands it compressed chunks in order, then closes it. */
export type ShardSink = (fileName: string) => { write(chunk: Uint8Array): void; close(): void };

/** The shard being written. */
interface OpenShard {
  path: string;
  firstId: string;
  lastId: string;
  records: number;
  bytes: number;
  gzip: GzipStream;
  close: () => void;
}

/**
 * Streams records into gzip shards: `add` them in id order, awaiting each, then `finish`. A
 * shard's lines are compressed as they come, so no shard is ever held whole (at 10,000 small
 * synthetic scans one shard is 72 MB of text, which the build's file writer used to hold twice,
 * as lines and joined, until its heap was next collected).
 */
export class DataShardWriter {
  private readonly sink: ShardSink;
  private readonly options: ShardOptions;
  private shard: OpenShard | null = null;
  private lastId: string | null = null;
  private readonly entries: ShardEntry[] = [];

  constructor(sink: ShardSink, options: Partial<ShardOptions> = {}) {
    this.sink = sink;
    this.options = { ...DEFAULT_SHARD_OPTIONS, ...options };
    const { targetRecords, maxBytes, level } = this.options;
    if (!Number.isInteger(targetRecords) || targetRecords < 1) throw new Error(`targetRecords must be a positive integer, got ${targetRecords}`);
    if (!(maxBytes > 0)) throw new Error(`maxBytes must be positive, got ${maxBytes}`);
    if (!Number.isInteger(level) || level < 1 || level > 9) throw new Error(`level must be 1-9, got ${level}`);
  }

  /** Add one record: its id and its JSON text (one line: JSON.stringify never writes a raw line break). */
  async add(id: string, json: string): Promise<void> {
    if (this.lastId !== null && !(id > this.lastId))
      throw new Error(`records must come in increasing id order: ${JSON.stringify(id)} after ${JSON.stringify(this.lastId)}`);
    if (json.includes('\n')) throw new Error(`record ${id} spans more than one line`);
    const line = json + '\n';
    const size = Buffer.byteLength(line);
    if (size > this.options.maxBytes) throw new Error(`record ${id} alone is ${size} bytes, over the shard cap of ${this.options.maxBytes}`);
    // Taken before any await, so a caller that forgets to await is still refused out of order.
    this.lastId = id;
    if (this.shard && this.shard.bytes + size > this.options.maxBytes) await this.flush();
    const shard = (this.shard ??= this.open(id));
    shard.lastId = id;
    shard.records += 1;
    shard.bytes += size;
    await shard.gzip.write(line);
    if (endsShard(id, this.options.targetRecords)) await this.flush();
  }

  /** Write the last shard and return every shard's manifest entry, in id order. */
  async finish(): Promise<ShardEntry[]> {
    await this.flush();
    return [...this.entries];
  }

  private open(firstId: string): OpenShard {
    const path = shardFileName(firstId);
    const file = this.sink(path);
    return {
      path,
      firstId,
      lastId: firstId,
      records: 0,
      bytes: 0,
      gzip: new GzipStream(this.options.level, (chunk) => file.write(chunk)),
      close: () => file.close(),
    };
  }

  private async flush(): Promise<void> {
    const shard = this.shard;
    if (!shard) return;
    this.shard = null;
    // Closed even when compressing failed: a dev server stages again after a failure, and lives on.
    const summary = await shard.gzip.end().finally(shard.close);
    this.entries.push({
      path: shard.path,
      records: shard.records,
      first_id: shard.firstId,
      last_id: shard.lastId,
      bytes: summary.bytes,
      uncompressed_bytes: summary.uncompressedBytes,
      sha256: summary.sha256,
      uncompressed_sha256: summary.uncompressedSha256,
    });
  }
}

/** What `/data/manifest.json` says about the shards' lines. */
export const SHARD_FORMAT =
  'Each shard is a gzip file of JSON lines, one record per line in id order: {"id", "version", "scores", "companions", "scan"}, the records of scans.json. Concatenating the shards in the order listed gives every record once.';

/** `/data/manifest.json`: the shards in id order and, while small enough, the whole file. */
export function dataManifest(schemaUrl: string, shards: readonly ShardEntry[], whole: DataManifest['whole']): DataManifest {
  return {
    scan_schema: schemaUrl,
    count: shards.reduce((sum, shard) => sum + shard.records, 0),
    format: SHARD_FORMAT,
    whole,
    shards: [...shards],
  };
}
