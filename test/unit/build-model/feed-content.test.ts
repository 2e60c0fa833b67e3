import { XMLParser } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { FEED_TITLE, feedContent } from '../../../src/build-model/feed-content.ts';
import { auditVersion } from '../../../src/build-model/versions.ts';
import { atomFeed } from '../../../src/lib/publishing/feed.ts';
import { fixtureRecords, revision, SITE_FIXTURES, tableHistory, TEST_CONFIG } from '../../helpers/build-model.ts';

const history = tableHistory(SITE_FIXTURES, {
  '9901.00001': [revision(3, '2026-03-01T00:00:00Z'), revision(1, '2026-01-01T00:00:00Z', 'added')],
  '9901.00004': [revision(2, '2026-02-01T00:00:00Z', 'added')],
});
const content = () => feedContent(fixtureRecords(), (record) => auditVersion(record, history, TEST_CONFIG), TEST_CONFIG);

test('both feeds describe themselves with URLs under the base path', () => {
  expect(content().meta).toEqual({
    title: FEED_TITLE,
    feedUrl: 'https://audits.example.org/glassbox/feed.xml',
    jsonFeedUrl: 'https://audits.example.org/glassbox/feed.json',
    siteUrl: 'https://audits.example.org/glassbox/',
  });
});

test('the feed lists each revision of each audit and each reply, newest first, linking the page pinned to the revision or the reply on the page', () => {
  const expected = [
    'https://audits.example.org/glassbox/papers/9901.00001/?v=0303030',
    'https://audits.example.org/glassbox/papers/9901.00003/#reply-2026-02-03-ivo-jankowski',
    'https://audits.example.org/glassbox/papers/9901.00004/?v=0202020',
    'https://audits.example.org/glassbox/papers/9901.00002/#reply-2026-01-15-yara-yilmaz',
    'https://audits.example.org/glassbox/papers/9901.00001/?v=0101010',
  ];
  const { meta, entries } = content();
  expect(entries.map((entry) => entry.link)).toEqual(expected);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(atomFeed(meta, entries)).feed;
  expect(feed.entry.map((entry: { link: Record<string, string> }) => entry.link['@_href'])).toEqual(expected);
});
