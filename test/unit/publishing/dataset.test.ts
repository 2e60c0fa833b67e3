import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { DATASET } from '../../../src/lib/publishing/dataset.ts';
import { isReleaseTagName } from '../../../src/lib/history/release-tags.ts';

const cff = parse(readFileSync('CITATION.cff', 'utf8'));
const zenodo = JSON.parse(readFileSync('.zenodo.json', 'utf8'));

test('CITATION.cff has the keys CFF 1.2.0 requires, with valid values', () => {
  expect(cff['cff-version']).toBe('1.2.0');
  expect(typeof cff.message).toBe('string');
  expect(cff.title).toBe(DATASET.title);
  expect(cff.type).toBe('dataset');
  expect(cff.authors.length).toBeGreaterThan(0);
  // Every CFF author is a person (family-names/given-names) or an entity (name).
  for (const author of cff.authors) expect(author.name ?? author['family-names']).toBeTruthy();
  expect(
    Object.keys(cff).every((key) =>
      [
        'cff-version',
        'message',
        'type',
        'title',
        'abstract',
        'authors',
        'license',
        'keywords',
        'version',
        'date-released',
        'doi',
        'url',
        'repository-code',
        'identifiers',
        'references',
        'preferred-citation',
      ].includes(key),
    ),
  ).toBe(true);
});

test('.zenodo.json describes the same dataset under the same licence', () => {
  expect(zenodo.title).toBe(DATASET.title);
  expect(zenodo.upload_type).toBe('dataset');
  expect(zenodo.creators).toEqual(cff.authors.map((author: { name: string }) => ({ name: author.name })));
  expect(zenodo.license).toBe(DATASET.licence);
  expect(cff.license).toBe(DATASET.licence);
  expect(zenodo.description.startsWith(DATASET.description)).toBe(true);
  expect(cff.abstract).toBe(DATASET.description);
});

test('CITATION.cff and .zenodo.json carry the same release version, whose tag is v<version>', () => {
  expect(String(cff.version)).toMatch(/^\d+\.\d+\.\d+$/);
  expect(zenodo.version).toBe(String(cff.version));
  expect(isReleaseTagName(`v${cff.version}`)).toBe(true);
});
