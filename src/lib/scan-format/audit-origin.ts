/**
 * How an audit was made, in the four kinds readers filter by. Apart from `provenance.ts` and
 * `vocabulary.ts` because the leaderboard's client script needs it: this module imports nothing at
 * runtime, so the script carries neither rubric data nor the format's patterns.
 */
import type { AuditMethod } from './vocabulary.ts';

/**
 * How an audit was made, as readers filter it: by a program that no person checked, by a program
 * and then checked by people (wholly or partly), by a person, or not recorded (no provenance).
 */
export const AUDIT_ORIGINS = ['automated', 'reviewed', 'human', 'unrecorded'] as const;
export type AuditOrigin = (typeof AUDIT_ORIGINS)[number];
/** Each way an audit was made, in words for filters, panels and data documentation. */
export const AUDIT_ORIGIN_WORDS: Record<AuditOrigin, string> = {
  automated: 'Automated, not checked by a person',
  reviewed: 'Automated, then checked by a person',
  human: 'Made by a person',
  unrecorded: 'Provenance not recorded',
};

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
  kind: 'unchecked' | 'older-rubric' | 'disputed';
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
  /** Whether a reply to the audit has a statement still open. */
  disputed?: boolean;
}

/** The disputed marker's symbol and words, shared by listings and their legend. */
export const DISPUTED_MARK = { symbol: '⚑', label: 'Disputed: a reply to this audit has points still open' } as const;

/** The markers a listing shows beside a paper: an unchecked automated audit, an answer under an older rubric, an open dispute. */
export function auditMarkers({ origin, rubricVersion, olderRubric, disputed }: AuditFacts): AuditMarker[] {
  const markers: AuditMarker[] = [];
  if (origin === 'automated') markers.push({ kind: 'unchecked', symbol: '⚙', label: 'Automated audit, not checked by a person' });
  if (olderRubric) markers.push({ kind: 'older-rubric', symbol: `v${rubricVersion}`, label: `Answered under rubric v${rubricVersion}, an older version` });
  if (disputed) markers.push({ kind: 'disputed', ...DISPUTED_MARK });
  return markers;
}
