import { expect, test } from 'vitest';
import { cellDescription, cellHref } from '../../../src/lib/charts/heatmap-cells.ts';

test.each([
  [
    'row page + column fragment',
    { full: 'P', cellPage: '/papers/x/' },
    { full: 'C', fragment: '#artifacts-code_released' },
    '/papers/x/#artifacts-code_released',
  ],
  ['row page, column without fragment', { full: 'P', cellPage: '/papers/x/' }, { full: 'C', href: '/categories/c/' }, '/papers/x/'],
  ['no row page: the column link', { full: 'Venue ICML' }, { full: 'C', href: '/categories/c/', fragment: '#c' }, '/categories/c/'],
  ['nothing to link to', { full: 'Venue ICML' }, { full: 'C' }, undefined],
])('cellHref: %s', (_, row, column, expected) => {
  expect(cellHref(row, column)).toBe(expected);
});

test('cellDescription keeps hostile text as plain text in one sentence', () => {
  expect(cellDescription({ full: '<b>P</b>' }, { full: 'Code released' }, 'yes')).toBe('<b>P</b> — Code released: yes');
});
