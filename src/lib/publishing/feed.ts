/**
 * The feeds of new and changed audits, one entry per revision of a scan file saying which
 * checklist answers changed: Atom at `/feed.xml` and JSON Feed at `/feed.json`, written by the
 * `feed` package. Dates come from git, so the same history gives the same bytes.
 *
 * `feed` puts Atom titles and summaries in `type="html"` CDATA and JSON Feed summaries in
 * `content_html`, so our plain text is HTML-escaped before it is handed over: readers then show a
 * title with markup as the text it is, and no `]]>` can end the CDATA early.
 */
import { Feed, type FeedOptions } from 'feed';
import { summariseChanges, type Revision } from '../history/git-history.ts';
import { compareId } from '../scoring/ranking.ts';
import { escapeXml } from './xml.ts';

/** The feed's own words, shared by both formats. */
const SUBTITLE = 'New and changed Glassbox transparency audits, with the checklist answers that changed.';
const AUTHOR = 'Glassbox contributors';

/** A scan and its revisions, as the feed needs them. */
export interface FeedSource {
  id: string;
  title: string;
  /** Absolute URL of the audit page. */
  pageUrl: string;
  revisions: readonly Revision[];
}

/** One feed entry: a revision of one audit. */
export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
}

/** The newest revisions across all audits, newest first (ties by scan id), at most `limit`. */
export function feedEntries(sources: readonly FeedSource[], limit = 50): FeedEntry[] {
  const all = sources.flatMap((source) => source.revisions.map((revision) => ({ source, revision, time: Date.parse(revision.date) })));
  all.sort((a, b) => b.time - a.time || compareId(a.source.id, b.source.id));
  return all.slice(0, limit).map(({ source, revision }) => {
    const link = new URL(source.pageUrl);
    link.searchParams.set('v', revision.short);
    const added = revision.kind === 'added';
    const changes = added ? 'New audit.' : revision.changes.length ? `Changed answers: ${summariseChanges(revision.changes)}.` : 'No checklist answer changed.';
    return {
      id: link.href,
      title: `${added ? 'New audit' : 'Audit updated'}: ${source.title}`,
      link: link.href,
      updated: revision.date,
      summary: `${changes} Commit ${revision.short}: ${revision.message}`,
    };
  });
}

/** Everything the feed documents say about themselves. */
export interface FeedMeta {
  title: string;
  /** Absolute URL of the Atom feed. */
  feedUrl: string;
  /** Absolute URL of the JSON Feed. */
  jsonFeedUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
}

// Atom requires <updated>; with no versioned audit the epoch keeps the output reproducible.
const EPOCH = '1970-01-01T00:00:00Z';

function newFeed(meta: FeedMeta, entries: readonly FeedEntry[]): Feed {
  const options: FeedOptions = {
    id: meta.feedUrl,
    title: meta.title,
    description: SUBTITLE,
    link: meta.siteUrl,
    feedLinks: { atom: meta.feedUrl, json: meta.jsonFeedUrl },
    updated: new Date(entries[0]?.updated ?? EPOCH),
    author: { name: AUTHOR },
    generator: false,
  };
  return new Feed(options);
}

/** The Atom 1.0 document. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const feed = newFeed(meta, entries);
  for (const entry of entries) {
    feed.addItem({ id: entry.id, link: entry.link, date: new Date(entry.updated), title: escapeXml(entry.title), description: escapeXml(entry.summary) });
  }
  return feed.atom1() + '\n';
}

/** The JSON Feed document: titles are plain text there; summaries are `content_html`, so escaped. */
export function jsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const feed = newFeed(meta, entries);
  for (const entry of entries) {
    feed.addItem({ id: entry.id, link: entry.link, date: new Date(entry.updated), title: entry.title, description: escapeXml(entry.summary) });
  }
  return feed.json1() + '\n';
}
