import { NO_COMPANIONS } from '../../../src/lib/publishing/open-data.ts';
import { expect, test } from 'vitest';
import { auditVersion, dataRecord } from '../../../src/build-model/versions.ts';
import { fixtureRecords, revision, SITE_FIXTURES, tableHistory, TEST_CONFIG } from '../../helpers/build-model.ts';

const record = fixtureRecords().find((candidate) => candidate.id === '9901.00001')!;
const nested = fixtureRecords().find((candidate) => candidate.id === 'synth-th/9912001')!;
const history = tableHistory(SITE_FIXTURES, {
  '9901.00001': [revision(2, '2026-02-03T04:05:06+01:00'), revision(1, '2026-01-01T00:00:00Z', 'added')],
});

test('a versioned audit is pinned to its last commit, with forge links', () => {
  const version = auditVersion(record, history, TEST_CONFIG);
  expect(version.pageUrl).toBe('https://audits.example.org/glassbox/papers/9901.00001/');
  expect(version.current?.short).toBe('0202020');
  expect(version.permalink).toBe('https://audits.example.org/glassbox/papers/9901.00001/?v=0202020');
  expect(version.sourceUrl).toBe(`https://github.com/example-org/glassbox/blob/${'02'.repeat(20)}/scans/9901.00001/scan.json`);
  expect(version.historyUrl).toBe('https://github.com/example-org/glassbox/commits/HEAD/scans/9901.00001/scan.json');
  expect(version.citation).toEqual({
    id: '9901.00001',
    paper: record.scan.paper,
    pageUrl: version.pageUrl,
    version: { short: '0202020', date: '2026-02-03T04:05:06+01:00' },
    reviewers: [],
  });
});

test('the citation credits the people the scan’s provenance names: auditors, then reviewers', () => {
  const reviewed = fixtureRecords().find((candidate) => candidate.id === '9903.00103')!;
  expect(auditVersion(reviewed, history, TEST_CONFIG).citation.reviewers).toEqual([{ name: 'Bruno Lindqvist' }, { name: 'Chiara Dunmore' }]);
});

test('an unversioned audit cites no version and links no source', () => {
  const version = auditVersion(nested, history, TEST_CONFIG);
  expect(version.pageUrl).toBe('https://audits.example.org/glassbox/papers/synth-th/9912001/');
  expect(version.current).toBeNull();
  expect(version.permalink).toBe(version.pageUrl);
  expect(version.sourceUrl).toBeUndefined();
  expect(version.historyUrl).toBeUndefined();
  expect(version.citation.version).toBeNull();
});

test('without a repository there are no forge links', () => {
  const version = auditVersion(record, history, { ...TEST_CONFIG, repo: undefined });
  expect(version.sourceUrl).toBeUndefined();
  expect(version.historyUrl).toBeUndefined();
});

test('a data record names the commit and date of the current version, or null', () => {
  expect(dataRecord(record, auditVersion(record, history, TEST_CONFIG)).version).toEqual({ commit: '02'.repeat(20), date: '2026-02-03T04:05:06+01:00' });
  expect(dataRecord(nested, auditVersion(nested, history, TEST_CONFIG))).toEqual({
    id: nested.id,
    scores: nested.scores,
    version: null,
    companions: NO_COMPANIONS,
  });
});
