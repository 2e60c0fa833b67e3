import { describe, expect, test } from 'vitest';
import { chartDescription, chartGroups, chartTitle, groupDatum, itemChartSvg } from '../../../src/lib/items/item-charts.ts';
import { computeItemStats, findItemStats, type ItemStatsPaper } from '../../../src/lib/items/item-stats.ts';
import { CATEGORY_KEYS, RUBRIC } from '../../../src/lib/scan-format/rubric.ts';

/** A fictional paper answering code_released as given and every other item yes. */
function paper(id: string, year: number, venue: string, codeReleased: { applies: boolean; answer: boolean }): ItemStatsPaper {
  const checklist = Object.fromEntries(
    CATEGORY_KEYS.map((category) => [
      category,
      Object.fromEntries(RUBRIC.find((c) => c.key === category)!.items.map((item) => [item.key, { applies: true, answer: true }])),
    ]),
  );
  checklist.artifacts!.code_released = codeReleased;
  return { id, year, venue, checklist };
}

const papers = [
  paper('9901.00001', 2023, 'Synthetic Venue A', { applies: true, answer: true }),
  paper('9901.00002', 2023, 'Synthetic Venue B', { applies: true, answer: false }),
  paper('9901.00003', 2024, 'Synthetic Venue A', { applies: false, answer: false }),
];
const stats = findItemStats(computeItemStats(papers), 'artifacts', 'code_released')!;

describe('an item chart', () => {
  test('draws years for the year chart and venues for the venue chart', () => {
    expect(chartGroups(stats, 'year').map((group) => group.key)).toEqual(['2023', '2024']);
    expect(chartGroups(stats, 'venue').map((group) => group.label)).toEqual(expect.arrayContaining(['Synthetic Venue A', 'Synthetic Venue B']));
  });

  test('a datum carries the counts behind the share: 2023 has 1 yes of 2 applicable', () => {
    const year2023 = chartGroups(stats, 'year').find((group) => group.key === '2023')!;
    expect(groupDatum(year2023)).toMatchObject({ key: '2023', yes: 1, applicable: 2, notApplicable: 0 });
    // 2024's only paper is not applicable: nothing to divide by, never shown as 0%.
    const year2024 = chartGroups(stats, 'year').find((group) => group.key === '2024')!;
    expect(groupDatum(year2024)).toMatchObject({ yes: 0, applicable: 0, notApplicable: 1 });
  });

  test('title and description name the item and what the bars mean', () => {
    expect(chartTitle(stats, 'year')).toBe('Code released: share of audited papers meeting it, by year of publication');
    expect(chartTitle(stats, 'venue')).toBe('Code released: share of audited papers meeting it, by venue');
    expect(chartDescription(stats, 'venue')).toContain(`For each venue, the share of audited papers that answer yes to “${stats.item.question}”`);
  });

  test('the SVG is the same chart for page, embed and download: titled, described and id-scoped', () => {
    const svg = itemChartSvg(stats, 'year', 'chart-year');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(chartTitle(stats, 'year'));
    expect(svg).toContain('chart-year');
    expect(itemChartSvg(stats, 'year', 'chart-year')).toBe(svg);
    expect(itemChartSvg(stats, 'venue', 'chart-year')).not.toBe(svg);
  });
});
