import { describe, expect, test } from 'vitest';
import { CATEGORY_KEYS } from '../../../src/lib/scan-format/rubric.ts';
import { auditFacts, auditPeople, isCheckedByPerson, personCheck, reviewCoverage, reviewsCovering } from '../../../src/lib/scan-format/provenance.ts';
import type { Provenance, Review, Scan } from '../../../src/lib/scan-format/schema.ts';
import { testRubricVersions } from '../../helpers/test-rubric.ts';

const V1_CATEGORIES = [...CATEGORY_KEYS];
const review = (name: string, covers: Review['covers']): Review => ({ reviewer: { name }, reviewed_on: '2026-10-02', covers });
const withProvenance = (provenance: Provenance | undefined, rubric_version?: number): Pick<Scan, 'provenance' | 'rubric_version'> => ({
  provenance,
  rubric_version,
});
const automated = (reviews: Review[]): Provenance => ({
  method: reviews.length ? 'automated_then_reviewed' : 'automated',
  audited_on: '2026-10-01',
  tool: { name: 'Synthetic scanner', version: '0.1.0' },
  reviews,
});

describe('who checked an item', () => {
  test('a scan without provenance claims nothing', () => {
    const scan = withProvenance(undefined);
    expect(personCheck(scan, 'artifacts', 'code_released')).toEqual({ kind: 'unrecorded' });
    expect(isCheckedByPerson(scan, 'artifacts', 'code_released')).toBe(false);
    expect(reviewCoverage(scan)).toBe('unrecorded');
  });

  test('an automated scan without reviews: no item is checked', () => {
    const scan = withProvenance(automated([]));
    expect(personCheck(scan, 'artifacts', 'code_released')).toEqual({ kind: 'unchecked' });
    expect(reviewCoverage(scan)).toBe('none');
  });

  test('a review covers an item by "all", by its category, or by its own name', () => {
    const all = review('Reviewer A', 'all');
    const category = review('Reviewer B', ['statistical_methodology']);
    const item = review('Reviewer C', ['artifacts/code_released', 'contamination/training_cutoff_stated']);
    const scan = withProvenance(automated([all, category, item]));
    expect(reviewsCovering(scan, 'artifacts', 'code_released')).toEqual([all, item]);
    expect(reviewsCovering(scan, 'statistical_methodology', 'variance_reported')).toEqual([all, category]);
    expect(reviewsCovering(scan, 'artifacts', 'data_released')).toEqual([all]);
    expect(personCheck(scan, 'artifacts', 'code_released')).toEqual({ kind: 'reviewed', reviews: [all, item] });
  });

  test('a partial review: checked items and unchecked ones, told apart per item', () => {
    const scan = withProvenance(automated([review('Reviewer C', ['artifacts', 'contamination/training_cutoff_stated'])]));
    expect(isCheckedByPerson(scan, 'artifacts', 'data_released')).toBe(true);
    expect(isCheckedByPerson(scan, 'contamination', 'training_cutoff_stated')).toBe(true);
    expect(isCheckedByPerson(scan, 'contamination', 'train_test_overlap_discussed')).toBe(false);
    // A category key does not match an item of another category that shares a prefix.
    expect(isCheckedByPerson(scan, 'artifacts_extra', 'code_released')).toBe(false);
    expect(reviewCoverage(scan)).toBe('partial');
  });

  test('"all" covers the whole scan; so does a list of every category', () => {
    expect(reviewCoverage(withProvenance(automated([review('Reviewer A', 'all')])))).toBe('full');
    expect(reviewCoverage(withProvenance(automated([review('Reviewer B', V1_CATEGORIES.slice(0, 6)), review('Reviewer C', V1_CATEGORIES.slice(6))])))).toBe(
      'full',
    );
  });

  test('coverage is counted over the version the scan answered', () => {
    const versions = testRubricVersions();
    // A review of every version-1 category covers a version-1 scan fully; version 2 adds a
    // category, so the same review covers a version-2 scan only partly.
    const reviews = [review('Reviewer A', V1_CATEGORIES)];
    expect(reviewCoverage(withProvenance(automated(reviews), 1), versions)).toBe('full');
    expect(reviewCoverage(withProvenance(automated(reviews), 2), versions)).toBe('partial');
  });

  test('in a human audit every item was answered by a person; reviews are second readers', () => {
    const second = review('Reviewer D', ['artifacts/code_released']);
    const scan = withProvenance({ method: 'human', audited_on: '2026-10-01', auditors: [{ name: 'Synthetic auditor' }], reviews: [second] });
    expect(personCheck(scan, 'artifacts', 'code_released')).toEqual({ kind: 'answered by a person', reviews: [second] });
    expect(personCheck(scan, 'artifacts', 'data_released')).toEqual({ kind: 'answered by a person', reviews: [] });
    expect(reviewCoverage(scan)).toBe('full');
  });
});

describe('the people behind an audit, and its facts for listings', () => {
  test('auditors then reviewers, each person once', () => {
    const person = (name: string, orcid?: string) => ({ name, ...(orcid && { orcid }) });
    const scan = withProvenance({
      method: 'human',
      audited_on: '2026-10-01',
      auditors: [person('A'), person('B', '0000-0002-1825-0097')],
      reviews: [review('B', 'all'), { ...review('C', 'all'), reviewer: person('B', '0000-0002-1825-0097') }, review('C', ['artifacts'])],
    });
    expect(auditPeople(scan).map((entry) => entry.name)).toEqual(['A', 'B', 'B', 'C']);
    expect(auditPeople(withProvenance(undefined))).toEqual([]);
  });

  test('auditFacts: origin, version answered, and whether it is older than the current one', () => {
    expect(auditFacts(withProvenance(automated([])))).toEqual({ origin: 'automated', rubricVersion: 1, olderRubric: false });
    expect(auditFacts(withProvenance(undefined, 1), testRubricVersions())).toEqual({ origin: 'unrecorded', rubricVersion: 1, olderRubric: true });
    expect(auditFacts(withProvenance(automated([review('A', 'all')]), 2), testRubricVersions())).toEqual({
      origin: 'reviewed',
      rubricVersion: 2,
      olderRubric: false,
    });
  });
});
