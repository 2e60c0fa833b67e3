/**
 * Who checked what: pure questions about a scan's provenance, for pages and data exports.
 *
 * An answer counts as checked by a person when a person made the audit (method "human") or
 * when a review covers it, by "all", by its category, or by its own `category/item` name.
 * Scans that record no provenance are "unrecorded": nothing is claimed either way.
 */
import { RUBRIC_VERSIONS, allItems, currentRubric, findRubricVersion, itemRef, scanRubricVersion, type RubricVersions } from './rubric.ts';
import { auditOrigin, type AuditFacts } from './audit-origin.ts';
import type { Person, Review, Scan } from './schema.ts';

type ScanProvenance = Pick<Scan, 'provenance' | 'rubric_version'>;

/** The reviews that cover one item, in the order the scan lists them. */
export function reviewsCovering(scan: ScanProvenance, categoryKey: string, itemKey: string): Review[] {
  const names = new Set([categoryKey, itemRef(categoryKey, itemKey)]);
  return (scan.provenance?.reviews ?? []).filter((review) => review.covers === 'all' || review.covers.some((name) => names.has(name)));
}

/** Whether and how a person checked one answer. */
export type PersonCheck =
  /** The scan records no provenance. */
  | { kind: 'unrecorded' }
  /** A program answered and no review covers the item. */
  | { kind: 'unchecked' }
  /** A person made the whole audit (method "human"); `reviews` lists any second readers of the item. */
  | { kind: 'answered by a person'; reviews: Review[] }
  /** A program answered and these reviews checked the item. */
  | { kind: 'reviewed'; reviews: Review[] };

/** Whether a person checked the answer to one item, and which reviews did. */
export function personCheck(scan: ScanProvenance, categoryKey: string, itemKey: string): PersonCheck {
  if (!scan.provenance) return { kind: 'unrecorded' };
  const reviews = reviewsCovering(scan, categoryKey, itemKey);
  if (scan.provenance.method === 'human') return { kind: 'answered by a person', reviews };
  return reviews.length ? { kind: 'reviewed', reviews } : { kind: 'unchecked' };
}

/** True when a person made or reviewed the answer to one item; false when unchecked or unrecorded. */
export function isCheckedByPerson(scan: ScanProvenance, categoryKey: string, itemKey: string): boolean {
  const { kind } = personCheck(scan, categoryKey, itemKey);
  return kind === 'answered by a person' || kind === 'reviewed';
}

/** How much of a scan people checked, over the items of the rubric version it answered. */
export type ReviewCoverage = 'unrecorded' | 'none' | 'partial' | 'full';

/** Whether people checked none, some or all of a scan's answers ("unrecorded" without provenance). */
export function reviewCoverage(scan: ScanProvenance, versions: RubricVersions = RUBRIC_VERSIONS): ReviewCoverage {
  if (!scan.provenance) return 'unrecorded';
  const rubric = findRubricVersion(scanRubricVersion(scan, versions), versions);
  const items = rubric ? allItems(rubric.categories) : [];
  const checked = items.filter(({ category, item }) => isCheckedByPerson(scan, category.key, item.key)).length;
  if (items.length > 0 && checked === items.length) return 'full';
  return checked === 0 ? 'none' : 'partial';
}

/** The people who made or checked the audit: its auditors, then its reviewers, each person once (same name and ORCID iD). */
export function auditPeople(scan: Pick<Scan, 'provenance'>): Person[] {
  const seen = new Set<string>();
  const people = [...(scan.provenance?.auditors ?? []), ...(scan.provenance?.reviews ?? []).map((review) => review.reviewer)];
  return people.filter((person) => {
    const key = JSON.stringify([person.name, person.orcid ?? '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a scan's audit was made and which rubric version it answered, for listings' markers and filters. */
export function auditFacts(scan: Pick<Scan, 'provenance' | 'rubric_version'>, versions: RubricVersions = RUBRIC_VERSIONS): AuditFacts {
  const rubricVersion = scanRubricVersion(scan, versions);
  return { origin: auditOrigin(scan), rubricVersion, olderRubric: rubricVersion < currentRubric(versions).version };
}
