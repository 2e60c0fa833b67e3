import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import HeadBasics from '../../src/layouts/HeadBasics.astro';
import { pagePolicy } from '../helpers/csp.ts';

const container = await AstroContainer.create();

test('the site name is added to a page title, once, and the title is escaped', async () => {
  const page = await container.renderToString(HeadBasics, { props: { title: 'Synthetic paper <b>00042</b>' } });
  expect(page).toContain('<title>Synthetic paper &lt;b&gt;00042&lt;/b&gt; · Glassbox</title>');
  expect(page).toContain('<meta charset="utf-8">');
  expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
  expect(await container.renderToString(HeadBasics, { props: { title: 'Glassbox' } })).toContain('<title>Glassbox</title>');
});

test('the content security policy comes right after the charset and allows only the site’s own script and style files', async () => {
  const page = await container.renderToString(HeadBasics, { props: { title: 'Synthetic paper 00042' } });
  expect(page).toMatch(/^<meta charset="utf-8"><meta http-equiv="content-security-policy" /);
  expect(Object.fromEntries(pagePolicy(page)!)).toEqual({
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
  });
});
