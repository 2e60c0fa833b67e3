/**
 * A scan as the build keeps it in memory: every field but the text of each checklist answer
 * (its justification and quotes). Only the audit page shows that text, and it reads it again
 * from the scan's file; rankings, listings, data and charts need the answers alone. Measured
 * at 5,000 seed-sized scans, the text is 42% of a parsed scan (16.6 KB of heap, 9.6 KB
 * without it). At 100,000 scans garbage collection was 29% of the build's CPU profile, with
 * 3.5 GB of heap in use; without the text, 2.7 GB at the same point (issue 14).
 */
import type { ChecklistItem, Scan } from './schema.ts';

/** A checklist answer without its text. */
export type ListedAnswer = Omit<ChecklistItem, 'justification' | 'evidence'>;

/** A scan without the text of its checklist answers. A whole `Scan` is one too. */
export type ListedScan = Omit<Scan, 'checklist'> & { checklist: Record<string, Record<string, ListedAnswer>> };

/** The scan without its answers' text, in new objects: the parsed text is left for the collector. */
export function listedScan(scan: Scan): ListedScan {
  const checklist: Record<string, Record<string, ListedAnswer>> = {};
  for (const [category, answers] of Object.entries(scan.checklist)) {
    const listed: Record<string, ListedAnswer> = {};
    for (const [item, { justification: _justification, evidence: _evidence, ...answer }] of Object.entries(answers)) listed[item] = answer;
    checklist[category] = listed;
  }
  return { ...scan, checklist };
}
