/**
 * Plainly fictional independent audits and replies for synthetic scans (`npm run synth --
 * --second-audits 0.1 --replies 0.05`), deterministic for a seed. They draw from a random
 * stream of their own, so asking for them leaves the scans themselves byte for byte the same.
 */
import type { Reply, Statement } from '../../src/lib/scan-format/reply-schema.ts';
import { ITEM_REFERENCES } from '../../src/lib/scan-format/reply-schema.ts';
import { replyFileName } from '../../src/lib/scan-format/companions.ts';
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../src/lib/scan-format/schema.ts';
import { fictionalName, pick, seededRandom, sentence } from './synthetic-scans.ts';

/** Shares of papers that get companions; 0 gives none. */
export interface CompanionOptions {
  /** Share of papers with a second independent audit (a quarter of those get a third). */
  secondAudits: number;
  /** Share of papers with a reply. */
  replies: number;
}

/** The audits and replies to write beside one synthetic scan. */
export interface SyntheticCompanions {
  audits: { name: string; scan: Scan }[];
  replies: { fileName: string; reply: Reply }[];
}

/** File names of synthetic independent audits, in the order papers get them. */
export const SYNTHETIC_AUDITORS = ['synthetic-auditor-b', 'synthetic-auditor-c'] as const;

const ANSWERS = ['yes', 'no', 'na'] as const;

/** Companions of synthetic paper `index` (1-based) for a seed. */
export function synthesizeCompanions(scan: Scan, index: number, seed: number, options: CompanionOptions): SyntheticCompanions {
  // A stream apart from the scan's own (seed * 1_000_003 + index), so the scans do not change.
  const random = seededRandom(((seed * 1_000_003 + index) ^ 0x5bd1e995) >>> 0);
  const audited = random() < options.secondAudits;
  const auditors = audited ? (random() < 0.25 ? 2 : 1) : 0;
  const replied = random() < options.replies;
  return {
    audits: SYNTHETIC_AUDITORS.slice(0, auditors).map((name) => ({ name, scan: synthesizeIndependentAudit(scan, random) })),
    replies: replied ? [synthesizeReply(scan, random)] : [],
  };
}

/**
 * Another audit of the same paper: each answer differs from the published one with a chance
 * that depends on the item (2% to 32%), so some items agree well across the site and some poorly.
 */
export function synthesizeIndependentAudit(scan: Scan, random: () => number): Scan {
  const audit = structuredClone(scan);
  let position = 0;
  for (const category of RUBRIC) {
    for (const item of category.items) {
      const disagreement = 0.02 + (0.3 * ((position++ * 37) % 11)) / 10;
      const answer = audit.checklist[category.key]![item.key]!;
      if (random() < disagreement) {
        const current = !answer.applies ? 'na' : answer.answer ? 'yes' : 'no';
        const other = pick(
          random,
          ANSWERS.filter((candidate) => candidate !== current),
        );
        Object.assign(answer, { applies: other !== 'na', answer: other === 'yes' });
      }
      answer.justification = `Synthetic independent justification: ${sentence(random, 10)}`;
    }
  }
  audit.key_findings = `This is a fictional independent audit generated for testing. ${sentence(random, 20)}`;
  return audit;
}

/** A reply by one of the paper's fictional authors or someone else, on one to three points. */
export function synthesizeReply(scan: Scan, random: () => number): { fileName: string; reply: Reply } {
  const author = random() < 0.7;
  const name = author ? pick(random, scan.paper.authors) : fictionalName(random);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const statements = Array.from({ length: 1 + Math.floor(random() * 3) }, () => synthesizeStatement(scan, day, random));
  return { fileName: replyFileName(date, name), reply: { by: { name, relation: author ? 'author' : 'other' }, date, statements } };
}

function synthesizeStatement(scan: Scan, replyDay: Date, random: () => number): Statement {
  const text = `Synthetic reply: ${sentence(random, 14)}`;
  const roll = random();
  const correctedOn = new Date(replyDay.getTime() + (1 + Math.floor(random() * 14)) * 86_400_000).toISOString().slice(0, 10);
  const commit = Math.floor(random() * 0xfffffff)
    .toString(16)
    .padStart(7, '0');
  const outcome: Statement['outcome'] =
    roll < 0.4
      ? { status: 'open' }
      : roll < 0.7
        ? { status: 'audit_stands', note: `Synthetic maintainer note: ${sentence(random, 10)}` }
        : { status: 'corrected', commit, date: correctedOn };
  const targets = ['audit', 'item', 'item', ...(scan.red_flags.length ? ['red_flag'] : []), ...(scan.claims.length ? ['claim'] : [])] as const;
  const about = pick(random, targets);
  if (about === 'item') return { about, item: pick(random, ITEM_REFERENCES), text, outcome };
  if (about === 'red_flag') return { about, red_flag: Math.floor(random() * scan.red_flags.length), text, outcome };
  if (about === 'claim') return { about, claim: Math.floor(random() * scan.claims.length), text, outcome };
  return { about: 'audit', text, outcome };
}
