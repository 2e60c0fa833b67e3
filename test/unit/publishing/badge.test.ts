import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { badgeSize, badgeSnippets, badgeSvg, badgeText } from '../../../src/lib/publishing/badge.ts';
import { scoreColour, textColourOn } from '../../../src/lib/charts/colour-scale.ts';
import { scoreOf } from '../../../src/lib/scoring/scoring.ts';
import { escapeXml } from '../../../src/lib/publishing/xml.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

test.each([
  [scoreOf(21, 39), '54%', 'Glassbox transparency score: 54% (21/39 applicable checklist items met)'],
  [scoreOf(0, 3), '0%', 'Glassbox transparency score: 0% (0/3 applicable checklist items met)'],
  [scoreOf(4, 4), '100%', 'Glassbox transparency score: 100% (4/4 applicable checklist items met)'],
  [scoreOf(0, 0), 'n/a', 'Glassbox transparency score: not applicable'],
])('badge for %o is valid SVG showing %s in the score colour with a title', (score, shown, title) => {
  const svg = badgeSvg(score);
  expect(XMLValidator.validate(svg)).toBe(true);
  const root = parser.parse(svg).svg;
  expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.role).toBe('img');
  expect(root.title['#text']).toBe(title);
  expect(root['aria-labelledby']).toBe(root.title.id);
  expect(root.rect[1].fill).toBe(scoreColour(score.value));
  expect(root.g.text[1]['#text']).toBe(shown);
  expect(root.g.text[1].fill).toBe(textColourOn(scoreColour(score.value)));
  expect(Number(root.width)).toBe(Number(root.rect[0].width) + Number(root.rect[1].width));
  expect(badgeSize(score)).toEqual({ width: Number(root.width), height: Number(root.height) });
});

test('snippets link the badge to the audit page with the badge text as alt', () => {
  const { markdown, html } = badgeSnippets(scoreOf(1, 2), 'https://x.org/papers/1/badge.svg', 'https://x.org/papers/1/');
  expect(markdown).toBe(`[![${badgeText(scoreOf(1, 2))}](https://x.org/papers/1/badge.svg)](https://x.org/papers/1/)`);
  expect(html).toBe(`<a href="https://x.org/papers/1/"><img src="https://x.org/papers/1/badge.svg" alt="${badgeText(scoreOf(1, 2))}"></a>`);
});

test.each([
  ['<a href="x">&\'', '&lt;a href=&quot;x&quot;&gt;&amp;&apos;'],
  ['bell\u0007 and \uFFFE', 'bell and '],
  ['emoji 🔬 and bidi \u202E stay', 'emoji 🔬 and bidi \u202E stay'],
])('escapeXml(%j)', (raw, escaped) => {
  expect(escapeXml(raw)).toBe(escaped);
});
