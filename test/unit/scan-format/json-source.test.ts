import { describe, expect, test } from 'vitest';
import {
  decodeUtf8,
  escapePointerToken,
  keysInText,
  keysInValue,
  parseJsonSource,
  toPointer,
  type JsonSource,
} from '../../../src/lib/scan-format/json-source.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part)] : part)));

/** Parse text that must be valid JSON. */
function sourceOf(text: string): { source: JsonSource; problems: unknown[] } {
  const parsed = parseJsonSource(text);
  if (!('source' in parsed)) throw new Error(`expected valid JSON: ${parsed.problem.message}`);
  return parsed;
}

describe('JSON pointers', () => {
  test.each([
    [[], '/'],
    [['paper', 'title'], '/paper/title'],
    [['claims', 0, 'supported'], '/claims/0/supported'],
    [['a/b', 'c~d'], '/a~1b/c~0d'],
    [['~1'], '/~01'],
  ])('%j → %s', (path, pointer) => expect(toPointer(path)).toBe(pointer));

  test('escaping is RFC 6901: ~ before /', () => expect(escapePointerToken('~/')).toBe('~0~1'));
});

describe('decodeUtf8', () => {
  test.each<[string, Uint8Array, { line: number; column: number } | string]>([
    ['plain ASCII', bytes('{"a": 1}'), '{"a": 1}'],
    ['a byte-order mark is dropped', bytes([0xef, 0xbb, 0xbf], '{}'), '{}'],
    ['multi-byte text', bytes('{"a": "Zoë 🚀"}'), '{"a": "Zoë 🚀"}'],
    ['a lone 0xFF', bytes('{\n  "a": "', [0xff], '"\n}'), { line: 2, column: 9 }],
    ['a truncated sequence at the end', bytes('é', [0xe2, 0x82]), { line: 1, column: 2 }],
    ['an overlong encoding of "/"', bytes('ab', [0xc0, 0xaf]), { line: 1, column: 3 }],
    ['a UTF-16 file', bytes([0xff, 0xfe], '{'), { line: 1, column: 1 }],
    ['after a legitimate U+FFFD', bytes('{"a": "\uFFFD",\n "b": "', [0xff], '"}'), { line: 2, column: 8 }],
    ['after a byte-order mark (not counted as a column)', bytes([0xef, 0xbb, 0xbf], '{"a": "', [0xc3], '"}'), { line: 1, column: 8 }],
  ])('%s', (_, input, expected) => {
    const decoded = decodeUtf8(input);
    if (typeof expected === 'string') expect(decoded).toEqual({ text: expected });
    else expect(decoded).toEqual({ problem: { ...expected, pointer: '/', message: 'file is not valid UTF-8 (save it as UTF-8)' } });
  });
});

describe('parseJsonSource rejects what is not JSON, with a position', () => {
  test.each([
    ['empty', '', 1, 1, 'file is empty (expected a JSON object)'],
    ['only whitespace', ' \n\t\n', 1, 1, 'file is empty (expected a JSON object)'],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, 'not valid JSON: Unexpected token RBrace found.'],
    ['a comment', '{"a": 1, // no\n}', 1, 10, "not valid JSON: Unexpected character '/' found."],
    ['single quotes', "{'a': 1}", 1, 2, "not valid JSON: Unexpected character ''' found."],
    ['NaN', '{"a": NaN}', 1, 7, "not valid JSON: Unexpected character 'N' found."],
    ['text after the value', '{"a": 1} x', 1, 10, "not valid JSON: Unexpected character 'x' found."],
    ['an unclosed object', '{"a": 1', 1, 8, 'not valid JSON: Unexpected end of input found.'],
    ['absurd nesting', '['.repeat(100_000), 1, 1, 'JSON is nested too deeply to read'],
  ])('%s', (_, text, line, column, message) => {
    expect(parseJsonSource(text)).toEqual({ problem: { line, column, pointer: '/', message } });
  });
});

test.each([
  ['an object', '{"a": ' + '['.repeat(200_000) + ']'.repeat(200_000) + '}'],
  ['an array', '[' + '['.repeat(200_000) + ']'.repeat(200_000) + ']'],
])('valid JSON nested absurdly deep inside %s is one problem, not a crash', (_, text) => {
  expect(parseJsonSource(text)).toEqual({ problem: { line: 1, column: 1, pointer: '/', message: 'JSON is nested too deeply to read' } });
});

describe('counting keys, which tells whether a file needs the syntax tree for duplicates', () => {
  test.each([
    ['{}', 0],
    ['{"a": 1, "b": {"c": [{"d": null}]}}', 4],
    ['{"a": 1, "a": 2}', 2],
    ['{"x\\"y:": "\\"z\\": 1", "k" \n : "v"}', 2],
    ['["a:", "b" , "c"]', 0],
    ['{"\\\\": {"\\u0022": ":"}}', 2],
    ['"just: a string"', 0],
  ])('%s has %i keys in the text', (text, keys) => {
    expect(keysInText(text)).toBe(keys);
  });

  test.each([
    ['{"a": 1, "a": 2}', 1],
    ['{"__proto__": {"x": 1}, "b": [{"c": 1}, {"c": 2}]}', 5],
    ['[1, "a", null]', 0],
  ])('%s has %i keys once parsed', (text, keys) => {
    expect(keysInValue(JSON.parse(text))).toBe(keys);
  });
});

describe('duplicate keys, which JSON.parse would silently resolve', () => {
  test('are found however the key is spelled in the text', () => {
    expect(sourceOf('{"a": 1, "\\u0061": 2}').problems).toEqual([
      { line: 1, column: 10, pointer: '/a', message: 'duplicate key "a" (first defined on line 1); keep one' },
    ]);
  });

  test('are found at every depth, including inside arrays, at the repeated key', () => {
    const text = '{\n  "a": 1,\n  "b": [{ "x": 1, "x": 2 }],\n  "a": 3\n}';
    expect(sourceOf(text).problems).toEqual([
      { line: 3, column: 19, pointer: '/b/0/x', message: 'duplicate key "x" (first defined on line 3); keep one' },
      { line: 4, column: 3, pointer: '/a', message: 'duplicate key "a" (first defined on line 2); keep one' },
    ]);
  });

  test('the value that counts (the last) is the one located', () => {
    const { source } = sourceOf('{"a": 1, "a": true}');
    expect(source.value).toEqual({ a: true });
    expect(source.locate('/a')).toEqual({ line: 1, column: 15 });
  });

  test('a key repeated in sibling objects is not a duplicate', () => {
    expect(sourceOf('[{"a": 1}, {"a": 2}]').problems).toEqual([]);
  });
});

describe('locating pointers in the source', () => {
  const text = '{\n  "paper": { "title": "Zoë 🚀", "year": 2021 },\n  "claims": [\n    { "claim": "x" }\n  ],\n  "a/b": { "c~d": null }\n}';
  const { source } = sourceOf(text);

  test.each([
    ['/', 1, 1],
    ['/paper', 2, 12],
    ['/paper/year', 2, 41],
    ['/claims/0', 4, 5],
    ['/claims/0/claim', 4, 16],
    ['/a~1b/c~0d', 6, 19],
    // Absent values fall back to the nearest ancestor that exists.
    ['/paper/venue', 2, 12],
    ['/claims/7/claim', 3, 13],
    ['/nothing/here', 1, 1],
  ])('value at %s is at %i:%i', (pointer, line, column) => {
    expect(source.locate(pointer)).toEqual({ line, column });
  });

  test.each([
    ['/paper/year', 2, 33],
    ['/a~1b/c~0d', 6, 12],
    // Columns count UTF-16 code units, as editors and JavaScript strings do: the emoji is two.
    ['/paper/title', 2, 14],
  ])('key of %s is at %i:%i', (pointer, line, column) => {
    expect(source.locateKey(pointer)).toEqual({ line, column });
  });

  test('CRLF line endings count as one line break', () => {
    const { source: crlf } = sourceOf(text.replaceAll('\n', '\r\n'));
    expect(crlf.locate('/claims/0/claim')).toEqual({ line: 4, column: 16 });
  });
});
