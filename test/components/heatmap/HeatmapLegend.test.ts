import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import HeatmapLegend from '../../../src/components/heatmap/HeatmapLegend.astro';

const container = await AstroContainer.create();

/** Each legend stop as "label fill/textFill", read from the SVG. */
const stops = (html: string) =>
  [...html.matchAll(/<rect x="[\d.]+" y="0" width="[\d.]+" height="22" fill="(#[0-9a-f]{6})"><\/rect><text [^>]*fill="(#[0-9a-f]{6})">([^<]*)<\/text>/g)].map(
    ([, fill, textFill, label]) => `${label} ${fill}/${textFill}`,
  );

describe('the score key', () => {
  test('eleven steps of 10 % from dark red to dark blue, then n/a in grey, each labelled in a readable colour', async () => {
    const html = await container.renderToString(HeatmapLegend, { props: { kind: 'score' } });
    const shown = stops(html);
    expect(shown).toHaveLength(12);
    expect(shown[0]).toBe('0% #a50026/#ffffff');
    expect(shown[5]).toMatch(/^50% #[0-9a-f]{6}\/#000000$/);
    expect(shown[10]).toBe('100% #313695/#ffffff');
    expect(shown[11]).toBe('n/a #e0e0e0/#000000');
    expect(shown.map((stop) => stop.split(' ')[0])).toEqual(['0%', '10%', '20%', '30%', '40%', '50%', '60%', '70%', '80%', '90%', '100%', 'n/a']);
    expect(html).toContain('<svg viewBox="0 0 432 22" width="432" height="22" role="img"');
    expect(html).toContain('aria-label="Colour key: from red at 0% through pale yellow at 50% to blue at 100%, in steps of 10%; grey means not applicable.');
  });
});

describe('the answer key', () => {
  test('yes, no and not applicable, each by symbol and word', async () => {
    const html = await container.renderToString(HeatmapLegend, { props: { kind: 'answer' } });
    expect(stops(html)).toEqual(['✓ yes #313695/#ffffff', '✗ no #a50026/#ffffff', '– not applicable #e0e0e0/#000000']);
    expect(html).toContain('viewBox="0 0 336 22"');
    expect(html).toContain('aria-label="Colour key: blue with ✓ is yes, red with ✗ is no, grey with – is not applicable."');
  });
});
