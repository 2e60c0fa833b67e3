import { describe, expect, test } from 'vitest';
import { atomFeed } from '../../../src/lib/publishing/feed.ts';
import { replyFeedEntries, type ReplyFeedSource } from '../../../src/lib/replies/reply-feed.ts';
import { validateScansDir } from '../../../src/lib/scan-format/validator.ts';
import { hostileReply } from '../../helpers/hostile.ts';

const { scans } = validateScansDir('test/fixtures/site');
const sources: ReplyFeedSource[] = scans.map((scan) => ({
  id: scan.id,
  title: scan.scan.paper.title,
  pageUrl: `https://x.org/g/papers/${scan.id}/`,
  replies: scan.replies,
}));

describe('feed entries for replies', () => {
  const entries = replyFeedEntries(sources);

  test('one per reply, newest first, linking to the reply on its audit page', () => {
    expect(entries.map((entry) => entry.id)).toEqual([
      'https://x.org/g/papers/9901.00003/#reply-2026-02-03-ivo-jankowski',
      'https://x.org/g/papers/9901.00002/#reply-2026-01-15-yara-yilmaz',
    ]);
    expect(entries.map((entry) => entry.updated)).toEqual(['2026-02-03T00:00:00Z', '2026-01-15T00:00:00Z']);
    expect(entries[1]!.link).toBe(entries[1]!.id);
  });

  test('say who replied and, per point, what it is about and where it stands', () => {
    expect(entries[1]).toMatchObject({
      title: 'Reply from an author: Synthetic paper 00002: scaling fictional transformers',
      summary:
        'Yara Yilmaz (Institute of Fictional Studies), an author of the paper, on 2 points: Data released (open); Variance reported (corrected in 0123abc on 2026-01-20).',
    });
    expect(entries[0]).toMatchObject({
      title: `Reply: ${scans.find((scan) => scan.id === '9901.00003')!.scan.paper.title}`,
      summary: 'Ivo Jankowski, on 2 points: red flag 1 (the audit stands); claim 2 (open).',
    });
  });

  test('respect the limit', () => {
    expect(replyFeedEntries(sources, 1)).toHaveLength(1);
  });

  test('hostile text stays text in the Atom document', () => {
    const [entry] = replyFeedEntries([
      {
        id: 'x',
        title: '</title><script>alert(1)</script>',
        pageUrl: 'https://x.org/p/x/',
        replies: [{ name: '2026-01-02-hostile-replier', reply: hostileReply() }],
      },
    ]);
    const xml = atomFeed({ title: 'Glassbox', feedUrl: 'https://x.org/feed.xml', jsonFeedUrl: 'https://x.org/feed.json', siteUrl: 'https://x.org/' }, [entry!]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});
