import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { expectSvgSnapshot, extractSvg, normaliseSvg } from '../../helpers/svg-snapshot.ts';

describe('normaliseSvg', () => {
  test('one element per line, attributes sorted, text elements on one line', () => {
    expect(normaliseSvg('<svg width="10" viewBox="0 0 10 10"><g class="a"><rect y="1" x="2"></rect><text x="1">50</text></g></svg>')).toBe(
      ['<svg viewBox="0 0 10 10" width="10">', '  <g class="a">', '    <rect x="2" y="1"/>', '    <text x="1">50</text>', '  </g>', '</svg>', ''].join('\n'),
    );
  });

  test('attribute order, whitespace and float noise beyond three decimals do not matter', () => {
    const a = '<svg height="2" width="1"><rect x="38.3333333" transform="translate(1.00004 2)"/><text>  a\n  b </text></svg>';
    const b = '<svg width="1"   height="2">\n  <rect transform="translate(1.0000 2)" x="38.33333"></rect>\n<text>a b</text>\n</svg>';
    expect(normaliseSvg(a)).toBe(normaliseSvg(b));
  });

  test('leaves numbers in text and links alone: ids such as 9901.00001 are not geometry', () => {
    const markup = '<svg><text data-full="Paper (9901.00001)" data-page="/papers/9901.00001/" y="1.23456">9901.00001</text><path d="M0.123456 1L2 3"/></svg>';
    expect(normaliseSvg(markup)).toBe(
      '<svg>\n  <text data-full="Paper (9901.00001)" data-page="/papers/9901.00001/" y="1.235">9901.00001</text>\n  <path d="M0.123 1L2 3"/>\n</svg>\n',
    );
  });

  test.each([
    ['a different number', '<svg><rect x="38.4"/></svg>'],
    ['a different class', '<svg><rect class="scale-4" x="38.333"/></svg>'],
    ['another element', '<svg><rect x="38.333"/><rect/></svg>'],
    ['different text', '<svg><rect x="38.333"/><text>1</text></svg>'],
  ])('still tells apart %s', (_, other) => {
    expect(normaliseSvg(other)).not.toBe(normaliseSvg('<svg><rect x="38.333"/></svg>'));
  });

  test('escapes text and attributes again, so hostile text stays text', () => {
    expect(normaliseSvg('<svg aria-label="&quot;&gt;&lt;script&gt;"><text>&lt;b&gt; &amp;</text></svg>')).toBe(
      '<svg aria-label="&quot;&gt;&lt;script&gt;">\n  <text>&lt;b&gt; &amp;</text>\n</svg>\n',
    );
  });
});

describe('extractSvg', () => {
  const html = '<div><svg class="legend"><rect/></svg><p>x</p><svg class="heatmap-svg" width="3"><g><text>1</text></g></svg></div>';
  test('finds the svg by a marker in its start tag', () => {
    expect(extractSvg(html, 'class="heatmap-svg"')).toBe('<svg class="heatmap-svg" width="3"><g><text>1</text></g></svg>');
    expect(extractSvg(html, 'class="legend"')).toBe('<svg class="legend"><rect/></svg>');
  });
  test('fails clearly when there is none', () => {
    expect(() => extractSvg(html, 'class="other"')).toThrow('no <svg> with class="other"');
  });
});

describe('expectSvgSnapshot', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'svg-snapshot-'));
  const file = path.join(dir, 'nested', 'chart.svg');
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a missing snapshot fails, telling how to write it', () => {
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    expect(() => expectSvgSnapshot('<svg/>', file)).toThrow(/no snapshot at .*UPDATE_SNAPSHOTS=1/);
  });

  test('UPDATE_SNAPSHOTS=1 writes the normalised form, which then matches', () => {
    vi.stubEnv('UPDATE_SNAPSHOTS', '1');
    expectSvgSnapshot('<svg width="1"><rect/></svg>', file);
    expect(readFileSync(file, 'utf8')).toBe('<svg width="1">\n  <rect/>\n</svg>\n');
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    expect(() => expectSvgSnapshot('<svg  width="1.00001"><rect></rect></svg>', file)).not.toThrow();
  });

  test('a changed drawing fails with a diff naming the snapshot', () => {
    vi.stubEnv('UPDATE_SNAPSHOTS', '');
    writeFileSync(file, normaliseSvg('<svg width="1"><rect/></svg>'));
    expect(() => expectSvgSnapshot('<svg width="2"><rect/></svg>', file)).toThrow(/SVG differs from chart\.svg/);
  });
});
