import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { gitBlobId } from '../../../src/lib/scan-format/blob-id.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-blob-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['UTF-8 text', '{"a": "é"}\n'],
  ['an empty file', ''],
  ['a byte-order mark and CRLF line ends', '\ufeff{\r\n}\r\n'],
])('gitBlobId matches git hash-object for %s', (_, text) => {
  const file = path.join(dir, 'x.json');
  writeFileSync(file, text);
  expect(gitBlobId(Buffer.from(text))).toBe(execFileSync('git', ['hash-object', file], { encoding: 'utf8' }).trim());
});

test('a changed byte changes the id', () => {
  expect(gitBlobId(Buffer.from('{"a": 1}'))).not.toBe(gitBlobId(Buffer.from('{"a": 2}')));
});
