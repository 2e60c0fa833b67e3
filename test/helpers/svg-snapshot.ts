/**
 * Snapshot tests for charts, after observablehq/plot's `test/plot-snapshot.js`: the SVG is
 * normalised (one element per line, attributes sorted, whitespace collapsed, numbers to three
 * decimals) so a snapshot changes only when the drawing does, then compared with a committed
 * file. `UPDATE_SNAPSHOTS=1` rewrites the file; otherwise a difference fails with a line diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { expect } from 'vitest';

interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: (SvgElement | string)[];
}

// Geometry only: a number, a list of numbers (viewBox, points), transform functions or path data.
// Text and links are left alone, since ids such as 9901.00001 look like numbers too.
const GEOMETRY =
  /^(?:[-+\d.,\s]+|(?:\s*(?:translate|rotate|scale|matrix|skewX|skewY)\([-+\d.,\s]*\))+\s*|[MmLlHhVvCcSsQqTtAaZz][-+\d.,\sMmLlHhVvCcSsQqTtAaZz]*)$/;
// Rounding hides float noise (38.33333 vs 38.333334) while keeping every drawn difference.
const limitPrecision = (value: string) => (GEOMETRY.test(value) ? value.replace(/-?\d+\.\d{4,}/g, (number) => String(+(+number).toFixed(3))) : value);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Parse markup into a tree of elements; text runs are whitespace-collapsed and blank ones dropped. */
function parseMarkup(markup: string): SvgElement {
  const root: SvgElement = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = { name, attributes, children: [] };
        stack.at(-1)!.children.push(element);
        stack.push(element);
      },
      // The parser may hand one text run over in pieces (around entities): join them first.
      ontext(text) {
        const children = stack.at(-1)!.children;
        if (typeof children.at(-1) === 'string') children[children.length - 1] += text;
        else children.push(text);
      },
      onclosetag() {
        collapseText(stack.pop()!);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  collapseText(root);
  return root;
}

/** Collapse whitespace in an element's own text runs and drop the blank ones. */
function collapseText(element: SvgElement): void {
  element.children = element.children.map((child) => (typeof child === 'string' ? child.replace(/\s+/g, ' ').trim() : child)).filter((child) => child !== '');
}

function serialise(element: SvgElement, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const attributes = Object.keys(element.attributes)
    .sort()
    .map((name) => ` ${name}="${escapeAttribute(limitPrecision(element.attributes[name]!))}"`)
    .join('');
  const open = `${indent}<${element.name}${attributes}`;
  if (element.children.length === 0) return [`${open}/>`];
  // An element holding only text (an SVG <text>, a <title>) stays on one line, as it reads.
  if (element.children.every((child) => typeof child === 'string')) return [`${open}>${escapeText(element.children.join(' '))}</${element.name}>`];
  const inner = element.children.flatMap((child) => (typeof child === 'string' ? [`${indent}  ${escapeText(child)}`] : serialise(child, depth + 1)));
  return [`${open}>`, ...inner, `${indent}</${element.name}>`];
}

/** Normalise SVG (or any well-formed markup) into a stable, diffable text, one element per line. */
export function normaliseSvg(markup: string): string {
  return (
    parseMarkup(markup)
      .children.flatMap((child) => (typeof child === 'string' ? [escapeText(child)] : serialise(child, 0)))
      .join('\n') + '\n'
  );
}

/** The first `<svg …>…</svg>` element whose start tag contains `marker`, e.g. `class="heatmap-svg"`. */
export function extractSvg(html: string, marker: string): string {
  const start = html.search(new RegExp(`<svg\\b[^>]*${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (start < 0) throw new Error(`no <svg> with ${marker} in the markup`);
  // SVG elements do not nest in these charts, so the first closing tag ends this one.
  const end = html.indexOf('</svg>', start);
  if (end < 0) throw new Error(`the <svg> with ${marker} is not closed`);
  return html.slice(start, end + '</svg>'.length);
}

/** Compare normalised SVG with the committed snapshot file, or write it when UPDATE_SNAPSHOTS=1. */
export function expectSvgSnapshot(svg: string, snapshotFile: string): void {
  const actual = normaliseSvg(svg);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(path.dirname(snapshotFile), { recursive: true });
    writeFileSync(snapshotFile, actual);
    return;
  }
  if (!existsSync(snapshotFile)) throw new Error(`no snapshot at ${snapshotFile}: run the test with UPDATE_SNAPSHOTS=1 to write it, then review and commit it`);
  const expected = readFileSync(snapshotFile, 'utf8');
  expect(actual, `SVG differs from ${path.basename(snapshotFile)} (if the change is intended, rerun with UPDATE_SNAPSHOTS=1 and commit the file)`).toBe(
    expected,
  );
}
