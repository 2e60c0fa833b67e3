/**
 * The heatmap component on a small fixed matrix: its SVG is compared in normalised form with
 * committed snapshots (`UPDATE_SNAPSHOTS=1` rewrites them after an intended change), and the
 * parts around it (caption, scroll region, table) are checked directly.
 */
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import Heatmap from '../../../src/components/heatmap/Heatmap.astro';
import { paperItemMatrix, paperScoreMatrix } from '../../../src/lib/charts/heatmap-layout.ts';
import { PAYLOADS } from '../../helpers/hostile.ts';
import { expectSvgSnapshot, extractSvg } from '../../helpers/svg-snapshot.ts';

const container = await AstroContainer.create();
const snapshot = (name: string) => path.join(import.meta.dirname, '__snapshots__', name);

const COLUMNS = [
  { key: 'artifacts', label: 'Artifacts', href: '/categories/artifacts/', fragment: '#artifacts' },
  { key: 'human_studies', label: 'Human studies', href: '/categories/human_studies/', fragment: '#human_studies' },
  { key: 'contamination', label: 'Contamination', href: '/categories/contamination/', fragment: '#contamination' },
];
const counts = (yes: number, applicable: number) => ({ yes, applicable });
const SCORES = paperScoreMatrix(
  [
    {
      id: '9901.00001',
      title: 'Synthetic paper 00001',
      page: '/papers/9901.00001/',
      scores: { artifacts: counts(4, 4), human_studies: counts(0, 0), contamination: counts(1, 3) },
    },
    {
      id: '9901.00002',
      title: 'Synthetic paper 00002 with a title far too long to fit beside the heatmap',
      page: '/papers/9901.00002/',
      scores: { artifacts: counts(0, 4), human_studies: counts(5, 7), contamination: counts(3, 3) },
    },
    {
      id: '9902.66601',
      title: `Synthetic hostile paper ${PAYLOADS[0]}`,
      page: '/papers/9902.66601/',
      scores: { artifacts: counts(2, 4), human_studies: counts(0, 7), contamination: counts(0, 0) },
    },
  ],
  COLUMNS,
);
const ANSWERS = paperItemMatrix(
  [
    { id: '9901.00001', title: 'Synthetic paper 00001', page: '/papers/9901.00001/', answers: { code_released: 'yes', data_released: 'no' } },
    { id: '9901.00002', title: 'Synthetic paper 00002', page: '/papers/9901.00002/', answers: { code_released: 'na', data_released: 'yes' } },
  ],
  [
    { key: 'code_released', label: 'Code released', fragment: '#artifacts-code_released' },
    { key: 'data_released', label: 'Data released', fragment: '#artifacts-data_released' },
  ],
);

const render = (props: Record<string, unknown>) =>
  container.renderToString(Heatmap, {
    props: { id: 'scores', caption: 'Category scores of three synthetic papers', matrix: SCORES, legend: 'score', rowHeading: 'Paper', ...props },
  });

describe('the drawn SVG (snapshots)', () => {
  test('scores: 3 papers × 3 categories, with n/a cells, a shortened label and hostile text', async () => {
    expectSvgSnapshot(extractSvg(await render({}), 'class="heatmap-svg"'), snapshot('heatmap-scores.svg'));
  });

  test('answers: ✓ ✗ – cells whose words come from one mapping instead of each cell', async () => {
    const html = await render({ id: 'answers', caption: 'Artifacts answers', matrix: ANSWERS, legend: 'answer', layout: { cellWidth: 30 } });
    expectSvgSnapshot(extractSvg(html, 'class="heatmap-svg"'), snapshot('heatmap-answers.svg'));
  });

  test('the score legend', async () => {
    expectSvgSnapshot(extractSvg(await render({}), 'aria-label="Colour key'), snapshot('legend-score.svg'));
  });
});

describe('around the SVG', () => {
  test('a captioned figure whose chart scrolls in its own focusable region', async () => {
    const html = await render({});
    expect(html).toContain('<figcaption id="scores-caption">Category scores of three synthetic papers</figcaption>');
    expect(html).toContain('<div class="heatmap-scroll" role="region" aria-label="Chart: Category scores of three synthetic papers" tabindex="0">');
    expect(html).toContain('aria-label="Category scores of three synthetic papers. The same numbers follow as a table."');
  });

  test('every cell prints its value; the table repeats every number with its row and column links', async () => {
    const html = await render({});
    expect(html.match(/<use href="#scores-cell"/g)).toHaveLength(9);
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect([...table.matchAll(/<td>([^<]*)<\/td>/g)].map((match) => match[1])).toEqual(['100%', 'n/a', '33%', '0%', '71%', '100%', '50%', '0%', 'n/a']);
    expect(table).toContain('<th scope="col"><a href="/categories/human_studies/">Human studies</a></th>');
    expect(table).toContain(
      '<th scope="row"><a href="/papers/9901.00002/">Synthetic paper 00002 with a title far too long to fit beside the heatmap (9901.00002)</a></th>',
    );
  });

  test('hostile text stays text: no element comes from it, and it reads back unchanged', async () => {
    const html = await render({});
    const elements: { name: string; attributes: Record<string, string> }[] = [];
    const parser = new Parser({ onopentag: (name, attributes) => elements.push({ name, attributes }) }, { decodeEntities: true });
    parser.write(html);
    parser.end();
    // The one script is the component's own module; the payload's <script> made none.
    expect(elements.filter((element) => element.name === 'script').map((element) => element.attributes.src)).toEqual([
      expect.stringContaining('Heatmap.astro?astro&type=script'),
    ]);
    expect(elements.filter((element) => /^on/.test(Object.keys(element.attributes).join(' ')))).toEqual([]);
    const row = elements.find((element) => element.attributes['data-page'] === '/papers/9902.66601/');
    expect(row?.attributes['data-full']).toBe(`Synthetic hostile paper ${PAYLOADS[0]} (9902.66601)`);
    expect(html).toContain('Synthetic hostile paper &lt;script&gt;window.__pwned=1&lt;/script&gt; (9902.66601)</a>');
  });

  test('without the table, the note says where the same numbers are', async () => {
    const html = await render({ showTable: false, tableNote: 'The ranking below lists the same scores.' });
    expect(html).not.toContain('<table>');
    expect(html).toContain('<p class="heatmap-note">The ranking below lists the same scores.</p>');
    expect(html).toContain('aria-label="Category scores of three synthetic papers. The ranking below lists the same scores."');
  });
});
