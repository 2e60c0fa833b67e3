/**
 * gzip whose bytes depend only on the content and the level: the header's time stamp is 0 and
 * its operating-system byte is 255 ("unknown"; zlib writes 3 on Linux, 19 on macOS). The deflate
 * stream itself is zlib's, so it is the same for the same Node version (the project pins Node
 * through its `node` devDependency).
 *
 * Two ways to make the same bytes: `deterministicGzip` compresses a buffer in one call, and
 * `GzipStream` compresses text as it arrives, so a file of tens of megabytes (a data shard, the
 * scores CSV) is never held whole. zlib's output does not depend on how its input is cut into
 * pieces, so both give identical files (the tests check it).
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createGzip, gzipSync, type Gzip } from 'node:zlib';

/** Bytes 4-7 of a gzip header are the modification time, byte 9 the operating system. */
const HEADER_BYTES = 10;
const OS_BYTE = 9;
const UNKNOWN_OS = 255;

/** Make a gzip header independent of the machine and the time, in place. */
function fixHeader(compressed: Buffer): void {
  if (compressed.length < HEADER_BYTES) throw new Error(`a gzip stream began with ${compressed.length} bytes, less than its header`);
  compressed.writeUInt32LE(0, 4);
  compressed[OS_BYTE] = UNKNOWN_OS;
}

/** gzip a buffer with a fixed level and a header that does not depend on the machine or the time. */
export function deterministicGzip(data: Uint8Array, level: number): Buffer {
  const compressed = gzipSync(data, { level });
  fixHeader(compressed);
  return compressed;
}

/** A finished gzip stream's sizes and SHA-256 checksums (hex), compressed and not. */
export interface GzipSummary {
  bytes: number;
  uncompressedBytes: number;
  sha256: string;
  uncompressedSha256: string;
}

/**
 * Text is handed to zlib in batches of about this many characters: one zlib call per record
 * would cost a round trip to Node's thread pool for each of 100,000 lines.
 */
const BATCH_CHARS = 256 * 1024;

/**
 * Compresses text as it is written, handing each compressed chunk to `sink` as zlib makes it, and
 * counting and hashing both sides on the way. Await every `write` (it waits while zlib is behind),
 * then `end`. Compression runs on Node's thread pool, beside the thread that writes.
 */
export class GzipStream {
  private readonly gzip: Gzip;
  private batch: string[] = [];
  private batchChars = 0;
  private readonly hash = createHash('sha256');
  private readonly uncompressedHash = createHash('sha256');
  private bytes = 0;
  private uncompressedBytes = 0;
  /** Rejects when the stream fails, whenever that is: a failure between two awaits still fails the next one. */
  private readonly failed: Promise<never>;

  constructor(level: number, sink: (chunk: Buffer) => void) {
    this.gzip = createGzip({ level });
    this.failed = new Promise((_, reject) => this.gzip.once('error', reject));
    this.failed.catch(() => {});
    this.gzip.on('data', (chunk: Buffer) => {
      try {
        // zlib writes the whole header into its first chunk.
        if (this.bytes === 0) fixHeader(chunk);
        this.bytes += chunk.length;
        this.hash.update(chunk);
        sink(chunk);
      } catch (error) {
        // A sink that cannot write (a full disk) fails the pending write or end, not the process.
        this.gzip.destroy(error as Error);
      }
    });
  }

  /** Add text to the stream. */
  async write(text: string): Promise<void> {
    this.batch.push(text);
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS) await this.sendBatch();
  }

  /** Compress what is left and finish the stream; resolves once `sink` has had every byte. */
  async end(): Promise<GzipSummary> {
    await this.sendBatch();
    const ended = this.until('end');
    this.gzip.end();
    await ended;
    return {
      bytes: this.bytes,
      uncompressedBytes: this.uncompressedBytes,
      sha256: this.hash.digest('hex'),
      uncompressedSha256: this.uncompressedHash.digest('hex'),
    };
  }

  private async sendBatch(): Promise<void> {
    if (this.batch.length === 0) return;
    const data = Buffer.from(this.batch.join(''));
    this.batch = [];
    this.batchChars = 0;
    this.uncompressedBytes += data.length;
    this.uncompressedHash.update(data);
    if (!this.gzip.write(data)) await this.until('drain');
  }

  /** Wait for an event of the stream, or fail with the stream. */
  private until(event: 'drain' | 'end'): Promise<unknown> {
    return Promise.race([once(this.gzip, event), this.failed]);
  }
}
