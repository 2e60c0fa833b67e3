import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { ITEM_REFERENCES, replyJsonSchema, replySchema, unknownItemMessage } from '../../../src/lib/scan-format/reply-schema.ts';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';
import { hostileReply } from '../../helpers/hostile.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const GOOD = ['test/fixtures/site/9901.00002/replies/2026-01-15-yara-yilmaz.json', 'test/fixtures/site/9901.00003/replies/2026-02-03-ivo-jankowski.json'];
const good = read(GOOD[0]!);

/** The pointers and messages zod reports, as `/path: message`. */
function issues(value: unknown): string[] {
  const result = replySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `/${issue.path.join('/')}: ${issue.message}`);
}

describe('the reply schema', () => {
  test.each(GOOD)('accepts %s', (file) => {
    expect(issues(read(file))).toEqual([]);
  });

  test('accepts the hostile reply: text is data, never a reason to refuse', () => {
    expect(issues(hostileReply())).toEqual([]);
  });

  test('items are exactly the rubric\'s, as "category/item"', () => {
    expect(ITEM_REFERENCES).toEqual(allItems().map(({ category, item }) => `${category.key}/${item.key}`));
  });

  test.each([
    ['artifacts/code_release', 'unknown checklist item "artifacts/code_release": did you mean "artifacts/code_released"?'],
    ['code_released', 'unknown checklist item "code_released": expected "<category>/<item>" from the rubric, e.g. "artifacts/code_released"'],
    [42, 'unknown checklist item 42: expected "<category>/<item>" from the rubric, e.g. "artifacts/code_released"'],
  ])('an unknown item %j is explained', (input, message) => {
    expect(unknownItemMessage(input)).toBe(message);
  });

  test.each([
    [
      'a statement about a red flag with a fraction',
      { about: 'red_flag', red_flag: 1.5, text: 'x', outcome: { status: 'open' } },
      "/statements/0/red_flag: the red flag's position must be a whole number",
    ],
    [
      'a claim given as text',
      { about: 'claim', claim: 'first', text: 'x', outcome: { status: 'open' } },
      '/statements/0/claim: expected the claim\'s position (a whole number from 0), got "first"',
    ],
    ['a blank text', { about: 'audit', text: '  ', outcome: { status: 'open' } }, '/statements/0/text: text must not be blank'],
    [
      'a commit that is not hex',
      { about: 'audit', text: 'x', outcome: { status: 'corrected', commit: 'HEAD~1' } },
      '/statements/0/outcome/commit: expected a Git commit hash (7 to 40 hex digits), got "HEAD~1"',
    ],
    ['an open outcome with a note', { about: 'audit', text: 'x', outcome: { status: 'open', note: 'x' } }, '/statements/0/outcome: Unrecognized key: "note"'],
    [
      'an item key on an audit statement',
      { about: 'audit', item: 'artifacts/code_released', text: 'x', outcome: { status: 'open' } },
      '/statements/0: Unrecognized key: "item"',
    ],
  ])('rejects %s', (_, statement, message) => {
    expect(issues({ ...good, statements: [statement] })).toEqual([message]);
  });

  test('a correction may name its commit, its date, or both', () => {
    for (const outcome of [{ commit: '0123abc' }, { date: '2026-01-20' }, { commit: '0123abcdef0123abcdef0123abcdef0123abcdef', date: '2026-01-20' }]) {
      expect(issues({ ...good, statements: [{ about: 'audit', text: 'x', outcome: { status: 'corrected', ...outcome } }] })).toEqual([]);
    }
  });
});

describe('dates', () => {
  test('the date must be written as YYYY-MM-DD', () => {
    expect(issues({ ...good, date: '15/01/2026' })).toEqual(['/date: date must be written YYYY-MM-DD, got "15/01/2026"']);
    expect(issues({ ...good, date: '2026-1-15' })).toEqual(['/date: date must be written YYYY-MM-DD, got "2026-1-15"']);
  });
});

describe('the JSON Schema of replies', () => {
  const schema = replyJsonSchema();
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  test('describes every property, however deep', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, { description?: string } | true> }).properties;
      // `true` only marks a property as present, in the anyOf that asks for a commit or a date.
      for (const [name, property] of Object.entries(properties ?? {})) if (property !== true && !property.description) undescribed.push(`${where}/${name}`);
      for (const [key, child] of Object.entries(node)) visit(child, `${where}/${key}`);
    };
    visit(schema, '');
    expect(undescribed).toEqual([]);
  });

  test.each([...GOOD])('accepts %s', (file) => {
    expect(validate(read(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  // What a JSON Schema cannot see: file names, the audit beside the reply, the calendar, the clock, checksums, bytes.
  const beyond = new Set([
    'reply-bad-name',
    'reply-date-mismatch',
    'reply-future-date',
    'reply-not-a-date',
    'reply-bad-orcid',
    'reply-claim-missing',
    'reply-red-flag-missing',
    'reply-not-json',
  ]);
  const within = readdirSync('test/fixtures/bad-companions').filter((name) => name.startsWith('reply-') && !beyond.has(name));

  test.each(within)('rejects bad fixture %s', (name) => {
    const folder = `test/fixtures/bad-companions/${name}/replies`;
    expect(validate(read(`${folder}/${readdirSync(folder)[0]}`))).toBe(false);
  });

  test('is deterministic', () => {
    expect(JSON.stringify(replyJsonSchema())).toBe(JSON.stringify(schema));
  });
});
