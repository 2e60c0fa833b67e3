import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import LinkedText from '../../src/components/LinkedText.astro';
import { BIDI, HOSTILE_HTTP_URL, PAYLOADS } from '../helpers/hostile.ts';
import { readMarkup } from '../helpers/markup.ts';

const container = await AstroContainer.create();
const render = (text: string) => container.renderToString(LinkedText, { props: { text } });

describe('links', () => {
  test('http(s) URLs become links that pass no ranking credit or window handle; punctuation stays outside', async () => {
    expect(await render('Code at https://example.org/code (see http://example.org/a_(b)). Done.')).toBe(
      'Code at <a href="https://example.org/code" rel="nofollow noopener">https://example.org/code</a> (see <a href="http://example.org/a_(b)" rel="nofollow noopener">http://example.org/a_(b)</a>). Done.',
    );
  });

  test('plain text is printed as is, with no link', async () => {
    expect(await render('No links here.')).toBe('No links here.');
  });

  test('an ampersand in a URL is escaped in the attribute and the text', async () => {
    expect(await render('https://example.org/?a=1&b=2')).toBe(
      '<a href="https://example.org/?a=1&amp;b=2" rel="nofollow noopener">https://example.org/?a=1&amp;b=2</a>',
    );
  });
});

describe('hostile text stays inert', () => {
  test.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    '%s is not linked',
    async (text) => {
      const { tags, text: shown } = readMarkup(await render(text));
      expect(tags).toEqual([]);
      expect(shown).toBe(text);
    },
  );

  test.each(PAYLOADS.map((payload) => [payload]))('%s renders as its own text, with no element', async (payload) => {
    const html = await render(`Evidence ${payload} ${BIDI}`);
    const { tags, text } = readMarkup(html);
    expect(tags).toEqual([]);
    expect(text).toBe(`Evidence ${payload} ${BIDI}`);
    expect(html).not.toMatch(/<(?!\/?a\b)/);
  });

  test('a URL that tries to break out of its attribute is cut at the quote and escaped', async () => {
    const { elements, text } = readMarkup(await render(HOSTILE_HTTP_URL));
    expect(elements).toEqual([{ name: 'a', attributes: { href: 'https://example.org/hostile?q=', rel: 'nofollow noopener' } }]);
    expect(text).toBe(HOSTILE_HTTP_URL);
  });
});

test('printed, a link in scan text shows its address: print.css selects the rel LinkedText gives it', async () => {
  const { elements } = readMarkup(await render('Code at https://example.org/code.'));
  expect(elements[0]!.attributes.rel!.split(' ')).toContain('nofollow');
  const print = readFileSync('src/styles/print.css', 'utf8');
  expect(print).toMatch(/a\[rel~='nofollow'\]::after,[^{]*\{\s*content: ' <' attr\(href\) '>';/);
});
