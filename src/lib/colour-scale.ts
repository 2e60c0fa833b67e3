/**
 * The one colour scale for scores, site-wide (leaderboard cells, heatmaps, badges).
 *
 * ColorBrewer's RdYlBu is diverging and colour-blind safe; colour is never the only channel,
 * since every cell also prints its value. Text colour is chosen per cell for contrast.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateRdYlBu } from 'd3-scale-chromatic';
import { color as parseColour } from 'd3-color';

const scale = scaleSequential(interpolateRdYlBu).domain([0, 1]);

/** Fill colour for a score in [0, 1]; a neutral grey for "not applicable". */
export function scoreColour(value: number | null): string {
  if (value === null) return '#e0e0e0';
  return parseColour(scale(Math.min(1, Math.max(0, value))))!.formatHex();
}

/** Black or white, whichever reads better on the given fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const rgb = parseColour(fill)!.rgb();
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}
