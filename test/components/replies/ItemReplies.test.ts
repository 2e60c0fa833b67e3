/**
 * The per-item additions of issue 12 (how the audits answered an item, what replies say about it)
 * and the disputed notice: nothing at all without data, so audit pages without companions keep
 * their bytes; hostile reply text stays text.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import DisputedNotice from '../../../src/components/replies/DisputedNotice.astro';
import ItemAgreement from '../../../src/components/replies/ItemAgreement.astro';
import ItemStatements from '../../../src/components/replies/ItemStatements.astro';
import Responses from '../../../src/components/replies/Responses.astro';
import AuditAgreement from '../../../src/components/replies/AuditAgreement.astro';
import CompanionsStyle from '../../../src/components/replies/CompanionsStyle.astro';
import type { RepliesView, StatementView } from '../../../src/build-model/companions-view.ts';

const container = await AstroContainer.create();
const render = (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>) => container.renderToString(component, { props });

test('without data every addition renders nothing at all', async () => {
  for (const [component, props] of [
    [ItemAgreement, { item: undefined }],
    [ItemStatements, { statements: undefined }],
    [DisputedNotice, { replies: undefined }],
    [Responses, { replies: undefined }],
    [AuditAgreement, { agreement: undefined }],
    [CompanionsStyle, { show: false }],
  ] as const) {
    expect(await render(component, props)).toBe('');
  }
});

test('an item the audits split on is marked in words, one they agree on is not', async () => {
  expect(await render(ItemAgreement, { item: { label: 'split 2–1: 2 yes, 1 no', split: true } })).toBe(
    '<p class="ag split"><strong>Audits disagree: </strong>split 2–1: 2 yes, 1 no</p>',
  );
  expect(await render(ItemAgreement, { item: { label: '3 of 3 say yes', split: false } })).toBe('<p class="ag">3 of 3 say yes</p>');
});

const hostile: StatementView = {
  reply: 'reply-2026-01-02-x',
  who: 'Replier <script>alert(1)</script>',
  date: '2026-01-02',
  about: 'Code released',
  text: '<img src=x onerror=alert(2)> \u202eevil',
  status: 'open',
  outcome: 'open',
  note: '<b>note</b>',
};

test('a statement beside its item: who, when, the text isolated in <bdi>, the outcome, markup as text', async () => {
  const html = await render(ItemStatements, { statements: [hostile] });
  expect(html).toContain('<li class="open"><a href="#reply-2026-01-02-x"><bdi>Replier &lt;script&gt;alert(1)&lt;/script&gt;</bdi></a>');
  expect(html).toContain('<bdi>&lt;img src=x onerror=alert(2)&gt; \u202eevil</bdi>');
  expect(html).toContain('<strong>Outcome: open.</strong>');
  expect(html).not.toMatch(/<img|<script/);
});

test('Responses lists each reply with its anchor and file, and the disputed notice counts open points', async () => {
  const replies: RepliesView = {
    disputed: true,
    open: 2,
    replies: [{ anchor: 'reply-2026-01-02-x', who: 'Ada', date: '2026-01-02', href: '/papers/x/replies/2026-01-02-x.json', statements: [hostile] }],
    byTarget: new Map(),
    detached: [],
  };
  const html = await render(Responses, { replies });
  expect(html).toContain('<article id="reply-2026-01-02-x">');
  expect(html).toContain('<a href="/papers/x/replies/2026-01-02-x.json">Reply file (JSON)</a>');
  expect(html).toContain('<bdi>&lt;b&gt;note&lt;/b&gt;</bdi>');
  expect(html).not.toContain('How to reply');
  expect(await render(DisputedNotice, { replies })).toContain('2 points raised in replies to this audit still open.');
  expect(await render(DisputedNotice, { replies: { ...replies, disputed: false } })).toBe('');
});
