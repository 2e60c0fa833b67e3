import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  FIELDS_MARKERS,
  REPLY_FIELDS_MARKERS,
  editorSchema,
  fieldsMarkdown,
  generatedFiles,
  replyFieldsMarkdown,
  spliceSection,
} from '../../../scripts/lib/generated-files.ts';
import { REPLY_SCHEMA_PATH } from '../../../scripts/lib/reply-scaffold.ts';
import { OUTCOME_STATUSES, STATEMENT_TARGETS, replyJsonSchema } from '../../../src/lib/scan-format/reply-schema.ts';
import { DISPUTE_FORM, PAPER_FIELD, REQUEST_FORM, issueForms, itemOptions } from '../../../src/lib/contributing/issue-forms.ts';
import { allItems, RUBRIC } from '../../../src/lib/scan-format/rubric.ts';
import { scanJsonSchema } from '../../../src/lib/scan-format/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const generated = await generatedFiles(read('CONTRIBUTING.md'), ROOT);

describe('committed generated files are up to date (run `npm run generate` when this fails)', () => {
  test.each(generated.map((file) => [file.path, file.text]))('%s', (file, text) => {
    expect(read(file)).toBe(text);
  });
});

describe('editor schema', () => {
  type Node = { properties: Record<string, Node>; items: Node; maximum?: number };
  const years = (schema: unknown) => {
    const root = schema as Node;
    return [root.properties.paper!.properties.year!, root.properties.cited_papers!.items.properties.year!];
  };

  test('is the published schema except the calendar-bound year maximum', () => {
    const published = scanJsonSchema();
    const editor = editorSchema();
    for (const year of years(published)) expect(year.maximum).toBeGreaterThan(2000);
    for (const year of years(editor)) expect(year.maximum).toBeUndefined();
    for (const year of years(published)) delete year.maximum;
    expect(editor).toEqual(published);
  });

  test('is what .vscode/settings.json maps scans and independent audits to; replies get the reply schema', () => {
    const settings = JSON.parse(read('.vscode/settings.json'));
    const mapped = (pattern: string) => settings['json.schemas'].find((entry: { fileMatch: string[] }) => entry.fileMatch.includes(pattern))?.url;
    expect(mapped('/scans/**/scan.json')).toBe('./schema/scan.schema.json');
    expect(mapped('/scans/**/audits/*.json')).toBe('./schema/scan.schema.json');
    expect(mapped('/scans/**/replies/*.json')).toBe(`./${REPLY_SCHEMA_PATH}`);
  });

  test('the reply schema is committed as generated', () => {
    expect(JSON.parse(read(REPLY_SCHEMA_PATH))).toEqual(replyJsonSchema());
  });
});

describe('issue forms', () => {
  const forms = issueForms() as Record<
    string,
    { name: string; body: { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } }[] }
  >;

  test.each(Object.keys(forms))('%s is valid issue-form YAML with unique field ids and a required paper field', (name) => {
    const parsed = parse(read(`.github/ISSUE_TEMPLATE/${name}`));
    expect(parsed).toEqual(forms[name]);
    for (const key of ['name', 'description', 'body']) expect(parsed).toHaveProperty(key);
    const ids = parsed.body.filter((element: { id?: string }) => element.id).map((element: { id: string }) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const paper = parsed.body.find((element: { id?: string }) => element.id === PAPER_FIELD);
    expect(paper).toMatchObject({ type: 'input', validations: { required: true } });
    for (const element of parsed.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
      if (element.type !== 'markdown') expect(element.attributes.label).toBeTruthy();
    }
  });

  test('both forms exist', () => {
    expect(Object.keys(forms).sort()).toEqual([DISPUTE_FORM, REQUEST_FORM].sort());
  });

  test('the dispute form asks for what a reply file holds, so a maintainer can write one from it', () => {
    const body = forms[DISPUTE_FORM]!.body;
    const field = (id: string) => body.find((element) => element.id === id);
    expect(field('name')).toMatchObject({ type: 'input', validations: { required: true } });
    for (const id of ['orcid', 'affiliation', 'position']) expect(field(id)).toMatchObject({ type: 'input', validations: { required: false } });
    for (const id of ['correction', 'evidence']) expect(field(id)).toMatchObject({ type: 'textarea', validations: { required: true } });
    expect(field('role')!.attributes.options).toEqual(['No', 'Yes, I am an author']);
    expect(field('item')!.attributes.options).toEqual(expect.arrayContaining(['The audit as a whole', 'A red flag', 'A claim or its support level']));
    expect(body[0]!.attributes.value).toContain('`scans/<id>/replies/<date>-<your-name>.json`');
  });

  test('the dispute dropdown offers every rubric item exactly once, and no reserved "None"', () => {
    const dropdown = forms[DISPUTE_FORM]!.body.find((element) => element.id === 'item')!;
    const options = dropdown.attributes.options as string[];
    expect(new Set(options).size).toBe(options.length);
    expect(options).not.toContain('None');
    for (const { category, item } of allItems()) {
      expect(options.filter((option) => option.endsWith(`(${category.key}.${item.key})`))).toHaveLength(1);
    }
    expect(itemOptions()).toHaveLength(allItems().length);
  });
});

describe('field reference', () => {
  const markdown = fieldsMarkdown();

  test.each(allItems().map(({ category, item }) => [`${category.key}.${item.key}`, item.key, item.question]))(
    'lists %s with its question',
    (_, key, question) => {
      expect(markdown).toContain(`| \`${key}\` | ${question.replaceAll('|', '\\|')} |`);
    },
  );

  test.each(RUBRIC.map((category) => [category.key, category.label]))('has a heading for %s', (key, label) => {
    expect(markdown).toContain(`#### \`${key}\`: ${label}`);
  });

  test.each([
    'title',
    'authors',
    'year',
    'venue',
    'arxiv_id',
    'doi',
    'url',
    'applies',
    'answer',
    'justification',
    'claim',
    'evidence',
    'supported',
    'flag',
    'detail',
    'relevance',
    'key_findings',
    'methodology_tags',
  ])('explains field %s', (field) => {
    expect(markdown).toMatch(new RegExp(`^\\| \`${field}\` \\| [^|]+ \\| (yes|no) \\| \\S`, 'm'));
  });

  test('lists the support levels a claim can have', () => {
    expect(markdown).toContain('`"strong"` or `"moderate"` or `"weak"` or `"unsupported"`');
  });
});

describe('reply field reference', () => {
  const markdown = replyFieldsMarkdown();

  test.each(['by', 'date', 'url', 'statements', 'name', 'orcid', 'affiliation', 'relation'])('explains field %s', (field) => {
    expect(markdown).toMatch(new RegExp(`^\\| \`${field}\` \\| [^|]+ \\| (yes|no) \\| \\S`, 'm'));
  });

  test.each([...STATEMENT_TARGETS, ...OUTCOME_STATUSES])('has a row for %s', (value) => {
    expect(markdown).toMatch(new RegExp(`^\\| \`"${value}"\` \\| `, 'm'));
  });

  test('keeps angle brackets visible in Markdown', () => {
    expect(markdown).toContain('"&lt;category>/&lt;item>"');
  });

  test('CONTRIBUTING.md keeps its markers', () => {
    const contributing = read('CONTRIBUTING.md');
    expect(contributing).toContain(REPLY_FIELDS_MARKERS.start);
    expect(contributing).toContain(REPLY_FIELDS_MARKERS.end);
  });
});

describe('spliceSection', () => {
  const markers = { start: '<!-- s -->', end: '<!-- e -->' };
  test('replaces only what is between the markers', () => {
    expect(spliceSection('head\n<!-- s -->\nold\n<!-- e -->\ntail\n', markers, 'new\n')).toBe('head\n<!-- s -->\n\nnew\n\n<!-- e -->\ntail\n');
  });
  test.each(['no markers', '<!-- e --> before <!-- s -->'])('fails clearly without markers in order: %j', (document) => {
    expect(() => spliceSection(document, markers, 'x')).toThrow('markers not found');
  });
  test('CONTRIBUTING.md keeps its markers', () => {
    const contributing = read('CONTRIBUTING.md');
    expect(contributing).toContain(FIELDS_MARKERS.start);
    expect(contributing).toContain(FIELDS_MARKERS.end);
  });
});
