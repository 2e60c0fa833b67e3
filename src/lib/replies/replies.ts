/**
 * Replies to an audit, as the audit page and the site need them: which statements concern which
 * item, red flag or claim; whether the audit is disputed (any statement still open); and how to
 * name a statement's target and outcome in words. Replies come validated from `validateScansDir`
 * (`ValidScan.replies`, oldest first); only their file name and content are used here.
 */
import type { Outcome, OutcomeStatus, Replier, Reply, Statement } from '../scan-format/reply-schema.ts';
import type { Scan } from '../scan-format/schema.ts';
import { resolveItemRef } from '../site/anchors.ts';

/** A reply with its name: the file name without `.json` (`2026-01-15-ada-abernathy`). */
export interface NamedReply {
  name: string;
  reply: Reply;
}

/** What a statement is about, without its text: `{ about: 'item', item: 'artifacts/code_released' }`. */
export type StatementTargetRef =
  { about: 'audit' } | { about: 'item'; item: string } | { about: 'red_flag'; red_flag: number } | { about: 'claim'; claim: number };

/** One statement with the reply it belongs to. */
export interface PlacedStatement {
  /** Name of the reply (its file name without `.json`). */
  reply: string;
  by: Replier;
  date: string;
  /** Position of the statement in its reply, from 0. */
  index: number;
  statement: Statement;
}

/** A key that is the same for every statement about the same thing: `audit`, `item:artifacts/code_released`, `red_flag:0`, `claim:2`. */
export function targetKey(target: StatementTargetRef): string {
  switch (target.about) {
    case 'audit':
      return 'audit';
    case 'item':
      return `item:${target.item}`;
    case 'red_flag':
      return `red_flag:${target.red_flag}`;
    case 'claim':
      return `claim:${target.claim}`;
  }
}

/** Every statement of the replies, oldest reply first, each statement in its reply's order. */
export function allStatements(replies: readonly NamedReply[]): PlacedStatement[] {
  return replies.flatMap(({ name, reply }) => reply.statements.map((statement, index) => ({ reply: name, by: reply.by, date: reply.date, index, statement })));
}

/** Statements grouped by what they are about (keys from `targetKey`), for looking up per item, flag or claim. */
export function statementsByTarget(replies: readonly NamedReply[]): Map<string, PlacedStatement[]> {
  return Map.groupBy(allStatements(replies), (placed) => targetKey(placed.statement));
}

/** The statements about one thing: the audit as a whole, an item, a red flag or a claim. */
export function statementsAbout(replies: readonly NamedReply[], target: StatementTargetRef): PlacedStatement[] {
  const key = targetKey(target);
  return allStatements(replies).filter((placed) => targetKey(placed.statement) === key);
}

/** Statements still open. */
export function openStatements(replies: readonly NamedReply[]): PlacedStatement[] {
  return allStatements(replies).filter((placed) => placed.statement.outcome.status === 'open');
}

/** Whether the audit is disputed: some reply has a statement that is still open. */
export function isDisputed(replies: readonly NamedReply[]): boolean {
  return replies.some(({ reply }) => reply.statements.some((statement) => statement.outcome.status === 'open'));
}

/** Statements per outcome. */
export function outcomeCounts(replies: readonly NamedReply[]): Record<OutcomeStatus, number> {
  const counts: Record<OutcomeStatus, number> = { open: 0, audit_stands: 0, corrected: 0 };
  for (const placed of allStatements(replies)) counts[placed.statement.outcome.status]++;
  return counts;
}

/**
 * Statements about a red flag or claim the audit no longer has (a correction removed it), so a
 * page can still show them, apart from the current list, instead of beside the wrong entry.
 */
export function detachedStatements(replies: readonly NamedReply[], scan: Pick<Scan, 'red_flags' | 'claims'>): PlacedStatement[] {
  return allStatements(replies).filter(({ statement }) =>
    statement.about === 'red_flag' ? statement.red_flag >= scan.red_flags.length : statement.about === 'claim' ? statement.claim >= scan.claims.length : false,
  );
}

/** What a statement is about, in words: "the whole audit", "Code released", "red flag 1", "claim 2" (counted from 1 as pages show them). */
export function describeTarget(target: StatementTargetRef): string {
  switch (target.about) {
    case 'audit':
      return 'the whole audit';
    case 'item':
      return resolveItemRef(target.item).item.label;
    case 'red_flag':
      return `red flag ${target.red_flag + 1}`;
    case 'claim':
      return `claim ${target.claim + 1}`;
  }
}

/** Outcome in words: "open", "the audit stands", "corrected in 3f2a9c1", "corrected on 2026-02-12", "corrected in 3f2a9c1 on 2026-02-12". */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.status === 'open') return 'open';
  if (outcome.status === 'audit_stands') return 'the audit stands';
  return ['corrected', outcome.commit && `in ${outcome.commit}`, outcome.date && `on ${outcome.date}`].filter(Boolean).join(' ');
}

/** Who replied, in words: "Ada Abernathy, an author of the paper" or "Ivo Jankowski (Fictional Institute)". */
export function describeReplier(by: Replier): string {
  const who = by.affiliation ? `${by.name} (${by.affiliation})` : by.name;
  return by.relation === 'author' ? `${who}, an author of the paper` : who;
}
