import { describe, expect, test } from 'vitest';
import { missingTexts, pageText, sampleIndexes, scanTexts } from '../../../bench/lib/audit-page.ts';
import { synthesizeSeedSizedScan } from '../../../scripts/lib/synthetic-scans.ts';
import type { Scan } from '../../../src/lib/scan-format/schema.ts';

test('pageText decodes entities, collapses whitespace and leaves out scripts, styles and JSON-LD', () => {
  const html = `<html><head><style>p{}</style><script type="application/ld+json">{"x":"hidden text"}</script></head>
    <body><p>Fish &amp; chips,\n   <a href="#">twice</a>.</p><script>var hidden = 1</script><details><summary>More</summary>inside</details></body></html>`;
  expect(pageText(html)).toBe('Fish & chips, twice.Moreinside');
});

describe('missingTexts', () => {
  const scan = synthesizeSeedSizedScan(7, 1);
  const texts = scanTexts(scan);
  const page = (parts: string[]) => `<main>${parts.map((text) => `<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('\n')}</main>`;

  test('a scan has a text for each justification, claim, evidence, flag, detail and the findings', () => {
    const items = Object.values(scan.checklist).flatMap((category) => Object.values(category)).length;
    expect(texts).toHaveLength(items + 2 * scan.claims.length + 2 * scan.red_flags.length + 1);
  });

  test('a page showing them all misses none; one left out (or only in JSON-LD) is reported', () => {
    expect(missingTexts(page(texts), scan)).toEqual([]);
    const dropped = scan.red_flags[0]!.detail;
    const without = page(texts.filter((text) => text !== dropped)) + `<script type="application/ld+json">${JSON.stringify(dropped)}</script>`;
    expect(missingTexts(without, scan)).toEqual([dropped]);
  });

  test('text with markup-like characters is compared as the reader sees it', () => {
    const hostile = { ...scan, key_findings: 'Fictional <b>bold</b> & "quoted" findings.' } as Scan;
    expect(missingTexts(page(scanTexts(hostile)), hostile)).toEqual([]);
  });
});

describe('sampleIndexes', () => {
  test.each([
    [10_000, 100, 100, 1, 9901],
    [1000, 100, 100, 1, 991],
    [50, 100, 50, 1, 50],
    [150, 100, 100, 1, 100],
  ])('%i papers, sample %i → %i indexes from %i to %i', (count, sample, length, first, last) => {
    const indexes = sampleIndexes(count, sample);
    expect(indexes).toHaveLength(length);
    expect(indexes[0]).toBe(first);
    expect(indexes.at(-1)).toBe(last);
    expect(indexes.every((index) => index >= 1 && index <= count)).toBe(true);
  });
});
