import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import HeadBasics from '../../src/layouts/HeadBasics.astro';

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
  const policy = /^<meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)">/.exec(page)?.[1];
  const directives = Object.fromEntries(
    policy!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
  expect(directives).toEqual({ 'script-src': ["'self'"], 'style-src': ["'self'"], 'object-src': ["'none'"], 'base-uri': ["'self'"] });
});
