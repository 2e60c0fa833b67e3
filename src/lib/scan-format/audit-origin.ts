/**
 * How an audit was made, in the four kinds readers filter by. Apart from `provenance.ts` because
 * the leaderboard's client script needs it, and this module imports no rubric data and no zod.
 */
import type { AuditMethod, AuditOrigin } from './vocabulary.ts';

/**
 * How a scan's audit was made: "automated" (a program, no person checked it), "reviewed" (a
 * program, then people checked some or all of it), "human", or "unrecorded" without provenance.
 */
export function auditOrigin(scan: { provenance?: { method: AuditMethod } | undefined }): AuditOrigin {
  const method = scan.provenance?.method;
  if (method === undefined) return 'unrecorded';
  if (method === 'human') return 'human';
  return method === 'automated_then_reviewed' ? 'reviewed' : 'automated';
}

/** A marker beside a paper in a listing: a symbol for the eye and a label for everyone. */
export interface AuditMarker {
  kind: 'unchecked' | 'older-rubric';
  symbol: string;
  label: string;
}

/** What a listing knows about how one audit was made. */
export interface AuditFacts {
  origin: AuditOrigin;
  /** The rubric version the scan answered. */
  rubricVersion: number;
  /** Whether a newer rubric version exists. */
  olderRubric: boolean;
}

/** The markers a listing shows beside a paper: an unchecked automated audit, an answer under an older rubric. */
export function auditMarkers({ origin, rubricVersion, olderRubric }: AuditFacts): AuditMarker[] {
  const markers: AuditMarker[] = [];
  if (origin === 'automated') markers.push({ kind: 'unchecked', symbol: '⚙', label: 'Automated audit, not checked by a person' });
  if (olderRubric) markers.push({ kind: 'older-rubric', symbol: `v${rubricVersion}`, label: `Answered under rubric v${rubricVersion}, an older version` });
  return markers;
}
