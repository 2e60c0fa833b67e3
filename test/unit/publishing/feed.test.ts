import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { atomFeed, feedEntries, jsonFeed, type FeedSource } from '../../../src/lib/publishing/feed.ts';
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

const meta = { title: 'Glassbox audits', feedUrl: 'https://x.org/g/feed.xml', jsonFeedUrl: 'https://x.org/g/feed.json', siteUrl: 'https://x.org/g/' };
/** What a feed reader shows for an HTML title or summary: the text of the parsed HTML. */
const shown = (html: string) => DomUtils.textContent(parseDocument(html));

describe('Atom document', () => {
  const xml = atomFeed(meta, feedEntries(sources));
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed;

  test('describes itself: id, title, subtitle, author, self and alternate links', () => {
    expect(parsed.id).toBe('https://x.org/g/feed.xml');
    expect(parsed.title).toBe('Glassbox audits');
    expect(parsed.subtitle).toBe('New and changed Glassbox transparency audits, with the checklist answers that changed.');
    expect(parsed.author).toEqual({ name: 'Glassbox contributors' });
    expect(parsed.link).toEqual([
      { rel: 'alternate', href: 'https://x.org/g/' },
      { rel: 'self', href: 'https://x.org/g/feed.xml' },
    ]);
  });

  test('entries: id, permalink, date and what changed, newest first', () => {
    expect(parsed.entry.map((entry: { id: string; link: { href: string }; updated: string }) => [entry.id, entry.link.href, entry.updated])).toEqual([
      ['https://x.org/g/papers/9901.00001/?v=bbbbbbb', 'https://x.org/g/papers/9901.00001/?v=bbbbbbb', '2026-02-01T00:00:00.000Z'],
      ['https://x.org/g/papers/9901.00002/?v=ccccccc', 'https://x.org/g/papers/9901.00002/?v=ccccccc', '2026-01-14T23:00:00.000Z'],
      ['https://x.org/g/papers/9901.00001/?v=aaaaaaa', 'https://x.org/g/papers/9901.00001/?v=aaaaaaa', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(shown(parsed.entry[0].summary['#text'])).toBe('Changed answers: Code released: yes → no. Commit bbbbbbb: Commit bbbbbbb');
  });

  test('is well-formed XML whose hostile title and message a reader shows as text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const hostile = parsed.entry[1];
    expect(hostile.title.type).toBe('html');
    expect(shown(hostile.title['#text']).trim()).toBe('New audit: </title><script>alert(1)</script> & ]]>');
    expect(shown(hostile.summary['#text'])).toBe('New audit. Commit ccccccc: Add <b>bold</b> audit');
  });

  test('feed updated is the newest entry; an empty feed is still reproducible', () => {
    expect(parsed.updated).toBe('2026-02-01T00:00:00.000Z');
    const empty = atomFeed(meta, []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(empty).toBe(atomFeed(meta, []));
  });
});

describe('JSON Feed document', () => {
  const json = JSON.parse(jsonFeed(meta, feedEntries(sources)));

  test('says the same as the Atom feed, with plain-text titles', () => {
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1',
      title: 'Glassbox audits',
      home_page_url: 'https://x.org/g/',
      feed_url: 'https://x.org/g/feed.json',
      author: { name: 'Glassbox contributors' },
    });
    expect(json.items.map((item: { id: string; url: string; date_modified: string }) => [item.id, item.url, item.date_modified])).toEqual([
      ['https://x.org/g/papers/9901.00001/?v=bbbbbbb', 'https://x.org/g/papers/9901.00001/?v=bbbbbbb', '2026-02-01T00:00:00.000Z'],
      ['https://x.org/g/papers/9901.00002/?v=ccccccc', 'https://x.org/g/papers/9901.00002/?v=ccccccc', '2026-01-14T23:00:00.000Z'],
      ['https://x.org/g/papers/9901.00001/?v=aaaaaaa', 'https://x.org/g/papers/9901.00001/?v=aaaaaaa', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(json.items[1].title).toBe('New audit: </title><script>alert(1)</script> & ]]> \u0007');
    expect(json.items[1].content_html).toBe('New audit. Commit ccccccc: Add &lt;b&gt;bold&lt;/b&gt; audit');
  });
});
