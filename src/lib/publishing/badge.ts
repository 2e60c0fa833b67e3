/**
 * The embeddable score badge (`/papers/<id>/badge.svg`): "glassbox | 54%" in the site-wide
 * score colours, with a `<title>` so screen readers announce what it shows. Widths come from
 * a fixed per-character estimate, so the SVG needs no font metrics and is the same everywhere.
 */
import { scoreColour, textColourOn } from '../charts/colour-scale.ts';
import { formatCounts, formatPercent, type Score } from '../scoring/scoring.ts';
import { escapeXml } from './xml.ts';

const LABEL = 'glassbox';
const HEIGHT = 20;
const PADDING = 6;
const CHAR_WIDTH = 7;

/** What the badge says, for its `<title>` and for alt text of embeds. */
export function badgeText(score: Score): string {
  return score.value === null
    ? 'Glassbox transparency score: not applicable'
    : `Glassbox transparency score: ${formatPercent(score)} (${formatCounts(score)} applicable checklist items met)`;
}

function widths(value: string): { labelWidth: number; valueWidth: number } {
  return { labelWidth: LABEL.length * CHAR_WIDTH + 2 * PADDING, valueWidth: value.length * CHAR_WIDTH + 2 * PADDING };
}

/** Pixel size of a badge, for `<img width height>` so the page does not shift when it loads. */
export function badgeSize(score: Score): { width: number; height: number } {
  const { labelWidth, valueWidth } = widths(formatPercent(score));
  return { width: labelWidth + valueWidth, height: HEIGHT };
}

/** The badge as a standalone SVG document. */
export function badgeSvg(score: Score): string {
  const value = formatPercent(score);
  const { labelWidth, valueWidth } = widths(value);
  const width = labelWidth + valueWidth;
  const fill = scoreColour(score.value);
  const title = escapeXml(badgeText(score));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-labelledby="badge-title">`,
    `<title id="badge-title">${title}</title>`,
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="#3a3a3a"/>`,
    `<rect x="${labelWidth}" width="${valueWidth}" height="${HEIGHT}" fill="${fill}"/>`,
    `<g font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${labelWidth / 2}" y="14" fill="#ffffff">${LABEL}</text>`,
    `<text x="${labelWidth + valueWidth / 2}" y="14" fill="${textColourOn(fill)}">${escapeXml(value)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/** Copy-paste snippets embedding the badge, linked to the audit page. */
export function badgeSnippets(score: Score, badgeUrl: string, pageUrl: string): { markdown: string; html: string } {
  const alt = badgeText(score);
  // Markdown alt text ends at `]`; the values are URLs we built and a fixed sentence, but stay safe anyway.
  const markdownAlt = alt.replace(/[[\]\\]/g, '\\$&');
  return {
    markdown: `[![${markdownAlt}](${badgeUrl})](${pageUrl})`,
    html: `<a href="${escapeXml(pageUrl)}"><img src="${escapeXml(badgeUrl)}" alt="${escapeXml(alt)}"></a>`,
  };
}
