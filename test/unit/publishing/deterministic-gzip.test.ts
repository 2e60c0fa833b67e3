import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deterministicGzip, GzipStream } from '../../../src/lib/publishing/deterministic-gzip.ts';

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Fictional JSON lines, some repetitive and some not, about `count` × 300 bytes. */
const lines = (count: number) =>
  Array.from(
    { length: count },
    (_, i) => JSON.stringify({ id: `9901.${String(i).padStart(5, '0')}`, title: `Synthetic paper ${i}`, digest: sha256(Buffer.from(String(i))) }) + '\n',
  );

/** Stream `pieces` through a GzipStream; returns the chunks the sink got and the summary. */
async function stream(pieces: readonly string[], level: number) {
  const chunks: Buffer[] = [];
  const gzip = new GzipStream(level, (chunk) => chunks.push(chunk));
  for (const piece of pieces) await gzip.write(piece);
  const summary = await gzip.end();
  return { file: Buffer.concat(chunks), chunks, summary };
}

describe('deterministicGzip', () => {
  test('has a zero time stamp, "unknown" operating system and round-trips', () => {
    const data = Buffer.from('{"id":"9901.00001"}\n'.repeat(100));
    const gz = deterministicGzip(data, 6);
    expect([...gz.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(gz.readUInt32LE(4)).toBe(0);
    expect(gz[9]).toBe(255);
    expect(gunzipSync(gz)).toEqual(data);
    expect(deterministicGzip(data, 6)).toEqual(gz);
    expect(deterministicGzip(data, 1)).not.toEqual(gz);
  });
});

describe('GzipStream', () => {
  const text = lines(5000);
  const whole = Buffer.from(text.join(''));

  test.each([1, 6, 9])('at level %i, the same bytes as deterministicGzip of the whole text, however it is cut', async (level) => {
    const expected = deterministicGzip(whole, level);
    const byLine = await stream(text, level);
    expect(byLine.file.equals(expected)).toBe(true);
    // Cut into uneven pieces, some inside a line and one of a single character.
    const joined = text.join('');
    const cuts = [0, 1, 7, 4096, 70_000, 70_001, 600_000, joined.length];
    const pieces = cuts.slice(1).map((end, i) => joined.slice(cuts[i], end));
    expect((await stream(pieces, level)).file.equals(expected)).toBe(true);
  });

  test('its summary gives both sizes and both checksums', async () => {
    const { file, summary } = await stream(text, 6);
    expect(summary).toEqual({ bytes: file.length, uncompressedBytes: whole.length, sha256: sha256(file), uncompressedSha256: sha256(whole) });
  });

  test('non-ASCII text is counted in bytes', async () => {
    const { file, summary } = await stream(['Synthétique ', '論文 ', '\u202Eflag'], 6);
    expect(gunzipSync(file).toString('utf8')).toBe('Synthétique 論文 \u202Eflag');
    expect(summary.uncompressedBytes).toBe(Buffer.byteLength('Synthétique 論文 \u202Eflag'));
  });

  test('hands on compressed chunks while text is still coming', async () => {
    const chunks: Buffer[] = [];
    const gzip = new GzipStream(6, (chunk) => chunks.push(chunk));
    // ~3 MB of hex digests: hardly compressible, so zlib has output well before the end.
    for (let i = 0; i < 20_000; i++) await gzip.write(sha256(Buffer.from(`noise ${i}`)) + sha256(Buffer.from(`more ${i}`)) + '\n');
    const before = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const { bytes } = await gzip.end();
    expect(before).toBeGreaterThan(bytes / 2);
  });

  test('an empty stream is an empty gzip file', async () => {
    expect((await stream([], 6)).file.equals(deterministicGzip(Buffer.alloc(0), 6))).toBe(true);
  });

  test('a sink that throws fails the stream with its error', async () => {
    const gzip = new GzipStream(6, () => {
      throw new Error('disk full');
    });
    await gzip.write('{"id":"9901.00001"}\n');
    await expect(gzip.end()).rejects.toThrow('disk full');
  });
});
