import { describe, expect, test } from 'vitest';
import { companionsView, repliesGuideUrl } from '../../../src/build-model/companions-view.ts';
import { fixtureRecords, TEST_CONFIG } from '../../helpers/build-model.ts';

const records = new Map(fixtureRecords().map((record) => [record.id, record]));
const view = (id: string) => companionsView(records.get(id)!, TEST_CONFIG);

test('a paper with neither independent audits nor replies has no companions view', () => {
  expect(view('9901.00006')).toBeUndefined();
});

describe('three audits that split', () => {
  const agreement = view('9901.00001')!.agreement!;

  test('lists the published audit first, then the others, each with its JSON file under the base path', () => {
    expect(agreement.audits.map((audit) => [audit.name, audit.published, audit.href])).toEqual([
      ['Published audit', true, '/glassbox/papers/9901.00001/scan.json'],
      ['fictional-model-b', false, '/glassbox/papers/9901.00001/audits/fictional-model-b.json'],
      ['ivo-jankowski', false, '/glassbox/papers/9901.00001/audits/ivo-jankowski.json'],
    ]);
    for (const audit of agreement.audits) expect(audit.overall).toMatch(/^\d+%$/);
  });

  test('marks exactly the items the audits split on, and counts them in the summary', () => {
    const split = [...agreement.items.values()].filter((item) => item.split);
    expect(split.length).toBe(agreement.splits);
    expect(agreement.splits).toBeGreaterThan(0);
    for (const item of split) expect(item.label).toMatch(/^split \d–\d/);
    for (const item of [...agreement.items.values()].filter((entry) => !entry.split)) expect(item.label).toMatch(/^3 of 3 say /);
    expect(agreement.summary).toContain(`split on ${agreement.splits}`);
  });

  test('has no replies part', () => {
    expect(view('9901.00001')!.replies).toBeUndefined();
  });
});

describe("an author's reply with one open and one corrected statement", () => {
  const replies = view('9901.00002')!.replies!;

  test('is disputed, with one open point, and links how to reply', () => {
    expect(replies.disputed).toBe(true);
    expect(replies.open).toBe(1);
    expect(replies.howTo).toBe('https://github.com/example-org/glassbox/blob/main/CONTRIBUTING.md#disputes-and-replies');
  });

  test('places each statement beside its item, with who, relation and outcome in words', () => {
    expect(replies.byTarget.get('item:artifacts/data_released')).toEqual([
      expect.objectContaining({
        reply: 'reply-2026-01-15-yara-yilmaz',
        who: 'Yara Yilmaz (Institute of Fictional Studies), an author of the paper',
        status: 'open',
        outcome: 'open',
      }),
    ]);
    expect(replies.byTarget.get('item:statistical_methodology/variance_reported')![0]).toMatchObject({
      status: 'corrected',
      outcome: 'corrected in 0123abc on 2026-01-20',
      note: 'Answer changed to yes after checking Table 3.',
    });
  });

  test('lists the reply with its anchor and JSON file', () => {
    expect(replies.replies.map((reply) => [reply.anchor, reply.href, reply.statements.length])).toEqual([
      ['reply-2026-01-15-yara-yilmaz', '/glassbox/papers/9901.00002/replies/2026-01-15-yara-yilmaz.json', 2],
    ]);
  });
});

test('a reply about a red flag and a claim is placed beside them', () => {
  const replies = view('9901.00003')!.replies!;
  expect(replies.byTarget.get('red_flag:0')![0]).toMatchObject({ status: 'audit_stands', about: 'red flag 1' });
  expect(replies.byTarget.get('claim:1')![0]).toMatchObject({ status: 'open', about: 'claim 2' });
  expect(replies.detached).toEqual([]);
});

test('a statement about a red flag a correction removed is kept apart, not beside another flag', () => {
  const record = records.get('9901.00003')!;
  const reply = structuredClone(record.replies[0]!);
  reply.reply.statements[0]!.outcome = { status: 'corrected', date: '2026-02-04' };
  const shortened = { ...record, scan: { ...record.scan, red_flags: [] }, replies: [reply] };
  const replies = companionsView(shortened, TEST_CONFIG)!.replies!;
  expect(replies.byTarget.has('red_flag:0')).toBe(false);
  expect(replies.detached.map((said) => said.about)).toEqual(['red flag 1']);
});

test('without a usable repository there is no "how to reply" link', () => {
  expect(repliesGuideUrl(undefined)).toBeUndefined();
  expect(repliesGuideUrl('javascript:alert(1)')).toBeUndefined();
});
