/**
 * The Atom feed of new and changed audits (`/feed.xml`), one entry per revision of a scan file,
 * saying which checklist answers changed. Written by hand with `escapeXml` and `type="text"`
 * everywhere: feed libraries put titles in `type="html"` CDATA, where a title with markup would
 * be rendered as HTML by feed readers. Dates come from git, so the same history gives the same bytes.
 */
import { summariseChanges, type Revision } from '../history/git-history.ts';
import { compareId } from '../scoring/ranking.ts';
import { escapeXml } from './xml.ts';

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

/** Everything the feed document says about itself. */
export interface FeedMeta {
  title: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
}

/** The Atom 1.0 document. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  // Atom requires <updated>; with no versioned audit the epoch keeps the output reproducible.
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${escapeXml(meta.feedUrl)}</id>`,
    text('title', meta.title),
    text('subtitle', 'New and changed Glassbox transparency audits, with the checklist answers that changed.'),
    `<updated>${escapeXml(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(meta.feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(meta.siteUrl)}"/>`,
    '<author><name>Glassbox contributors</name></author>',
    ...entries.map((entry) =>
      [
        '<entry>',
        `<id>${escapeXml(entry.id)}</id>`,
        text('title', entry.title),
        `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
        `<updated>${escapeXml(entry.updated)}</updated>`,
        text('summary', entry.summary),
        '</entry>',
      ].join(''),
    ),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
