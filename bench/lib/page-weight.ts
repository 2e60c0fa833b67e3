/**
 * What a page costs to load, read from the built files: the HTML, the stylesheets it links, and
 * the scripts it runs on load (including modules those scripts import statically; modules
 * behind a lazy `import()` are not part of the first load and are listed apart), each gzipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { Parser } from 'htmlparser2';

/** Everything a page pulls in, as written in the HTML. */
export interface PageAssets {
  stylesheets: string[];
  /** External scripts and module preloads, in document order. */
  scripts: string[];
  /** Text of inline scripts that run (JSON data blocks excluded). */
  inlineScripts: string[];
  inlineStyles: string[];
}

const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'importmap']);

/** List the stylesheets and scripts an HTML page references. */
export function extractAssets(html: string): PageAssets {
  const assets: PageAssets = { stylesheets: [], scripts: [], inlineScripts: [], inlineStyles: [] };
  let inline: { kind: 'script' | 'style'; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (name === 'link' && attributes.href && rel.includes('stylesheet')) assets.stylesheets.push(attributes.href);
        if (name === 'link' && attributes.href && rel.includes('modulepreload')) assets.scripts.push(attributes.href);
        if (name === 'script' && attributes.src) assets.scripts.push(attributes.src);
        else if (name === 'script' && !DATA_SCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) inline = { kind: 'script', text: '' };
        if (name === 'style') inline = { kind: 'style', text: '' };
      },
      ontext(text) {
        if (inline) inline.text += text;
      },
      onclosetag(name) {
        if (!inline || (name !== 'script' && name !== 'style')) return;
        if (inline.text.trim()) (inline.kind === 'script' ? assets.inlineScripts : assets.inlineStyles).push(inline.text);
        inline = null;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  assets.scripts = [...new Set(assets.scripts)];
  return assets;
}

/** Specifiers a module imports, split into those loaded with it and those loaded lazily. */
export async function moduleImports(code: string): Promise<{ static: string[]; lazy: string[] }> {
  await initLexer;
  const [imports] = parseModule(code);
  const result = { static: [] as string[], lazy: [] as string[] };
  for (const entry of imports) {
    // d: -1 static import/export-from, -2 import.meta, ≥ 0 dynamic import() (n is undefined when the specifier is computed).
    if (entry.d === -2 || entry.n === undefined) continue;
    (entry.d === -1 ? result.static : result.lazy).push(entry.n);
  }
  return result;
}

/** Resolve a reference in a page to a file in the built site; `null` for other origins or missing files. */
export function resolveToFile(reference: string, fromSitePath: string, outDir: string, base: string): string | null {
  const url = new URL(reference, new URL(fromSitePath, 'http://site.invalid'));
  if (url.origin !== 'http://site.invalid') return null;
  const prefix = base.endsWith('/') ? base : base + '/';
  if (!url.pathname.startsWith(prefix)) return null;
  let relative = decodeURIComponent(url.pathname.slice(prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = path.join(outDir, relative);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Gzipped size at the default level, as a static host would serve it. */
export function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content).length;
}

/** Gzipped bytes of one page's first load, by kind. */
export interface PageWeight {
  html: number;
  css: number;
  /** External scripts plus their static imports, plus inline scripts. */
  js: number;
  /** HTML + CSS + external JS: inline scripts are already inside the HTML's bytes. */
  total: number;
  /** Gzipped bytes of modules only loaded through `import()`, not part of `total`. */
  lazyJs: number;
  /** Files counted, relative to the output folder, for the report. */
  files: string[];
}

/** Weigh the page at `sitePath` (e.g. `/glassbox/search/`) in a built site. */
export async function pageWeight(outDir: string, sitePath: string, base: string): Promise<PageWeight | null> {
  const htmlFile = resolveToFile(sitePath, sitePath, outDir, base);
  if (!htmlFile) return null;
  const html = readFileSync(htmlFile, 'utf8');
  const assets = extractAssets(html);
  const files = [path.relative(outDir, htmlFile)];
  let css = 0;
  for (const href of assets.stylesheets) {
    const file = resolveToFile(href, sitePath, outDir, base);
    if (file) {
      css += gzipBytes(readFileSync(file));
      files.push(path.relative(outDir, file));
    }
  }
  const inlineJs = assets.inlineScripts.reduce((sum, text) => sum + gzipBytes(text), 0);
  let js = 0;
  let lazyJs = 0;
  const seen = new Set<string>();
  const lazyQueue: { file: string; sitePath: string }[] = [];
  const visit = async (reference: string, fromSitePath: string, lazy: boolean) => {
    const file = resolveToFile(reference, fromSitePath, outDir, base);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const size = gzipBytes(code);
    if (lazy) lazyJs += size;
    else {
      js += size;
      files.push(path.relative(outDir, file));
    }
    const moduleSitePath = new URL(reference, new URL(fromSitePath, 'http://site.invalid')).pathname;
    const imports = await moduleImports(code);
    for (const specifier of imports.static) await visit(specifier, moduleSitePath, lazy);
    for (const specifier of imports.lazy) lazyQueue.push({ file: specifier, sitePath: moduleSitePath });
  };
  for (const src of assets.scripts) await visit(src, sitePath, false);
  // Lazy modules are visited after every eager one, so a module both imported and lazily
  // imported counts once, as eager.
  while (lazyQueue.length) {
    const next = lazyQueue.shift()!;
    await visit(next.file, next.sitePath, true);
  }
  const htmlBytes = gzipBytes(html);
  return { html: htmlBytes, css, js: js + inlineJs, total: htmlBytes + css + js, lazyJs, files };
}
