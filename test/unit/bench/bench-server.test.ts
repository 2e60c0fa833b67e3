import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveSite, type StaticServer } from '../../../bench/lib/bench-server.ts';

let out: string;
let server: StaticServer;
const page = '<!doctype html><title>Synthetic</title>' + '<p>Synthetic paper 00042</p>'.repeat(40);

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'bench-server-'));
  mkdirSync(path.join(out, 'search'), { recursive: true });
  writeFileSync(path.join(out, 'search/index.html'), page);
  writeFileSync(path.join(out, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await serveSite(out, '/glassbox/');
});
afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

/** A raw GET, so the body is seen as sent (fetch would decompress it). */
function get(pathname: string, gzip = true): Promise<{ status: number; encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(server.origin + pathname, { headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('folders answer with their index.html, gzipped as GitHub Pages sends text', async () => {
  const response = await get('/glassbox/search/');
  expect(response.status).toBe(200);
  expect(response.encoding).toBe('gzip');
  expect(response.body.length).toBeLessThan(page.length);
  expect(gunzipSync(response.body).toString()).toBe(page);
});

test('clients that do not accept gzip get the plain bytes; binary files are never gzipped', async () => {
  expect((await get('/glassbox/search/', false)).body.toString()).toBe(page);
  const image = await get('/glassbox/logo.png');
  expect(image.encoding).toBeUndefined();
  expect(image.body.length).toBe(4);
});

test.each(['/search/', '/glassbox/missing/', '/glassbox/../etc/passwd', '/glassbox/%2e%2e/%2e%2e/etc/passwd'])('%s is not found', async (pathname) => {
  expect((await get(pathname)).status).toBe(404);
});
