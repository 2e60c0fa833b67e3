import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../../src/lib/publishing/xml.ts';
import { BIDI, PAYLOADS } from '../../helpers/hostile.ts';

describe('escapeXml', () => {
  test.each([
    ['plain text', 'plain text'],
    ['&<>"\'', '&amp;&lt;&gt;&quot;&apos;'],
    // Not idempotent on purpose: text that looks escaped is still text, shown as typed.
    ['&amp; &#x3C;', '&amp;amp; &amp;#x3C;'],
    ['" onload="alert(1)', '&quot; onload=&quot;alert(1)'],
    ['<![CDATA[x]]>', '&lt;![CDATA[x]]&gt;'],
    ['Ünïcödé 🚀 ∑', 'Ünïcödé 🚀 ∑'],
  ])('escapeXml(%j) → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  test('drops the control characters XML 1.0 forbids and keeps tab, newline and carriage return', () => {
    expect(escapeXml('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj')).toBe('abcdefghij');
    expect(escapeXml('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    // Allowed neighbours of the forbidden ranges survive.
    expect(escapeXml('\u0020\u007F\uFFFD')).toBe('\u0020\u007F\uFFFD');
  });

  test('keeps bidi controls: they are legal XML, and the pages isolate them where they are shown', () => {
    expect(escapeXml(BIDI)).toBe(BIDI);
  });

  // The real check: put hostile text in an attribute and in content of an XML document, and a
  // parser reads back exactly the text, with no extra element or attribute.
  test.each(PAYLOADS.map((payload) => [payload]))('hostile text round-trips through an XML parser: %s', (payload) => {
    const text = `${payload}\u0000\u001B`;
    const xml = `<doc><item title="${escapeXml(text)}">${escapeXml(text)}</item></doc>`;
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false }).parse(xml);
    expect(Object.keys(parsed.doc)).toEqual(['item']);
    expect(Object.keys(parsed.doc.item).sort()).toEqual(['#text', '@title']);
    expect(parsed.doc.item['@title']).toBe(payload);
    expect(parsed.doc.item['#text']).toBe(payload);
  });
});
