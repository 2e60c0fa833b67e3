import { color } from 'd3-color';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from 'vitest';
import { badgeSize, badgeSnippets, badgeSvg, badgeText } from '../../../src/lib/publishing/badge.ts';
import { scoreColour, textColourOn } from '../../../src/lib/charts/colour-scale.ts';
import { scoreOf } from '../../../src/lib/scoring/scoring.ts';
import { escapeXml } from '../../../src/lib/publishing/xml.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const rgb = color(hex)!.rgb();
    const channel = (value: number) => ((value /= 255) <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

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
  expect(root.title).toBe(title);
  expect(root['aria-label']).toBe(title);
  expect(root.g[0].rect[1].fill).toBe(scoreColour(score.value));
  const [label, value] = root.g[1].text;
  expect(label['#text']).toBe('glassbox');
  expect(value['#text']).toBe(shown);
  expect(value.fill).toBe(textColourOn(scoreColour(score.value)));
  expect(Number(root.width)).toBe(Number(root.g[0].rect[0].width) + Number(root.g[0].rect[1].width));
  expect(badgeSize(score)).toEqual({ width: Number(root.width), height: Number(root.height) });
});

test('every score reads at WCAG AA contrast on its badge', () => {
  for (let yes = 0; yes <= 100; yes++) {
    const score = scoreOf(yes, 100);
    const value = parser.parse(badgeSvg(score)).svg.g[1].text[1];
    expect(contrast(value.fill, scoreColour(score.value)), `${yes}%`).toBeGreaterThanOrEqual(4.5);
  }
});

test('the label reads at WCAG AA contrast on its grey', () => {
  const { svg } = parser.parse(badgeSvg(scoreOf(1, 2)));
  expect(contrast(svg.g[1].fill, svg.g[0].rect[0].fill)).toBeGreaterThanOrEqual(4.5);
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

test('badges are drawn once per score and counts: the same percent with other counts is another badge', () => {
  expect(badgeSvg(scoreOf(1, 2))).toBe(badgeSvg(scoreOf(1, 2)));
  const half = badgeSvg(scoreOf(1, 2));
  const alsoHalf = badgeSvg(scoreOf(2, 4));
  expect(alsoHalf).not.toBe(half);
  expect(half).toContain('(1/2 applicable');
  expect(alsoHalf).toContain('(2/4 applicable');
  expect(badgeSize(scoreOf(2, 4))).toEqual(badgeSize(scoreOf(1, 2)));
});
