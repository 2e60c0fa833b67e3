import { describe, expect, test } from 'vitest';
import { CITATION_STYLES, citeprocText, textCaseOf } from '../../../src/lib/publishing/citation.ts';
import { cslRecord, type CslRecord } from '../../../src/lib/publishing/citation-record.ts';
import { citationInput as input, citationRecords } from '../../helpers/citation-inputs.ts';
import { StyleLayouts } from '../../../src/lib/publishing/style-layouts.ts';

const records: CslRecord[] = citationRecords(132);

describe.each(CITATION_STYLES.map((style) => [style.label, style] as const))('%s', (_, style) => {
  test('every record reads exactly as citeproc writes it', () => {
    const layouts = new StyleLayouts();
    let citeprocCalls = 0;
    const render = (record: CslRecord) => {
      citeprocCalls++;
      return citeprocText(record, style);
    };
    for (const record of records) expect(layouts.render(style.key, record, render, textCaseOf(style))).toBe(citeprocText(record, style));
    // APA, the style every audit page carries at any size, fills most records in. The styles that
    // set titles in title case (Chicago, MLA) have layouts too, through citeproc's own title case
    // (learning a shape costs them a fourth citeproc call, so the count says less here).
    if (style.key === 'apa') expect(citeprocCalls).toBeLessThan(records.length);
    if (['apa', 'chicago', 'mla'].includes(style.key)) expect(layouts.usable).toBeGreaterThan(0);
  });
});

test.each(['chicago', 'mla'])('%s without its title case: no layout, citeproc renders every record', (key) => {
  const style = CITATION_STYLES.find((candidate) => candidate.key === key)!;
  const layouts = new StyleLayouts();
  let citeprocCalls = 0;
  const render = (record: CslRecord) => {
    citeprocCalls++;
    return citeprocText(record, style);
  };
  for (const record of records) expect(layouts.render(key, record, render)).toBe(citeprocText(record, style));
  expect(layouts.usable).toBe(0);
  expect(citeprocCalls).toBeGreaterThanOrEqual(records.length);
});

test('a second record of a known shape is filled in without citeproc; text citeproc would rewrite is rendered by it', () => {
  const layouts = new StyleLayouts();
  const apa = CITATION_STYLES[0]!;
  const seen: string[] = [];
  const render = (record: CslRecord) => {
    seen.push(record.title);
    return citeprocText(record, apa);
  };
  const first = cslRecord({ ...input(0), version: null, reviewers: undefined });
  const second = {
    ...first,
    id: 'glassbox-9901.00099',
    title: 'Glassbox transparency audit of: Synthetic paper 00099: another plain title',
    URL: 'https://glassbox.example.org/papers/9901.00099/',
  };
  layouts.render('apa', first, render);
  expect(seen).toHaveLength(3); // the record itself, then its shape with tokens in two cases
  expect(layouts.render('apa', second, render)).toBe(citeprocText(second, apa));
  expect(seen).toHaveLength(3);
  const quoted = { ...second, title: 'Glassbox transparency audit of: a "quoted" title' };
  expect(layouts.render('apa', quoted, render)).toBe(citeprocText(quoted, apa));
  expect(seen.at(-1)).toBe(quoted.title);
});

test.each(['chicago', 'mla'])('%s fills a record of a known shape in, its titles title-cased as citeproc does, without citeproc', (key) => {
  const style = CITATION_STYLES.find((candidate) => candidate.key === key)!;
  let citeprocCalls = 0;
  const render = (record: CslRecord) => {
    citeprocCalls++;
    return citeprocText(record, style);
  };
  const layouts = new StyleLayouts();
  const first = cslRecord({ ...input(0), version: null, reviewers: undefined });
  layouts.render(key, first, render, textCaseOf(style));
  const learned = citeprocCalls;
  for (const title of ['of the made-up: a study in data for the win', 'Synthetic paper 00046: on iPhone-scale models and DNA']) {
    const next = { ...first, title: `Glassbox transparency audit of: ${title}`, 'reviewed-title': title };
    expect(layouts.render(key, next, render, textCaseOf(style))).toBe(citeprocText(next, style));
  }
  expect(citeprocCalls).toBe(learned);
});

test('a style that capitalises a field in another case than title case gets no layout', () => {
  const chicago = CITATION_STYLES.find((style) => style.key === 'chicago')!;
  const titleCase = textCaseOf(chicago);
  // Capitalize-all, by hand: "of the x" → "Of The X"; title case would print "Of the X".
  const capitaliseAll = (text: string) => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const render = (record: CslRecord) => `${capitaliseAll(record.title)}. ${record.URL}`;
  const layouts = new StyleLayouts();
  for (const record of records.slice(0, 20)) expect(layouts.render('capitalise-all', record, render, titleCase)).toBe(render(record));
  expect(layouts.usable).toBe(0);
});

test('the title case handed over is citeproc’s: stop words stay lower case except first and after a colon', () => {
  const titleCase = textCaseOf(CITATION_STYLES.find((style) => style.key === 'mla')!);
  expect(titleCase.title('of the synthetic: a study in made-up data for the win')).toBe('Of the Synthetic: A Study in Made-up Data for the Win');
});

test('a text that contains a token’s letters is put in as it is, not filled again', () => {
  const layouts = new StyleLayouts();
  const apa = CITATION_STYLES[0]!;
  const render = (record: CslRecord) => citeprocText(record, apa);
  const base = cslRecord({ ...input(0), version: null, reviewers: undefined });
  layouts.render('apa', base, render);
  const tricky = { ...base, title: 'Glassbox transparency audit of: zqurlzq and zqtitlezq' };
  expect(layouts.render('apa', tricky, render)).toBe(citeprocText(tricky, apa));
});
