import { expect, test } from 'vitest';
import { flagListing } from '../../../src/build-model/search-data.ts';
import { syntheticRecords } from '../../helpers/build-model.ts';

test('the listing holds the papers with red flags, in id order, and counts their flags', () => {
  const records = syntheticRecords(60);
  const { papers, flagCount } = flagListing(records);
  const flagged = records.filter((record) => record.scan.red_flags.length > 0);
  expect(flagged.length).toBeLessThan(records.length);
  expect(papers.map((paper) => paper.paperId)).toEqual(flagged.map((record) => record.id));
  expect(papers[0]).toEqual({ paperId: flagged[0]!.id, title: flagged[0]!.scan.paper.title, flags: flagged[0]!.scan.red_flags });
  expect(flagCount).toBe(flagged.reduce((sum, record) => sum + record.scan.red_flags.length, 0));
});

test('no scans, no flags', () => expect(flagListing([])).toEqual({ papers: [], flagCount: 0 }));
