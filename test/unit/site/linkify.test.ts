import { describe, expect, test } from 'vitest';
import { hasLinks, isLinkable, linkify, trimUrl, type Segment } from '../../../src/lib/site/linkify.ts';

const text = (value: string): Segment => ({ kind: 'text', text: value });
const link = (url: string): Segment => ({ kind: 'link', text: url, href: url });

describe('linkify', () => {
  test.each<[string, string, Segment[]]>([
    ['plain text stays one segment', 'No URL here.', [text('No URL here.')]],
    ['empty text gives nothing', '', []],
    ['a URL inside a sentence', 'Code at https://github.com/x/y. Done.', [text('Code at '), link('https://github.com/x/y'), text('. Done.')]],
    ['http as well as https', 'see http://example.org/a', [text('see '), link('http://example.org/a')]],
    ['a URL alone', 'https://example.org', [link('https://example.org')]],
    ['brackets around a URL stay outside', '(see https://example.org/a)', [text('(see '), link('https://example.org/a'), text(')')]],
    ['balanced brackets inside a URL stay inside', 'https://en.wikipedia.org/wiki/Foo_(bar).', [link('https://en.wikipedia.org/wiki/Foo_(bar)'), text('.')]],
    ['two URLs', 'a https://a.org, b https://b.org;', [text('a '), link('https://a.org'), text(', b '), link('https://b.org'), text(';')]],
    ['javascript: never becomes a link', 'click javascript:alert(1)', [text('click javascript:alert(1)')]],
    ['data: never becomes a link', 'data:text/html,<script>alert(1)</script>', [text('data:text/html,<script>alert(1)</script>')]],
    ['HTML around a URL is not part of it', '<a href="https://evil.example/x">', [text('<a href="'), link('https://evil.example/x'), text('">')]],
    ['a scheme without a host is text', 'https:// nothing', [text('https:// nothing')]],
    ['quotes end a URL', '"https://example.org/q"', [text('"'), link('https://example.org/q'), text('"')]],
  ])('%s', (_name, input, expected) => {
    expect(linkify(input)).toEqual(expected);
  });

  test('the segments always add up to the input text', () => {
    const input = 'x (https://a.org/b_(c)). javascript:void(0) https://d.org?e=f&g=h! end';
    expect(
      linkify(input)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(input);
  });
});

test.each([
  ['Code at https://example.org/code.', true],
  ['No links here.', false],
  ['javascript:alert(1) and data:text/html,x are not links', false],
  ['http:// alone is not a link', false],
])('hasLinks(%j) is %s', (text, linked) => {
  expect(hasLinks(text)).toBe(linked);
});

describe('trimUrl', () => {
  test.each([
    ['https://a.org/x.', 'https://a.org/x'],
    ['https://a.org/x).', 'https://a.org/x'],
    ['https://a.org/(x)', 'https://a.org/(x)'],
    ['https://a.org/x],', 'https://a.org/x'],
    ['https://a.org/x?!', 'https://a.org/x'],
  ])('%s → %s', (input, expected) => {
    expect(trimUrl(input)).toBe(expected);
  });
});

describe('isLinkable', () => {
  test.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['ftp://example.org', false],
    ['https://', false],
  ])('%s → %s', (url, expected) => {
    expect(isLinkable(url)).toBe(expected);
  });
});
