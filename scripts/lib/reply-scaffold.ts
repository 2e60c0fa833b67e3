/**
 * The empty reply `npm run new-reply` writes for a maintainer (or the replier) to fill in.
 *
 * Like the scan scaffold, the required fields are present but blank or unknown, so an unfilled
 * reply fails validation with one located line per field still to write, instead of passing
 * with made-up content. Optional fields (ORCID, affiliation, url) are left out: the schema
 * offers them in editors, and CONTRIBUTING.md lists them.
 */
import { REPLIES_FOLDER, replyFileName } from '../../src/lib/scan-format/companions.ts';
import { isCalendarDate, isFutureDate } from '../../src/lib/scan-format/dates.ts';
import { ARXIV_ID_PATTERN, SLUG_PATTERN } from '../../src/lib/scan-format/schema.ts';
import { arxivIdWithoutVersion } from '../../src/lib/scan-format/scan-id.ts';
import { normaliseArxivInput } from './scaffold.ts';

/** Path of the committed reply JSON Schema from the repository root (also where the site publishes it). */
export const REPLY_SCHEMA_PATH = 'schema/reply.schema.json';

/** A reply's shape before it is filled in: `null` means "not answered yet". */
export interface ReplyScaffold {
  $schema: string;
  by: { name: string; relation: null };
  date: string;
  statements: { about: 'item'; item: string; text: string; outcome: { status: 'open' } }[];
}

/** What to scaffold: the audited paper's id, and optionally who replies and when (default today, UTC). */
export interface ReplyScaffoldRequest {
  paper: string;
  by?: string | undefined;
  date: string;
}

/** Where the scaffold goes (relative to the scans folder) and what it holds. */
export interface ReplyScaffoldPlan {
  id: string;
  relativePath: string;
  reply: ReplyScaffold;
}

/**
 * Decide the file and contents of a new reply, or explain why not. `hasScan(id)` says whether
 * the paper has a published scan: a reply answers an audit, so an unknown paper is refused.
 */
export function planReplyScaffold(request: ReplyScaffoldRequest, hasScan: (id: string) => boolean): ReplyScaffoldPlan | { error: string } {
  const id = paperId(request.paper);
  if (id === undefined) return { error: `malformed paper id ${JSON.stringify(request.paper)}: give the audit's id as in /papers/<id>/, e.g. "2405.05949"` };
  if (!hasScan(id)) return { error: `no audit of ${JSON.stringify(id)}: a reply answers a published audit, and scans/${id}/scan.json does not exist` };
  const { date } = request;
  if (!isCalendarDate(date)) return { error: `--date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date)}` };
  if (isFutureDate(date)) return { error: `--date ${date} is in the future` };
  const relativePath = `${id}/${REPLIES_FOLDER}/${replyFileName(date, request.by ?? '')}`;
  return {
    id,
    relativePath,
    reply: {
      $schema: '../'.repeat(id.split('/').length + 2) + REPLY_SCHEMA_PATH,
      by: { name: request.by ?? '', relation: null },
      date,
      statements: [{ about: 'item', item: '', text: '', outcome: { status: 'open' } }],
    },
  };
}

/** The scan id a contributor means: an arXiv id in any pasted form (without version), or a slug. */
function paperId(input: string): string | undefined {
  const arxiv = normaliseArxivInput(input);
  if (ARXIV_ID_PATTERN.test(arxiv)) return arxivIdWithoutVersion(arxiv);
  return SLUG_PATTERN.test(input.trim()) ? input.trim() : undefined;
}

/** The file text of a reply scaffold: two-space JSON with a final newline, like scans. */
export function replyScaffoldText(reply: ReplyScaffold): string {
  return JSON.stringify(reply, null, 2) + '\n';
}
