/**
 * What an audit page shows of the files beside its scan: how the independent audits of the paper
 * answered each item and how their overall scores range, and the replies to the audit with each
 * statement placed beside what it concerns. Absent parts stay undefined, so a paper with no
 * independent audit and no reply renders exactly as before.
 */
import { paperAgreement, paperAudits, PUBLISHED_AUDIT } from '../lib/agreement/paper-agreement.ts';
import { repoBase } from '../lib/contributing/repo-links.ts';
import { auditFilePath, replyFilePath, scanFilePath } from '../lib/publishing/published-paths.ts';
import {
  allStatements,
  describeOutcome,
  describeReplier,
  describeTarget,
  detachedStatements,
  targetKey,
  type PlacedStatement,
} from '../lib/replies/replies.ts';
import type { OutcomeStatus } from '../lib/scan-format/reply-schema.ts';
import type { ListedScan } from '../lib/scan-format/listed-scan.ts';
import { formatPercent } from '../lib/scoring/scoring.ts';
import { replyAnchor } from '../lib/site/anchors.ts';
import { provenanceView } from '../lib/site/provenance-view.ts';
import { withBase } from '../lib/site/urls.ts';
import type { ScanRecord } from './scans.ts';
import type { SiteConfig } from './site-config.ts';

/** One audit of the paper in the list of audits: who or what made it, how, its score and its file. */
export interface AuditEntryView {
  /** "Published audit" or the audit's file name (`fictional-model-b`). */
  name: string;
  published: boolean;
  /** How it was made, in words ("Made by a person"). */
  made: string;
  /** The program and model, or the people, that made it; "" when not recorded. */
  by: string;
  /** Overall score ("62%" or "n/a"). */
  overall: string;
  /** Base-aware link to its JSON file. */
  href: string;
}

/** How the audits answered one item: "3 of 3 say yes" or "split 2–1: 2 yes, 1 no". */
export interface ItemAgreementView {
  label: string;
  split: boolean;
}

/** Agreement among the audits of a paper, for the page. */
export interface AgreementView {
  /** One line: "3 audits agree on 36 of 39 items and split on 3; overall scores range from 54% to 62%." */
  summary: string;
  /** Number of items the audits split on. */
  splits: number;
  audits: AuditEntryView[];
  /** Per item by `category/item`. */
  items: Map<string, ItemAgreementView>;
}

/** One statement of a reply, as shown beside its target and in the Responses section. */
export interface StatementView {
  /** Anchor of the reply it belongs to. */
  reply: string;
  /** Who made it and their relation to the paper ("Ada Abernathy, an author of the paper"). */
  who: string;
  date: string;
  /** What it is about, in words ("Code released", "red flag 1"). */
  about: string;
  text: string;
  status: OutcomeStatus;
  /** The outcome in words ("open", "the audit stands", "corrected in 0123abc on 2026-01-20"). */
  outcome: string;
  /** A maintainer's note on the outcome, if any. */
  note?: string;
}

/** One reply in the Responses section. */
export interface ReplyView {
  anchor: string;
  who: string;
  date: string;
  /** Where the reply was made in public, if given. */
  url?: string;
  /** Base-aware link to its JSON file. */
  href: string;
  statements: StatementView[];
}

/** The replies to an audit, for the page. */
export interface RepliesView {
  /** Some statement is still open. */
  disputed: boolean;
  /** Open statements. */
  open: number;
  replies: ReplyView[];
  /** Statements by what they concern (`targetKey`: `audit`, `item:<category>/<item>`, `red_flag:0`, `claim:1`). */
  byTarget: Map<string, StatementView[]>;
  /** Statements about a red flag or claim the audit no longer has. */
  detached: StatementView[];
  /** How to reply: the contributing guide's section on replies, when the repository is known. */
  howTo?: string;
}

/** Independent audits and replies of one paper; each part only when the paper has any. */
export interface CompanionsView {
  agreement?: AgreementView;
  replies?: RepliesView;
}

/** The companions view of a record, or undefined when it has neither independent audits nor replies. */
export function companionsView(record: ScanRecord, config: Pick<SiteConfig, 'base' | 'repo'>): CompanionsView | undefined {
  const { base } = config;
  if (record.audits.length === 0 && record.replies.length === 0) return undefined;
  return {
    agreement: record.audits.length ? agreementView(record, base) : undefined,
    replies: record.replies.length ? { ...repliesView(record, base), howTo: repliesGuideUrl(config.repo) } : undefined,
  };
}

/** The contributing guide's section on disputes and replies in the repository, or undefined without one. */
export function repliesGuideUrl(repo: string | undefined, branch = 'main'): string | undefined {
  const base = repoBase(repo);
  return base && `${base}/blob/${encodeURIComponent(branch)}/CONTRIBUTING.md#disputes-and-replies`;
}

function agreementView(record: ScanRecord, base: string): AgreementView {
  const agreement = paperAgreement(paperAudits(record.scan, record.audits));
  const scanOf = new Map<string, ListedScan>([[PUBLISHED_AUDIT, record.scan], ...record.audits.map(({ name, scan }): [string, ListedScan] => [name, scan])]);
  return {
    summary: agreement.summary,
    splits: agreement.disagreements.length,
    audits: agreement.scores.byAudit.map(({ audit, published, overall }) => ({
      name: published ? 'Published audit' : audit,
      published,
      ...madeBy(scanOf.get(audit)!),
      overall: formatPercent(overall),
      href: withBase(published ? scanFilePath(record.id) : auditFilePath(record.id, audit), base),
    })),
    items: new Map(agreement.items.map((item) => [item.key, { label: item.label, split: !item.unanimous }])),
  };
}

/** How an audit was made and by what or whom, from its provenance. */
function madeBy(scan: ListedScan): Pick<AuditEntryView, 'made' | 'by'> {
  const view = provenanceView(scan);
  const recorded = view.recorded;
  const program = [recorded?.tool?.text, recorded?.model].filter(Boolean).join(', ');
  const people = recorded?.auditors.map((person) => person.name).join(', ') ?? '';
  return { made: view.originText, by: [program, people].filter(Boolean).join('; ') };
}

function repliesView(record: ScanRecord, base: string): RepliesView {
  const statementView = ({ reply, by, date, statement }: PlacedStatement): StatementView => ({
    reply: replyAnchor(reply),
    who: describeReplier(by),
    date,
    about: describeTarget(statement),
    text: statement.text,
    status: statement.outcome.status,
    outcome: describeOutcome(statement.outcome),
    note: 'note' in statement.outcome ? statement.outcome.note : undefined,
  });
  const placed = allStatements(record.replies);
  // Statements are told apart by reply and position: each call of the helpers makes new objects.
  const where = (entry: PlacedStatement) => `${entry.reply}#${entry.index}`;
  const detachedKeys = new Set(detachedStatements(record.replies, record.scan).map(where));
  const isDetached = (entry: PlacedStatement) => detachedKeys.has(where(entry));
  const byTarget = new Map<string, StatementView[]>();
  for (const entry of placed) {
    if (isDetached(entry)) continue;
    const key = targetKey(entry.statement);
    byTarget.set(key, [...(byTarget.get(key) ?? []), statementView(entry)]);
  }
  return {
    disputed: record.disputed,
    open: placed.filter((entry) => entry.statement.outcome.status === 'open').length,
    replies: record.replies.map(({ name, reply }) => ({
      anchor: replyAnchor(name),
      who: describeReplier(reply.by),
      date: reply.date,
      url: reply.url,
      href: withBase(replyFilePath(record.id, name), base),
      statements: allStatements([{ name, reply }]).map(statementView),
    })),
    byTarget,
    detached: placed.filter(isDetached).map(statementView),
  };
}
