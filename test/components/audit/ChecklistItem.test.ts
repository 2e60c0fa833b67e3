import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ItemView } from '../../../src/build-model/audit-view.ts';
import ChecklistItem from '../../../src/components/audit/ChecklistItem.astro';
import { PAYLOADS } from '../../helpers/hostile.ts';
import { readMarkup } from '../../helpers/markup.ts';

const container = await AstroContainer.create();
const HREF = '/glassbox/items/artifacts/code_released/';
const render = (shown: ItemView) => container.renderToString(ChecklistItem, { props: { anchor: 'artifacts-code_released', label: 'Code released', shown } });
const answered = (answer: 'yes' | 'no' | 'na', justification: string, extra: Partial<ItemView> = {}): ItemView =>
  ({ href: HREF, state: 'answered', answer, justification, linked: /https?:\/\//.test(justification), ...extra }) as ItemView;

describe('an answered item', () => {
  test.each([
    ['yes', '✓', 'yes'],
    ['no', '✗', 'no'],
    ['na', '–', 'not applicable'],
  ] as const)('%s shows as a word whose class draws its symbol %s, never colour alone', async (kind, symbol, word) => {
    // The checklist's answer is the item's span, classed by the answer alone (the compare page's `.answer`).
    expect(readFileSync('src/styles/answers.css', 'utf8')).toContain(`:is(.answer, .items > li > span).${kind}::before {\n  content: '${symbol} ';`);
    expect(await render(answered(kind, 'Section 4 links the code.'))).toBe(
      `<li id="artifacts-code_released"><h4><a href="${HREF}">Code released</a></h4><span class="${kind}">${word}</span><p>Section 4 links the code.</p></li>`,
    );
  });

  test('a justification with a web link links it; one without is plain text', async () => {
    const html = await render(answered('yes', 'Code at https://example.org/code.'));
    expect(html).toContain('<p>Code at <a href="https://example.org/code" rel="nofollow noopener">https://example.org/code</a>.</p>');
  });

  test.each(PAYLOADS)('hostile justification %j stays text', async (payload) => {
    const { tags, text } = readMarkup(await render(answered('no', payload)));
    expect(tags).toEqual(['li', 'h4', 'a', 'span', 'p']);
    expect(text).toBe(`Code releasedno${payload}`);
  });

  test('evidence shows its quotes and notes under the justification; none, no block', async () => {
    const evidence = { quotes: [{ quote: 'We release all code.', location: 'Section 4' }], confidence: 'confidence 0.9' };
    const html = await render(answered('yes', 'Released.', { evidence } as Partial<ItemView>));
    expect(html).toMatch(/<p>Released\.<\/p><div class="item-evidence">.*We release all code\..*Section 4.*confidence 0\.9/s);
    expect(await render(answered('yes', 'Released.'))).not.toContain('item-evidence');
  });
});

test('an item the rubric version predates says so, still linking to the item page', async () => {
  expect(await render({ href: HREF, state: 'not_assessed', label: 'not assessed under rubric v1' })).toBe(
    `<li id="artifacts-code_released"><h4><a href="${HREF}">Code released</a></h4><span class="not-assessed">not assessed under rubric v1</span></li>`,
  );
});
