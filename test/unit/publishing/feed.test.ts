import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed, feedEntries, type FeedSource } from '../../../src/lib/publishing/feed.ts';
import type { Revision } from '../../../src/lib/history/git-history.ts';

const revision = (short: string, date: string, kind: Revision['kind'], changes: Revision['changes'] = [], message = `Commit ${short}`): Revision => ({
  commit: short.padEnd(40, '0'),
  short,
  date,
  message,
  kind,
  changes,
});

const sources: FeedSource[] = [
  {
    id: '9901.00001',
    title: 'Synthetic paper 00001',
    pageUrl: 'https://x.org/g/papers/9901.00001/',
    revisions: [
      revision('bbbbbbb', '2026-02-01T00:00:00+00:00', 'modified', [{ category: 'artifacts', item: 'code_released', before: 'yes', after: 'no' }]),
      revision('aaaaaaa', '2026-01-01T00:00:00+00:00', 'added'),
    ],
  },
  {
    id: '9901.00002',
    title: '</title><script>alert(1)</script> & ]]> \u0007',
    pageUrl: 'https://x.org/g/papers/9901.00002/',
    revisions: [revision('ccccccc', '2026-01-15T00:00:00+01:00', 'added', [], 'Add <b>bold</b> audit')],
  },
];

describe('feed entries', () => {
  const entries = feedEntries(sources);

  test('one per revision, newest first, saying what changed', () => {
    expect(entries.map((entry) => [entry.title.split(':')[0], entry.link])).toEqual([
      ['Audit updated', 'https://x.org/g/papers/9901.00001/?v=bbbbbbb'],
      ['New audit', 'https://x.org/g/papers/9901.00002/?v=ccccccc'],
      ['New audit', 'https://x.org/g/papers/9901.00001/?v=aaaaaaa'],
    ]);
    expect(entries[0]!.summary).toBe('Changed answers: Code released: yes → no. Commit bbbbbbb: Commit bbbbbbb');
  });

  test('limit keeps the newest', () => {
    expect(feedEntries(sources, 1).map((entry) => entry.id)).toEqual(['https://x.org/g/papers/9901.00001/?v=bbbbbbb']);
  });
});

describe('Atom document', () => {
  const xml = atomFeed({ title: 'Glassbox audits', feedUrl: 'https://x.org/g/feed.xml', siteUrl: 'https://x.org/g/' }, feedEntries(sources));
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;

  test('is well-formed XML whose hostile title stays text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const hostile = parsed.entry[1];
    expect(hostile.title.type).toBe('text');
    expect(
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(xml).feed.entry[1].title['#text'],
    ).toBe('New audit: </title><script>alert(1)</script> & ]]>');
  });

  test('feed updated is the newest entry; an empty feed is still reproducible', () => {
    expect(parsed.updated).toBe('2026-02-01T00:00:00+00:00');
    const empty = atomFeed({ title: 't', feedUrl: 'https://x.org/feed.xml', siteUrl: 'https://x.org/' }, []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });
});
