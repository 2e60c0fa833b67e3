import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { FEED_TITLE, feedXml } from '../../../src/build-model/feed.ts';
import { auditVersion } from '../../../src/build-model/versions.ts';
import { fixtureRecords, revision, SITE_FIXTURES, tableHistory, TEST_CONFIG } from '../../helpers/build-model.ts';

test('the feed lists each revision of each audit, newest first, linking the page pinned to it', () => {
  const records = fixtureRecords();
  const history = tableHistory(SITE_FIXTURES, {
    '9901.00001': [revision(3, '2026-03-01T00:00:00Z'), revision(1, '2026-01-01T00:00:00Z', 'added')],
    '9901.00004': [revision(2, '2026-02-01T00:00:00Z', 'added')],
  });
  const xml = feedXml(records, (record) => auditVersion(record, history, TEST_CONFIG), TEST_CONFIG);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
  expect(feed.title['#text']).toBe(FEED_TITLE);
  expect(feed.link.map((link: Record<string, string>) => link['@_href'])).toEqual([
    'https://audits.example.org/glassbox/feed.xml',
    'https://audits.example.org/glassbox/',
  ]);
  expect(feed.entry.map((entry: { link: Record<string, string> }) => entry.link['@_href'])).toEqual([
    'https://audits.example.org/glassbox/papers/9901.00001/?v=0303030',
    'https://audits.example.org/glassbox/papers/9901.00004/?v=0202020',
    'https://audits.example.org/glassbox/papers/9901.00001/?v=0101010',
  ]);
});
