/** `/robots.txt`: everything may be crawled; points at the sitemap index written by @astrojs/sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!, import.meta.env.BASE_URL)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
