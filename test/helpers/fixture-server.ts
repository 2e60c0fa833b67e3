/**
 * A tiny static file server for built fixture sites, standing in for GitHub Pages in tests.
 *
 * It serves one output folder under a base path (`/` or `/glassbox/`), answers folders with their
 * `index.html`, and falls back to the site's `404.html` with status 404, as GitHub Pages does.
 * Anything outside the base path is a 404 too, so a link that forgets the base path fails a test.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** A running static server for one built site. */
export interface StaticSite {
  /** Origin plus base path, always ending in `/`, e.g. `http://127.0.0.1:41234/glassbox/`. */
  url: string;
  /** Absolute URL of a site path given relative to the base (`leaderboard/` or `/leaderboard/`). */
  page(sitePath: string): string;
  close(): Promise<void>;
}

/** Map a request path onto a file below `root`, or null when it escapes the base path or the folder. */
export function resolveRequestPath(root: string, base: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith(base)) return null;
  const relative = decoded.slice(base.length);
  const file = path.resolve(root, '.' + path.posix.sep + relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

async function existingFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return existingFile(path.join(file, 'index.html'));
  return null;
}

/** Serve `outDir` on 127.0.0.1 (a free port) under `base`; close it when done. */
export async function serveSite(outDir: string, base = '/'): Promise<StaticSite> {
  const root = path.resolve(outDir);
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    void (async () => {
      const candidate = resolveRequestPath(root, normalisedBase, url.pathname);
      // GitHub Pages redirects a folder without its trailing slash; relative links depend on it.
      if (candidate && !url.pathname.endsWith('/') && (await stat(candidate).catch(() => null))?.isDirectory()) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const file = candidate ? await existingFile(candidate) : null;
      const served = file ?? (await existingFile(path.join(root, '404.html')));
      const status = file ? 200 : 404;
      const body = served ? await readFile(served) : Buffer.from('Not found');
      const type = served ? (CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream') : 'text/plain';
      // GitHub Pages' own header: a page's styles and scripts come from the browser's memory cache
      // on the next page, as they would for a reader. (no-store refetched about a dozen files on
      // every navigation and made each load about a third slower.)
      response.writeHead(status, { 'content-type': type, 'cache-control': 'max-age=600' });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const siteUrl = `http://127.0.0.1:${port}${normalisedBase}`;
  return {
    url: siteUrl,
    page: (sitePath) => new URL(sitePath.replace(/^\//, ''), siteUrl).href,
    // Chromium outlives a test file (see served-site.ts) and keeps its connections alive: drop
    // them, or close would wait out their keep-alive.
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
