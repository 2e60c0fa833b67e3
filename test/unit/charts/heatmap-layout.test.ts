import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ANSWER_TEXT,
  aggregateMatrix,
  aggregateScores,
  cellPercent,
  layoutHeatmap,
  legendStops,
  paperItemMatrix,
  paperScoreMatrix,
  truncate,
} from '../../../src/lib/charts/heatmap-layout.ts';
import { scoreColour } from '../../../src/lib/charts/colour-scale.ts';

const COLUMNS = [
  { key: 'alpha', label: 'Alpha', href: '/categories/alpha/', fragment: '#alpha' },
  { key: 'beta', label: 'Beta' },
];
const counts = (yes: number, applicable: number) => ({ yes, applicable });

describe('paperScoreMatrix', () => {
  const matrix = paperScoreMatrix(
    [
      { id: '9901.00001', title: 'Synthetic paper 00001', page: '/papers/9901.00001/', scores: { alpha: counts(3, 4), beta: counts(0, 0) } },
      { id: '9901.00002', title: 'Synthetic paper 00002', scores: { alpha: counts(0, 2), beta: counts(1, 1) } },
    ],
    COLUMNS,
  );

  test('one cell per paper and column, row-major', () => {
    expect(matrix.cells.map((cell) => [cell.row, cell.column, cell.value, cell.text, cell.tableText])).toEqual([
      [0, 0, 0.75, '75', '75%'],
      [0, 1, null, '–', 'n/a'],
      [1, 0, 0, '0', '0%'],
      [1, 1, 1, '100', '100%'],
    ]);
  });

  test('cells are coloured by the site scale, n/a grey, and link to the paper section', () => {
    expect(matrix.cells[0]!.colourClass).toBe('scale-8');
    expect(matrix.cells[1]!.colourClass).toBe('scale-na');
    expect(matrix.cells[0]!.href).toBe('/papers/9901.00001/#alpha');
    // A column without a fragment links to the paper page itself.
    expect(matrix.cells[1]!.href).toBe('/papers/9901.00001/');
    // A row without a page: cells fall back to the column's own link.
    expect(matrix.cells[2]!.href).toBe('/categories/alpha/');
    expect(matrix.cells[3]!.href).toBeUndefined();
    expect(matrix.rows[0]!.href).toBe('/papers/9901.00001/');
  });

  test('descriptions say the value in words, for tooltips and screen readers', () => {
    expect(matrix.cells[0]!.description).toBe('Synthetic paper 00001 (9901.00001) — Alpha: 75% (3 of 4 items)');
    expect(matrix.cells[1]!.description).toBe('Synthetic paper 00001 (9901.00001) — Beta: not applicable');
    expect(matrix.cells[0]!.words).toBe('75% (3 of 4 items)');
  });
});

describe('paperItemMatrix', () => {
  test('yes, no and n/a by value, symbol and word', () => {
    const matrix = paperItemMatrix([{ id: 'x', title: 'Synthetic paper 00003', answers: { alpha: 'yes', beta: 'na' } }], COLUMNS);
    expect(matrix.cells.map((cell) => cell.colourClass)).toEqual(['scale-10', 'scale-na']);
    // Words follow from the symbol, so the page need not repeat them in every cell.
    expect(matrix.textWords).toEqual({ '✓': 'yes', '✗': 'no', '–': 'not applicable' });
    expect(matrix.cells.map((cell) => [cell.value, cell.text, cell.tableText, cell.description])).toEqual([
      [1, '✓', '✓ yes', 'Synthetic paper 00003 (x) — Alpha: yes'],
      [null, '–', '– n.a.', 'Synthetic paper 00003 (x) — Beta: not applicable'],
    ]);
  });
});

describe('aggregates', () => {
  const papers = [
    { group: 'ICML', scores: { alpha: counts(1, 2), beta: counts(0, 0) } },
    { group: 'ICML', scores: { alpha: counts(1, 1), beta: counts(0, 0) } },
    { group: 'TMLR', scores: { alpha: counts(0, 3), beta: counts(2, 4) } },
  ];

  test('mean of per-paper scores over the papers where the column applies; n/a is not counted as 0', () => {
    const result = aggregateScores(papers, ['alpha', 'beta']);
    expect(result.get('ICML')).toEqual({
      papers: 2,
      cells: [
        { mean: 0.75, count: 2 },
        { mean: null, count: 0 },
      ],
    });
    expect(result.get('TMLR')).toEqual({
      papers: 1,
      cells: [
        { mean: 0, count: 1 },
        { mean: 0.5, count: 1 },
      ],
    });
  });

  test('the matrix follows the given group order, skips empty groups and labels rows with counts', () => {
    const matrix = aggregateMatrix(papers, COLUMNS, ['TMLR', 'NeurIPS', 'ICML'], 'Venue');
    expect(matrix.rows.map((row) => row.label)).toEqual(['TMLR (1)', 'ICML (2)']);
    expect(matrix.cells.map((cell) => cell.text)).toEqual(['0', '50', '75', '–']);
    expect(matrix.cells.map((cell) => cell.tableText)).toEqual(['0% of 1', '50% of 1', '75% of 2', 'n/a']);
    expect(matrix.cells[2]!.description).toBe('Venue ICML (2 papers) — Alpha: mean 75% over 2 papers');
    expect(matrix.cells[3]!.description).toBe('Venue ICML (2 papers) — Beta: applies to no paper');
    expect(matrix.cells[0]!.description).toBe('Venue TMLR (1 paper) — Alpha: mean 0% over 1 paper');
    // Aggregate cells link to their column (the category page), not to a paper.
    expect(matrix.cells[2]!.href).toBe('/categories/alpha/');
  });
});

describe('layoutHeatmap', () => {
  const matrix = {
    rows: [
      { label: 'Short', full: 'Short' },
      { label: 'A much longer row label', full: '' },
    ],
    columns: COLUMNS.map((c) => ({ label: c.label, full: c.label })),
  };

  test('band scales place columns left to right and rows top to bottom after the labels', () => {
    const layout = layoutHeatmap(matrix, { cellWidth: 40, cellHeight: 20, padding: 0, charWidth: 10, headerHeight: 100 });
    expect(layout.x).toEqual([238, 278]);
    expect(layout.y).toEqual([100, 120]);
    expect(layout.cellWidth).toBe(40);
    expect(layout.cellHeight).toBe(20);
    expect(layout.height).toBe(142);
    expect(layout.width).toBe(238 + 80 + 80);
  });

  test('long row labels are cut with an ellipsis', () => {
    const layout = layoutHeatmap(matrix, { maxRowLabelChars: 10 });
    expect(layout.rowLabels).toEqual(['Short', 'A much lo…']);
  });

  test('default options: d3 band geometry worked out by hand, rounded to one decimal', () => {
    // Longest label: 23 characters × 6.6 px = 151.8 → 152, plus 8 px of gap: cells start at 160.
    // A band scale with paddingInner p over n bands steps by (range / (n − p)); bands are
    // step × (1 − p) wide. Columns: 80 / 1.92 = 41.667 step, 38.333 wide. Rows: 44 / 1.92 =
    // 22.917 step, 21.083 high.
    expect(layoutHeatmap(matrix)).toEqual({
      width: 160 + 2 * 40 + 104, // 104 = ⌈130 × 0.8⌉ for the last slanted column label
      height: 130 + 2 * 22 + 2,
      x: [160, 201.7],
      y: [130, 152.9],
      cellWidth: 38.3,
      cellHeight: 21.1,
      labelRight: 154,
      headerBaseline: 124,
      rowLabels: ['Short', 'A much longer row label'],
    });
  });

  test('an empty matrix has no cells and only the label gutter and header', () => {
    const layout = layoutHeatmap({ rows: [], columns: [] });
    expect(layout).toMatchObject({ x: [], y: [], rowLabels: [], width: 8 + 104, height: 132, labelRight: 2 });
  });
});

test.each([
  ['short', 10, 'short'],
  ['exactly ten', 11, 'exactly ten'],
  ['a longer title', 8, 'a longe…'],
  ['emoji 🚀🚀🚀', 8, 'emoji 🚀…'],
])('truncate(%s, %i)', (text, max, expected) => {
  expect(truncate(text, max)).toBe(expected);
});

test('cellPercent and the legend', () => {
  expect(cellPercent(0.333)).toBe('33');
  expect(cellPercent(null)).toBe('–');
  expect(legendStops().map((stop) => stop.label)).toEqual(['0%', '10%', '20%', '30%', '40%', '50%', '60%', '70%', '80%', '90%', '100%', 'n/a']);
  // The legend shows exactly the colours the bucket classes give cells.
  expect(legendStops()[7]!.fill).toBe(scoreColour(0.7));
  expect(legendStops().at(-1)!.fill).toBe(scoreColour(null));
});

test('the answer symbols drawn with CSS are the rubric answer symbols', () => {
  const css = readFileSync('src/styles/answers.css', 'utf8');
  for (const [answer, shown] of Object.entries(ANSWER_TEXT)) {
    expect(css).toContain(
      `.a-${answer}::before,\n:is(.answer, .items > li > span).${answer}::before {\n  content: '${shown.symbol} ';\n  content: '${shown.symbol} ' / '';\n}`,
    );
  }
});
