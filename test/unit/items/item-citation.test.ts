import { expect, test } from 'vitest';
import { chartCitation } from '../../../src/lib/items/item-citation.ts';

test('a chart citation names the makers, the chart, the number of audits and the page', () => {
  expect(
    chartCitation({
      title: 'Code released: share of audited papers meeting it, by year',
      url: 'https://glassbox.example.org/items/artifacts/code_released/',
      papers: 1234,
    }),
  ).toBe(
    'Glassbox contributors. Code released: share of audited papers meeting it, by year. Glassbox, from 1,234 audited papers. https://glassbox.example.org/items/artifacts/code_released/',
  );
  expect(chartCitation({ title: 'T', url: 'u', papers: 1 })).toContain('from 1 audited paper.');
});
