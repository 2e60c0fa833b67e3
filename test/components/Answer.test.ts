import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import Answer from '../../src/components/Answer.astro';

const container = await AstroContainer.create();

test.each([
  [{ applies: true, answer: true }, 'yes', '✓', 'yes'],
  [{ applies: true, answer: false }, 'no', '✗', 'no'],
  [{ applies: false, answer: false }, 'na', '–', 'not applicable'],
  // An item that does not apply is not applicable whatever its answer says.
  [{ applies: false, answer: true }, 'na', '–', 'not applicable'],
])('%j shows %s by symbol and word, never colour alone', async (answer, kind, symbol, word) => {
  expect(await container.renderToString(Answer, { props: { answer } })).toBe(
    `<span class="answer answer-${kind}"><span class="answer-symbol" aria-hidden="true">${symbol}</span> ${word}</span>`,
  );
});
