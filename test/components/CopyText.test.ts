import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import CopyText from '../../src/components/CopyText.astro';

const container = await AstroContainer.create();

test('a hidden button named for what it copies, and a live region for the result', async () => {
  const html = await container.renderToString(CopyText, { props: { for: 'cite-bibtex-text', label: 'BibTeX' } });
  // Without JS the button stays hidden: nothing pretends to work. The script reveals it.
  expect(html).toContain(
    '<copy-text for="cite-bibtex-text"><button type="button" class="small-button" hidden>Copy<span class="visually-hidden"> BibTeX</span></button> <span role="status" class="copy-status"></span></copy-text>',
  );
  expect(html).toMatch(/<script type="module" src="[^"]*CopyText\.astro\?astro&type=script[^"]*"><\/script>/);
});

test('hostile values stay inside their attribute and text', async () => {
  const html = await container.renderToString(CopyText, { props: { for: '"><script>x</script>', label: '<img src=x onerror=alert(1)>' } });
  expect(html).toContain('<copy-text for="&quot;><script>x</script>">');
  expect(html).toContain('<span class="visually-hidden"> &lt;img src=x onerror=alert(1)&gt;</span>');
  expect(html).not.toContain('<img');
});
