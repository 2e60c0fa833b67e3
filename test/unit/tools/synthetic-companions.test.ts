import { describe, expect, test } from 'vitest';
import type { Scan } from '../../../src/lib/scan-format/schema.ts';
import { synthesizeCompanions } from '../../../scripts/lib/synthetic-companions.ts';
import { synthesizeScan } from '../../../scripts/lib/synthetic-scans.ts';

const scans = Array.from({ length: 300 }, (_, i) => synthesizeScan(i + 1, 3));

describe('synthetic independent audits and replies', () => {
  const shares = { secondAudits: 0.1, replies: 0.05 };
  const companions = scans.map((scan, i) => synthesizeCompanions(scan, i + 1, 3, shares));

  test('about the asked share of papers get them, deterministic for a seed', () => {
    const audited = companions.filter((c) => c.audits.length).length;
    const replied = companions.filter((c) => c.replies.length).length;
    expect(audited).toBeGreaterThan(15);
    expect(audited).toBeLessThan(45);
    expect(replied).toBeGreaterThan(5);
    expect(replied).toBeLessThan(30);
    expect(companions.some((c) => c.audits.length === 2)).toBe(true);
    expect(synthesizeCompanions(scans[0]!, 1, 3, shares)).toEqual(companions[0]);
    const none = scans.map((scan, i) => synthesizeCompanions(scan, i + 1, 3, { secondAudits: 0, replies: 0 }));
    expect(none.every((nothing) => nothing.audits.length === 0 && nothing.replies.length === 0)).toBe(true);
  });

  test('they are plainly fictional, of the same paper, and differ from the published answers on some items only', () => {
    for (const [i, { audits, replies }] of companions.entries()) {
      for (const audit of audits) {
        expect(audit.scan.paper).toEqual(scans[i]!.paper);
        expect(audit.scan.key_findings).toMatch(/^This is a fictional independent audit generated for testing\./);
      }
      for (const { reply } of replies) for (const statement of reply.statements) expect(statement.text).toMatch(/^Synthetic reply: /);
    }
    // Answers differ from the published ones with a chance of 2% to 32% per item: about 17% overall.
    const answers = (scan: Scan) => Object.values(scan.checklist).flatMap((items) => Object.values(items).map((item) => `${item.applies}/${item.answer}`));
    const compared = companions.flatMap((c, i) => c.audits.flatMap((audit) => answers(audit.scan).map((answer, n) => answer !== answers(scans[i]!)[n])));
    const share = compared.filter(Boolean).length / compared.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.3);
  });
});
