/**
 * Feed entries for replies, in the shape of the audit feed's entries (`publishing/feed.ts`), so
 * the feed can list a new reply beside new and changed audits. Dates are the replies' own, so
 * the same files give the same entries on every build.
 */
import type { FeedEntry } from '../publishing/feed.ts';
import { replyAnchor } from '../site/anchors.ts';
import { describeOutcome, describeReplier, describeTarget, type NamedReply } from './replies.ts';

/** A paper's replies, as the feed needs them. */
export interface ReplyFeedSource {
  id: string;
  title: string;
  /** Absolute URL of the audit page. */
  pageUrl: string;
  replies: readonly NamedReply[];
}

/** The newest replies across all papers, newest first (ties by reply name, then paper id), at most `limit`. */
export function replyFeedEntries(sources: readonly ReplyFeedSource[], limit = 50): FeedEntry[] {
  const all = sources.flatMap((source) => source.replies.map((named) => ({ source, named })));
  all.sort((a, b) => compare(b.named.reply.date, a.named.reply.date) || compare(a.named.name, b.named.name) || compare(a.source.id, b.source.id));
  return all.slice(0, limit).map(({ source, named }) => {
    const link = new URL(source.pageUrl);
    link.hash = replyAnchor(named.name);
    const { reply } = named;
    const points = reply.statements.map((statement) => `${describeTarget(statement)} (${describeOutcome(statement.outcome)})`).join('; ');
    return {
      id: link.href,
      title: `${reply.by.relation === 'author' ? 'Reply from an author' : 'Reply'}: ${source.title}`,
      link: link.href,
      updated: `${reply.date}T00:00:00Z`,
      summary: `${describeReplier(reply.by)}, on ${reply.statements.length === 1 ? '1 point' : `${reply.statements.length} points`}: ${points}.`,
    };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
