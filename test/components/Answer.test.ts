import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import Answer from '../../src/components/Answer.astro';

const container = await AstroContainer.create();

test.each([
  [{ applies: true, answer: true }, 'yes', '✓', 'yes'],
  [{ applies: true, answer: false }, 'no', '✗', 'no'],
  [{ applies: false, answer: false }, 'na', '–', 'not applicable'],
  // An item that does not apply is not applicable whatever its answer says.
  [{ applies: false, answer: true }, 'na', '–', 'not applicable'],
])('%j shows %s as a word whose class draws its symbol %s, never colour alone', async (answer, kind, symbol, word) => {
  expect(readFileSync('src/styles/answers.css', 'utf8')).toContain(`.answer.${kind}::before {\n  content: '${symbol} ';`);
  expect(await container.renderToString(Answer, { props: { answer } })).toBe(`<span class="answer ${kind}">${word}</span>`);
});
