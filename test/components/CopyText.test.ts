import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import CopyText from '../../src/components/CopyText.astro';
import { readMarkup } from '../helpers/markup.ts';

const container = await AstroContainer.create();

test('no button in the HTML, only what the script needs to make one named for what it copies', async () => {
  const html = await container.renderToString(CopyText, { props: { for: 'cite-bibtex-text', label: 'BibTeX' } });
  // Without JS there is no button: nothing pretends to work. The script makes it (test/browser/cite.test.ts).
  expect(html).toContain('<copy-text for="cite-bibtex-text" data-label="BibTeX"></copy-text>');
  expect(html).not.toContain('<button');
  expect(html).toMatch(/<script type="module" src="[^"]*CopyText\.astro\?astro&type=script[^"]*"><\/script>/);
});

test('hostile values stay inside their attributes', async () => {
  const html = await container.renderToString(CopyText, { props: { for: '"><script>x</script>', label: '"><img src=x onerror=alert(1)>' } });
  expect(html).toContain('<copy-text for="&quot;><script>x</script>" data-label="&quot;><img src=x onerror=alert(1)>">');
  // Parsed as a browser would: the values are attribute text, and no element comes from them.
  const { tags } = readMarkup(html);
  expect(tags).toEqual(['copy-text', 'script']);
});
