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
 * Output is deterministic: fixed compression level, the gzip header's time stamp 0 and its
 * operating-system byte fixed to 255 ("unknown"; zlib writes 3 on Linux, 19 on macOS). The deflate
 * stream itself is zlib's, so it is the same for the same Node version (the project pins Node
 * through its `node` devDependency); the manifest's `uncompressed_sha256` identifies the content
 * independently of the compressor.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

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

/** gzip with a fixed level and a header that does not depend on the machine or the time. */
export function deterministicGzip(data: Uint8Array, level: number): Buffer {
  const compressed = gzipSync(data, { level });
  // Bytes 4-7 are the modification time (zlib writes 0 already), byte 9 the operating system.
  compressed.writeUInt32LE(0, 4);
  compressed[9] = 255;
  return compressed;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * Streams records into gzip shards: `add` them in id order, then `finish`. Holds at most one
 * shard's lines in memory; each finished shard goes to `sink` at once.
 */
export class DataShardWriter {
  private readonly sink: (fileName: string, data: Uint8Array) => void;
  private readonly options: ShardOptions;
  /**
   * The open shard's lines, encoded as they come. Kept as strings, a shard's tens of megabytes of
   * text outlived the young generation into the old one and were joined into one more string of
   * the same size before encoding, all of it garbage left in the build's file writer until V8 next
   * collected its heap (the build's peak memory at 10,000 scans fell by about 0.1 GB without it).
   * Buffers keep the bytes outside the heap, once.
   */
  private lines: Buffer[] = [];
  private bytes = 0;
  private firstId = '';
  private lastId: string | null = null;
  private readonly entries: ShardEntry[] = [];

  constructor(sink: (fileName: string, data: Uint8Array) => void, options: Partial<ShardOptions> = {}) {
    this.sink = sink;
    this.options = { ...DEFAULT_SHARD_OPTIONS, ...options };
    const { targetRecords, maxBytes, level } = this.options;
    if (!Number.isInteger(targetRecords) || targetRecords < 1) throw new Error(`targetRecords must be a positive integer, got ${targetRecords}`);
    if (!(maxBytes > 0)) throw new Error(`maxBytes must be positive, got ${maxBytes}`);
    if (!Number.isInteger(level) || level < 1 || level > 9) throw new Error(`level must be 1-9, got ${level}`);
  }

  /** Add one record: its id and its JSON text (one line: JSON.stringify never writes a raw line break). */
  add(id: string, json: string): void {
    if (this.lastId !== null && !(id > this.lastId))
      throw new Error(`records must come in increasing id order: ${JSON.stringify(id)} after ${JSON.stringify(this.lastId)}`);
    if (json.includes('\n')) throw new Error(`record ${id} spans more than one line`);
    const line = Buffer.from(json + '\n');
    const size = line.length;
    if (size > this.options.maxBytes) throw new Error(`record ${id} alone is ${size} bytes, over the shard cap of ${this.options.maxBytes}`);
    if (this.bytes + size > this.options.maxBytes) this.flush();
    if (this.lines.length === 0) this.firstId = id;
    this.lines.push(line);
    this.bytes += size;
    this.lastId = id;
    if (endsShard(id, this.options.targetRecords)) this.flush();
  }

  /** Write the last shard and return every shard's manifest entry, in id order. */
  finish(): ShardEntry[] {
    this.flush();
    return [...this.entries];
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    const content = Buffer.concat(this.lines, this.bytes);
    const compressed = deterministicGzip(content, this.options.level);
    const path = shardFileName(this.firstId);
    this.sink(path, compressed);
    this.entries.push({
      path,
      records: this.lines.length,
      first_id: this.firstId,
      last_id: this.lastId!,
      bytes: compressed.length,
      uncompressed_bytes: content.length,
      sha256: sha256(compressed),
      uncompressed_sha256: sha256(content),
    });
    this.lines = [];
    this.bytes = 0;
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
