/**
 * The embeddable score badge (`/papers/<id>/badge.svg`): "glassbox | 54%" in the site-wide
 * score colours, drawn by `badge-maker` (Shields.io's renderer, with its text-width tables, so
 * widths need no font at build time and are the same everywhere).
 *
 * Two things are set after badge-maker draws: the `<title>` and accessible name say what the
 * score means (badge-maker writes just "glassbox: 54%"), and the score's text colour is the
 * site's black-or-white choice for its fill, because badge-maker's own choice leaves white text
 * on mid-scale oranges and blues at contrasts down to 2.1:1, below WCAG's 4.5:1.
 */
import { makeBadge } from 'badge-maker';
import { scoreColour, textColourOn } from '../charts/colour-scale.ts';
import { formatCounts, formatPercent, type Score } from '../scoring/scoring.ts';
import { escapeXml } from './xml.ts';

const LABEL = 'glassbox';
const LABEL_COLOUR = '#3a3a3a';

/** What the badge says, for its `<title>` and for alt text of embeds. */
export function badgeText(score: Score): string {
  return score.value === null
    ? 'Glassbox transparency score: not applicable'
    : `Glassbox transparency score: ${formatPercent(score)} (${formatCounts(score)} applicable checklist items met)`;
}

/**
 * Badges drawn so far, by score and counts: a site has at most a few thousand distinct ones, and
 * badge-maker takes about 0.1 ms a badge, which the build paid twice per audit (its file, and its
 * size on the audit page).
 */
const drawn = new Map<string, string>();

/** The badge as a standalone SVG document. */
export function badgeSvg(score: Score): string {
  const key = `${score.value}/${score.yes}/${score.applicable}`;
  let svg = drawn.get(key);
  if (svg === undefined) drawn.set(key, (svg = drawBadge(score)));
  return svg;
}

function drawBadge(score: Score): string {
  const fill = scoreColour(score.value);
  const svg = makeBadge({ label: LABEL, message: formatPercent(score), color: fill, labelColor: LABEL_COLOUR, style: 'flat-square' });
  const title = escapeXml(badgeText(score));
  const lastText = svg.lastIndexOf('<text ');
  const scoreText = svg
    .slice(lastText)
    .replace(/ fill="[^"]*"/, '')
    .replace('<text ', `<text fill="${textColourOn(fill)}" `);
  return (svg.slice(0, lastText) + scoreText)
    .replace(/ aria-label="[^"]*"/, ` aria-label="${title}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

/** Pixel size of a badge, for `<img width height>` so the page does not shift when it loads. */
export function badgeSize(score: Score): { width: number; height: number } {
  const root = /^<svg [^>]*?width="(\d+)" height="(\d+)"/.exec(badgeSvg(score))!;
  return { width: Number(root[1]), height: Number(root[2]) };
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
