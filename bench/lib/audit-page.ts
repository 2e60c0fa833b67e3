/**
 * What an audit page must still show however it is slimmed down: every justification, claim and
 * its evidence, red flag and its detail, and the key findings of its scan. The benchmark checks a
 * sample of built pages against their scans, so the page-size budget cannot be met by dropping text.
 */
import { Parser } from 'htmlparser2';
import type { Scan } from '../../src/lib/scan-format/schema.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a page as a reader gets it (entities decoded, whitespace collapsed), without scripts, styles and JSON-LD. */
export function pageText(html: string): string {
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script' || name === 'style' || name === 'template') skipping += 1;
      },
      ontext(text) {
        if (!skipping) parts.push(text);
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style' || name === 'template') skipping -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return collapse(parts.join(''));
}

/** The texts of a scan its audit page must show. */
export function scanTexts(scan: Scan): string[] {
  const justifications = Object.values(scan.checklist).flatMap((category) => Object.values(category).map((item) => item.justification));
  return [
    ...justifications,
    ...scan.claims.flatMap((claim) => [claim.claim, claim.evidence]),
    ...scan.red_flags.flatMap((flag) => [flag.flag, flag.detail]),
    scan.key_findings,
  ].map(collapse);
}

/** The texts of `scan` that the page at `html` does not show. */
export function missingTexts(html: string, scan: Scan): string[] {
  const text = pageText(html);
  return scanTexts(scan).filter((wanted) => !text.includes(wanted));
}

/** Every `step`-th of `count` papers (1-based), at most `sample` of them: spread over the whole range. */
export function sampleIndexes(count: number, sample: number): number[] {
  const step = Math.max(1, Math.floor(count / sample));
  return Array.from({ length: Math.min(sample, Math.floor(count / step)) }, (_, i) => 1 + i * step);
}
