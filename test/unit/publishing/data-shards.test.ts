import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { deterministicGzip } from '../../../src/lib/publishing/deterministic-gzip.ts';
import {
  DataShardWriter,
  dataManifest,
  endsShard,
  idHash,
  keepsWholeFile,
  shardFileName,
  WHOLE_FILE_MAX_BYTES,
  type ShardOptions,
  type ShardSink,
} from '../../../src/lib/publishing/data-shards.ts';
import { syntheticId } from '../../../scripts/lib/synthetic-scans.ts';

/** A fictional record line for an id: text varies with `revision`, so an edit changes the bytes. */
const record = (id: string, revision = 0) =>
  JSON.stringify({ id, scan: { paper: { title: `Synthetic paper ${id}` }, note: `revision ${revision} `.repeat(20) } });

/** A sink that keeps each shard file in memory, and refuses a name opened twice or a write after close. */
function memorySink() {
  const files = new Map<string, Buffer>();
  const sink: ShardSink = (name) => {
    expect(files.has(name)).toBe(false);
    files.set(name, Buffer.alloc(0));
    let open = true;
    return {
      write: (chunk) => {
        expect(open).toBe(true);
        files.set(name, Buffer.concat([files.get(name)!, chunk]));
      },
      close: () => void (open = false),
    };
  };
  return { files, sink };
}

/** Write records with ids `ids` and return the files written and the manifest entries. */
async function write(ids: readonly string[], options: Partial<ShardOptions> = {}, edit: (id: string) => number = () => 0) {
  const { files, sink } = memorySink();
  const writer = new DataShardWriter(sink, options);
  for (const id of ids) await writer.add(id, record(id, edit(id)));
  return { files, entries: await writer.finish() };
}

const ids = Array.from({ length: 3000 }, (_, i) => syntheticId(i + 1));
const small: Partial<ShardOptions> = { targetRecords: 64 };

describe('idHash and endsShard', () => {
  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a of %j is the published test vector', (text, expected) => {
    expect(idHash(text)).toBe(expected);
  });

  test('about one id in targetRecords ends a shard', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => syntheticId(i + 1));
    const ends = many.filter((id) => endsShard(id, 256)).length;
    expect(ends).toBeGreaterThan(100_000 / 256 / 1.3);
    expect(ends).toBeLessThan((100_000 / 256) * 1.3);
  });
});

describe('shardFileName and keepsWholeFile', () => {
  test.each([
    ['2405.05949', 'scans-2405.05949.jsonl.gz'],
    ['hep-th/9901001', 'scans-hep-th_9901001.jsonl.gz'],
    ['some-slug', 'scans-some-slug.jsonl.gz'],
  ])('%s → %s', (id, name) => {
    expect(shardFileName(id)).toBe(name);
  });

  test('the whole file is kept up to the limit and dropped above it', () => {
    expect(keepsWholeFile(WHOLE_FILE_MAX_BYTES)).toBe(true);
    expect(keepsWholeFile(WHOLE_FILE_MAX_BYTES + 1)).toBe(false);
    expect(keepsWholeFile(10, 5)).toBe(false);
  });
});

describe('DataShardWriter', async () => {
  const { files, entries } = await write(ids, small);

  test('the shards, gunzipped and concatenated in manifest order, are every record once, in order', () => {
    const text = entries.map((entry) => gunzipSync(files.get(entry.path)!).toString('utf8')).join('');
    expect(text).toBe(ids.map((id) => record(id) + '\n').join(''));
    expect(entries.length).toBeGreaterThan(3000 / 64 / 1.5);
    expect(entries.length).toBeLessThan((3000 / 64) * 1.5);
    expect([...files.keys()]).toEqual(entries.map((entry) => entry.path));
  });

  test('each entry describes its file: name from its first id, counts, sizes and checksums', () => {
    for (const entry of entries) {
      const data = files.get(entry.path)!;
      const content = gunzipSync(data);
      const lines = content.toString('utf8').trimEnd().split('\n');
      expect(entry.path).toBe(shardFileName(entry.first_id));
      expect(entry.records).toBe(lines.length);
      expect(JSON.parse(lines[0]!).id).toBe(entry.first_id);
      expect(JSON.parse(lines.at(-1)!).id).toBe(entry.last_id);
      expect(entry.bytes).toBe(data.length);
      expect(entry.uncompressed_bytes).toBe(content.length);
      expect(entry.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect(entry.uncompressed_sha256).toBe(createHash('sha256').update(content).digest('hex'));
    }
  });

  test('every shard but the last ends on a boundary id', () => {
    for (const entry of entries.slice(0, -1)) expect(endsShard(entry.last_id, 64)).toBe(true);
  });

  test('the same records give the same bytes', async () => {
    const again = await write(ids, small);
    expect(again.entries).toEqual(entries);
    expect(again.files).toEqual(files);
  });

  test('editing one record rewrites only the shard that holds it', async () => {
    const edited = ids[1234]!;
    const after = await write(ids, small, (id) => (id === edited ? 1 : 0));
    const changed = after.entries.filter((entry, i) => entry.sha256 !== entries[i]!.sha256);
    expect(after.entries.map((entry) => entry.path)).toEqual(entries.map((entry) => entry.path));
    expect(changed).toHaveLength(1);
    expect(changed[0]!.first_id <= edited && edited <= changed[0]!.last_id).toBe(true);
  });

  test('adding a record rewrites one shard, or two when its id starts a new one; the others keep name and bytes', async () => {
    const present = new Set(ids);
    const candidates = Array.from({ length: 4000 }, (_, i) => `9901.${String(i + 1).padStart(5, '0')}5`).filter((id) => !present.has(id));
    const plain = candidates.find((id) => !endsShard(id, 64) && id > ids[0]!)!;
    const boundary = candidates.find((id) => endsShard(id, 64) && id > ids[100]! && id < ids[2900]!)!;
    for (const [added, most] of [
      [plain, 1],
      [boundary, 2],
    ] as const) {
      const after = await write([...ids, added].sort(), small);
      const before = new Map(entries.map((entry) => [entry.path, entry.sha256]));
      const rewritten = after.entries.filter((entry) => before.get(entry.path) !== entry.sha256);
      expect(rewritten.length).toBeGreaterThanOrEqual(1);
      expect(rewritten.length).toBeLessThanOrEqual(most);
      expect(after.entries.length - entries.length).toBe(most - 1);
    }
  });

  test('no shard passes maxBytes, and the gzip file stays within it too', async () => {
    const maxBytes = 20_000;
    const capped = await write(ids.slice(0, 500), { targetRecords: 1_000_000, maxBytes });
    expect(capped.entries.length).toBeGreaterThan(1);
    for (const entry of capped.entries) {
      expect(entry.uncompressed_bytes).toBeLessThanOrEqual(maxBytes);
      expect(entry.bytes).toBeLessThanOrEqual(maxBytes * 1.01);
    }
  });

  test('each shard is the bytes its lines gzip to in one call', () => {
    for (const entry of entries) {
      const file = files.get(entry.path)!;
      expect(file.equals(deterministicGzip(gunzipSync(file), 6))).toBe(true);
    }
  });

  test('a shard reaches its file while it is written, not all at the end', async () => {
    const { files, sink } = memorySink();
    const writer = new DataShardWriter(sink, { targetRecords: 1_000_000 });
    // Text that hardly compresses, so zlib has output to hand on as it goes: about 2 MB.
    const noise = (id: string) => Array.from({ length: 16 }, (_, i) => createHash('sha256').update(`${id}/${i}`).digest('hex')).join('');
    const many = ids.slice(0, 2000);
    for (const id of many) await writer.add(id, JSON.stringify({ id, noise: noise(id) }));
    const beforeFinish = files.get(shardFileName(many[0]!))!.length;
    const [entry] = await writer.finish();
    expect(beforeFinish).toBeGreaterThan(entry!.bytes / 2);
  });

  test('a sink that cannot write fails the writer with its error', async () => {
    const writer = new DataShardWriter(() => ({
      write: () => {
        throw new Error('disk full');
      },
      close: () => {},
    }));
    await writer.add(ids[0]!, record(ids[0]!));
    await expect(writer.finish()).rejects.toThrow('disk full');
  });

  test.each([
    [
      'ids out of order',
      async (writer: DataShardWriter) => (await writer.add('9901.00002', '{}'), await writer.add('9901.00001', '{}')),
      'increasing id order',
    ],
    ['a repeated id', async (writer: DataShardWriter) => (await writer.add('9901.00002', '{}'), await writer.add('9901.00002', '{}')), 'increasing id order'],
    ['a record with a line break', (writer: DataShardWriter) => writer.add('9901.00001', '{\n}'), 'more than one line'],
    ['a record over the cap', (writer: DataShardWriter) => writer.add('9901.00001', 'x'.repeat(200)), 'over the shard cap'],
  ])('refuses %s', async (_, act, message) => {
    const writer = new DataShardWriter(memorySink().sink, { maxBytes: 100 });
    await expect(act(writer)).rejects.toThrow(message);
  });

  test.each([[{ targetRecords: 0 }], [{ targetRecords: 1.5 }], [{ maxBytes: 0 }], [{ level: 0 }], [{ level: 10 }]])('refuses options %j', (options) => {
    expect(() => new DataShardWriter(memorySink().sink, options)).toThrow();
  });

  test('no records, no shards', async () => {
    expect((await write([])).entries).toEqual([]);
  });
});

test('dataManifest counts the records and lists the whole file only when kept', async () => {
  const { entries } = await write(ids.slice(0, 200), small);
  const manifest = dataManifest('https://glassbox.example.org/schema/scan.schema.json', entries, null);
  expect(manifest.count).toBe(200);
  expect(manifest.whole).toBeNull();
  expect(manifest.shards).toEqual(entries);
  expect(manifest.format).toContain('JSON lines');
  expect(dataManifest('s', entries, { path: 'scans.json', bytes: 5 }).whole).toEqual({ path: 'scans.json', bytes: 5 });
});
