import { describe, expect, test } from 'vitest';
import {
  allStatements,
  describeOutcome,
  describeReplier,
  describeTarget,
  detachedStatements,
  isDisputed,
  openStatements,
  outcomeCounts,
  statementsAbout,
  statementsByTarget,
  targetKey,
  type NamedReply,
} from '../../../src/lib/replies/replies.ts';
import type { Reply } from '../../../src/lib/scan-format/reply-schema.ts';
import { validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const { scans } = validateScansDir('test/fixtures/site');
const authorReply = scans.find((scan) => scan.id === '9901.00002')!.replies;
const flagReply = scans.find((scan) => scan.id === '9901.00003')!.replies;

const reply = (name: string, statements: Reply['statements'], date = name.slice(0, 10)): NamedReply => ({
  name,
  reply: { by: { name: 'Ada Abernathy', relation: 'author' }, date, statements },
});
const open = { status: 'open' } as const;
const stands = { status: 'audit_stands', note: 'Checked.' } as const;

describe('the fixture replies', () => {
  test("the author's reply disputes one item and saw another corrected", () => {
    expect(isDisputed(authorReply)).toBe(true);
    expect(outcomeCounts(authorReply)).toEqual({ open: 1, audit_stands: 0, corrected: 1 });
    expect(openStatements(authorReply).map((placed) => [placed.reply, placed.index, targetKey(placed.statement)])).toEqual([
      ['2026-01-15-yara-yilmaz', 0, 'item:artifacts/data_released'],
    ]);
    expect(statementsAbout(authorReply, { about: 'item', item: 'statistical_methodology/variance_reported' })).toMatchObject([
      { reply: '2026-01-15-yara-yilmaz', index: 1, date: '2026-01-15', by: { name: 'Yara Yilmaz' }, statement: { outcome: { status: 'corrected' } } },
    ]);
  });

  test('the reply about a red flag is found under that flag, and the one about a claim under that claim', () => {
    expect(statementsAbout(flagReply, { about: 'red_flag', red_flag: 0 }).map((placed) => placed.statement.outcome.status)).toEqual(['audit_stands']);
    expect(statementsAbout(flagReply, { about: 'red_flag', red_flag: 1 })).toEqual([]);
    expect(statementsAbout(flagReply, { about: 'claim', claim: 1 }).map((placed) => placed.statement.outcome.status)).toEqual(['open']);
  });
});

describe('statements by target', () => {
  const replies = [
    reply('2026-01-01-ada', [
      { about: 'audit', text: 'a', outcome: stands },
      { about: 'red_flag', red_flag: 2, text: 'b', outcome: { status: 'corrected', commit: '0123abc' } },
    ]),
    reply('2026-02-01-bo', [
      { about: 'red_flag', red_flag: 2, text: 'c', outcome: open },
      { about: 'item', item: 'artifacts/code_released', text: 'd', outcome: stands },
    ]),
  ];

  test('group every statement under one key per thing, oldest reply first', () => {
    const grouped = statementsByTarget(replies);
    expect([...grouped.keys()]).toEqual(['audit', 'red_flag:2', 'item:artifacts/code_released']);
    expect(grouped.get('red_flag:2')!.map((placed) => placed.statement.text)).toEqual(['b', 'c']);
    expect(allStatements(replies)).toHaveLength(4);
  });

  test('a red flag and a claim at the same position are different things', () => {
    expect(targetKey({ about: 'red_flag', red_flag: 0 })).not.toBe(targetKey({ about: 'claim', claim: 0 }));
  });

  test('an audit is disputed only while some statement is open', () => {
    expect(isDisputed(replies)).toBe(true);
    expect(isDisputed(replies.slice(0, 1))).toBe(false);
    expect(isDisputed([])).toBe(false);
  });

  test('statements about a red flag or claim the audit no longer has are detached', () => {
    const scan = { red_flags: [{ flag: 'x', detail: 'y' }], claims: [] };
    expect(detachedStatements(replies, scan).map((placed) => placed.statement.text)).toEqual(['b', 'c']);
    expect(detachedStatements(replies, { ...scan, red_flags: [0, 1, 2].map(() => ({ flag: 'x', detail: 'y' })) })).toEqual([]);
  });
});

describe('in words', () => {
  test.each([
    [{ about: 'audit' }, 'the whole audit'],
    [{ about: 'item', item: 'artifacts/code_released' }, 'Code released'],
    [{ about: 'red_flag', red_flag: 0 }, 'red flag 1'],
    [{ about: 'claim', claim: 2 }, 'claim 3'],
  ] as const)('%j is "%s"', (target, words) => {
    expect(describeTarget(target)).toBe(words);
  });

  test.each([
    [open, 'open'],
    [stands, 'the audit stands'],
    [{ status: 'corrected', commit: '0123abc' }, 'corrected in 0123abc'],
    [{ status: 'corrected', date: '2026-02-12' }, 'corrected on 2026-02-12'],
    [{ status: 'corrected', commit: '0123abc', date: '2026-02-12' }, 'corrected in 0123abc on 2026-02-12'],
  ] as const)('%j is "%s"', (outcome, words) => {
    expect(describeOutcome(outcome)).toBe(words);
  });

  test('who replied', () => {
    expect(describeReplier({ name: 'Yara Yilmaz', affiliation: 'Institute of Fictional Studies', relation: 'author' })).toBe(
      'Yara Yilmaz (Institute of Fictional Studies), an author of the paper',
    );
    expect(describeReplier({ name: 'Ivo Jankowski', relation: 'other' })).toBe('Ivo Jankowski');
  });
});
