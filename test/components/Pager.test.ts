import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterEach, describe, expect, test, vi } from 'vitest';
import Pager from '../../src/components/Pager.astro';

const container = await AstroContainer.create();
afterEach(() => vi.unstubAllEnvs());

const render = (current: number, total: number, listingPath = '/leaderboard/') =>
  container.renderToString(Pager, { props: { listingPath, current, total, label: 'Leaderboard pages' } });
/** The pager's items in order, as short words: "prev→/leaderboard/4/", "5*", "…", "next→…". */
const items = (html: string) =>
  [...html.matchAll(/<li( aria-hidden="true")?>(?:<a href="([^"]*)"( rel="(?:prev|next)")?( aria-current="page")?>([^<]*)<\/a>|…)<\/li>/g)].map(
    ([, hidden, href, rel, current, text]) =>
      hidden ? '…' : rel ? `${rel.includes('prev') ? 'prev' : 'next'}→${href}` : `${text}${current ? '*' : ''}→${href}`,
  );

describe('Pager', () => {
  test('a single page needs no pager: an empty, labelled nav the script can reuse', async () => {
    vi.stubEnv('BASE_URL', '/');
    expect(await render(1, 1)).toBe('<nav class="pager" aria-label="Leaderboard pages" data-pager></nav>');
  });

  test('page 5 of 10: previous, the first page, a window of two around the current page, a gap, the last, next', async () => {
    vi.stubEnv('BASE_URL', '/');
    expect(items(await render(5, 10))).toEqual([
      'prev→/leaderboard/4/',
      '1→/leaderboard/',
      '2→/leaderboard/2/',
      '3→/leaderboard/3/',
      '4→/leaderboard/4/',
      '5*→/leaderboard/5/',
      '6→/leaderboard/6/',
      '7→/leaderboard/7/',
      '…',
      '10→/leaderboard/10/',
      'next→/leaderboard/6/',
    ]);
  });

  test('the first page has no previous link and the last no next link', async () => {
    vi.stubEnv('BASE_URL', '/');
    expect(items(await render(1, 8))).toEqual(['1*→/leaderboard/', '2→/leaderboard/2/', '3→/leaderboard/3/', '…', '8→/leaderboard/8/', 'next→/leaderboard/2/']);
    expect(items(await render(8, 8)).at(-1)).toBe('8*→/leaderboard/8/');
    expect(items(await render(8, 8))[0]).toBe('prev→/leaderboard/7/');
  });

  test('links carry the base path and the listing, e.g. a category ranking', async () => {
    vi.stubEnv('BASE_URL', '/glassbox/');
    expect(items(await render(2, 2, '/categories/artifacts/'))).toEqual([
      'prev→/glassbox/categories/artifacts/',
      '1→/glassbox/categories/artifacts/',
      '2*→/glassbox/categories/artifacts/2/',
    ]);
  });

  test('exactly one page is marked current', async () => {
    vi.stubEnv('BASE_URL', '/');
    for (const current of [1, 4, 12]) expect((await render(current, 12)).match(/aria-current="page"/g)).toHaveLength(1);
  });
});
