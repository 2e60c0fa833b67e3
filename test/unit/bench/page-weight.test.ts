import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractAssets, moduleImports, pageWeight, resolveToFile } from '../../../bench/lib/page-weight.ts';

describe('extractAssets', () => {
  test('finds stylesheets, scripts, preloads and running inline code, not data blocks', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><link rel="preload stylesheet" href="b.css">
      <link rel="modulepreload" href="/_astro/m.js"><link rel="icon" href="/favicon.svg">
      <script type="module" src="/_astro/m.js"></script>
      <script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>
      <script type="module">import"/_astro/x.js";</script>
      <style>.a{color:red}</style></head><body><p>a &lt;script&gt; in text</p></body></html>`;
    expect(extractAssets(html)).toEqual({
      stylesheets: ['/_astro/a.css', 'b.css'],
      scripts: ['/_astro/m.js'],
      inlineScripts: ['import"/_astro/x.js";'],
      inlineStyles: ['.a{color:red}'],
    });
  });
});

describe('moduleImports', () => {
  test.each([
    ['import{a as b}from"./chunk.js";b();', ['./chunk.js'], []],
    ['export{x}from"./re.js";', ['./re.js'], []],
    ['const f=()=>import("./lazy.js");console.log(import.meta.url)', [], ['./lazy.js']],
    ['import"./side.js";const m=await import(`./computed-${n}.js`)', ['./side.js'], []],
  ])('%s', async (code, eager, lazy) => {
    expect(await moduleImports(code)).toEqual({ static: eager, lazy });
  });
});

describe('built site weighing', () => {
  let out: string;
  const files: Record<string, string> = {
    'search/index.html':
      '<html><head><link rel="stylesheet" href="/glassbox/_astro/s.css"><script type="module" src="/glassbox/_astro/entry.js"></script></head><body>Search</body></html>',
    '_astro/s.css': 'body{margin:0}'.repeat(50),
    '_astro/entry.js': 'import{a}from"./shared.js";document.querySelector("x").onclick=()=>import("./fuse.js");',
    '_astro/shared.js': 'export const a=1;'.repeat(20),
    '_astro/fuse.js': 'import{a}from"./shared.js";export default function search(){}'.repeat(30),
  };
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'bench-weight-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
      writeFileSync(path.join(out, name), content);
    }
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test.each([
    ['/glassbox/_astro/s.css', '/glassbox/search/', '_astro/s.css'],
    ['../_astro/s.css', '/glassbox/search/', '_astro/s.css'],
    ['/glassbox/search/', '/glassbox/search/', 'search/index.html'],
    ['/_astro/s.css', '/glassbox/search/', null],
    ['https://cdn.example.org/_astro/s.css', '/glassbox/search/', null],
    ['/glassbox/_astro/missing.js', '/glassbox/search/', null],
  ])('resolveToFile(%s from %s)', (reference, from, expected) => {
    const file = resolveToFile(reference, from, out, '/glassbox/');
    expect(file && path.relative(out, file)).toBe(expected);
  });

  test('counts HTML, CSS and eager JS once each; lazy modules apart', async () => {
    const weight = await pageWeight(out, '/glassbox/search/', '/glassbox/');
    const gz = (name: string) => gzipSync(files[name]!).length;
    expect(weight).toEqual({
      html: gz('search/index.html'),
      css: gz('_astro/s.css'),
      js: gz('_astro/entry.js') + gz('_astro/shared.js'),
      total: gz('search/index.html') + gz('_astro/s.css') + gz('_astro/entry.js') + gz('_astro/shared.js'),
      lazyJs: gz('_astro/fuse.js'),
      files: ['search/index.html', '_astro/s.css', '_astro/entry.js', '_astro/shared.js'],
    });
  });

  test('a page that was not built weighs nothing', async () => {
    expect(await pageWeight(out, '/glassbox/heatmap/', '/glassbox/')).toBeNull();
  });
});
