import { describe, expect, test } from 'vitest';
import { auditFilePath, badgePath, citationFilePath, ogImagePath, replyFilePath, scanFilePath } from '../../../src/lib/publishing/published-paths.ts';
import { paperPath } from '../../../src/lib/site/urls.ts';

describe('files published next to an audit page', () => {
  test.each([
    ['2405.05949', '/papers/2405.05949/'],
    ['hep-th/9901001', '/papers/hep-th/9901001/'],
    ['synthetic-slug-paper', '/papers/synthetic-slug-paper/'],
  ])('%s', (id, folder) => {
    expect(scanFilePath(id)).toBe(`${folder}scan.json`);
    expect(badgePath(id)).toBe(`${folder}badge.svg`);
    expect(ogImagePath(id)).toBe(`${folder}og.png`);
    expect(citationFilePath(id, 'cite.ris')).toBe(`${folder}cite.ris`);
    expect(auditFilePath(id, 'jane-doe')).toBe(`${folder}audits/jane-doe.json`);
    expect(replyFilePath(id, '2026-01-15-jane-doe')).toBe(`${folder}replies/2026-01-15-jane-doe.json`);
  });

  test('every file sits in the folder of the paper page, so relative links between them work', () => {
    for (const id of ['9901.00001', 'synth-th/9912001']) {
      for (const file of [scanFilePath(id), badgePath(id), ogImagePath(id), citationFilePath(id, 'cite.biblatex.bib')]) {
        expect(file.startsWith(paperPath(id))).toBe(true);
        expect(file.slice(paperPath(id).length)).not.toContain('/');
      }
    }
  });

  test('a hostile id cannot turn the file name into a query or fragment', () => {
    expect(badgePath('x?y#z')).toBe('/papers/x%3Fy%23z/badge.svg');
    expect(scanFilePath('"><img>')).toBe('/papers/%22%3E%3Cimg%3E/scan.json');
    expect(new URL(ogImagePath('a?b'), 'https://glassbox.example.org').pathname).toBe('/papers/a%3Fb/og.png');
  });
});
