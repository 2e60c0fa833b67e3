/**
 * Normalised SVG for snapshot tests, after observablehq/plot's `test/plot-snapshot.js`: parsed
 * and printed again one element per line, attributes sorted, numbers rounded to 2 decimals, so
 * a snapshot changes when the drawing does, not when float noise or attribute order does.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const NUMBER = /-?\d+\.\d+/g;

function roundNumbers(value: string): string {
  return value.replace(NUMBER, (match) => String(Math.round(Number(match) * 100) / 100));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function print(node: ChildNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  if (node.type === 'text') {
    const text = node.data.trim();
    if (text) lines.push(indent + escapeText(text));
    return;
  }
  if (node.type !== 'tag') return;
  const element = node as Element;
  const attributes = Object.entries(element.attribs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeText(roundNumbers(value)).replace(/"/g, '&quot;')}"`)
    .join('');
  const children = element.children.filter((child) => child.type === 'tag' || (child.type === 'text' && child.data.trim()));
  if (children.length === 0) {
    lines.push(`${indent}<${element.name}${attributes}/>`);
  } else if (children.length === 1 && children[0]!.type === 'text') {
    lines.push(`${indent}<${element.name}${attributes}>${escapeText(children[0]!.data.trim())}</${element.name}>`);
  } else {
    lines.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) print(child, depth + 1, lines);
    lines.push(`${indent}</${element.name}>`);
  }
}

/** An SVG document in normalised form, one element per line. */
export function normaliseSvg(svg: string): string {
  const document = parseDocument(svg, { xmlMode: true });
  const lines: string[] = [];
  for (const node of document.children) print(node, 0, lines);
  return lines.join('\n') + '\n';
}
