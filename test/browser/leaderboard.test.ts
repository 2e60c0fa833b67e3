/**
 * The leaderboard in a real browser: every column sorts both ways, filters narrow the rows, and
 * the URL carries the view so opening it again restores it.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';

const site = useServedSite('main');

/** Column headers with their sort key and visible label, in table order. */
async function sortableColumns(page: Page): Promise<{ key: string; index: number; label: string }[]> {
  return page
    .locator('main table thead th')
    .evaluateAll((headers) =>
      headers.map((th, index) => ({ key: (th as HTMLElement).dataset.sort ?? '', index, label: th.textContent?.trim() ?? '' })).filter((column) => column.key),
    );
}

/** The text of one column, top to bottom. */
function columnTexts(page: Page, index: number): Promise<string[]> {
  return page
    .locator('main table tbody tr')
    .evaluateAll((rows, column) => rows.map((row) => (row.children[column] as HTMLElement | undefined)?.innerText.trim() ?? ''), index);
}

type Value = number | string | null;

/** A cell as a comparable value: numbers for ranks, scores, counts and years; null for n/a or unranked. */
function cellValue(key: string, text: string): Value {
  if (key === 'title' || key === 'venue') return text;
  const number = /-?\d+(\.\d+)?/.exec(text);
  return number ? Number(number[0]) : null;
}

/** Why a column is not in the given order (n/a last either way), or undefined when it is. */
function orderProblem(key: string, texts: string[], direction: 'ascending' | 'descending'): string | undefined {
  const values = texts.map((text) => cellValue(key, text));
  const firstMissing = values.indexOf(null);
  if (firstMissing >= 0 && values.slice(firstMissing).some((value) => value !== null)) return `n/a is not last: ${texts.join(' | ')}`;
  const present = values.filter((value): value is number | string => value !== null);
  for (let i = 1; i < present.length; i += 1) {
    const a = present[i - 1]!;
    const b = present[i]!;
    const step = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { sensitivity: 'base', numeric: true });
    if ((direction === 'ascending' && step > 0) || (direction === 'descending' && step < 0))
      return `${JSON.stringify(a)} before ${JSON.stringify(b)} in ${direction} order`;
  }
  return undefined;
}

/**
 * Each body row as its cells' text joined by " | ". Built from textContent, not innerText, so the
 * comparison does not depend on layout (innerText drops the cell tabs when a row is not rendered).
 */
function rowTexts(page: Page): Promise<string[]> {
  return page
    .locator('main table tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' | ')));
}

/** The leaderboard's filter form (added by its script). */
function filters(watched: WatchedPage): Locator {
  return watched.page.getByRole('search', { name: /filter/i });
}

function sortButton(page: Page, index: number): Locator {
  return page.locator('main table thead th').nth(index).getByRole('button');
}

async function openLeaderboard(query = ''): Promise<WatchedPage> {
  const watched = await openWatchedPage(site.browser);
  await watched.page.goto(site.server.page(`/leaderboard/${query}`));
  await settle(watched.page);
  return watched;
}

describe('sorting', () => {
  test('every column sorts both ways, shown by aria-sort and by the order of its cells', async () => {
    const watched = await openLeaderboard();
    try {
      const columns = await sortableColumns(watched.page);
      expect(columns.map((column) => column.key)).toEqual(expect.arrayContaining(['rank', 'title', 'overall', 'flags', 'year', 'venue']));
      for (const column of columns) {
        const header = watched.page.locator('main table thead th').nth(column.index);
        const seen = new Set<string>();
        for (let click = 0; click < 2; click += 1) {
          const before = await header.getAttribute('aria-sort');
          await sortButton(watched.page, column.index).click();
          await expect.poll(() => header.getAttribute('aria-sort'), { message: `aria-sort of ${column.key} after click ${click + 1}` }).not.toBe(before);
          const direction = (await header.getAttribute('aria-sort')) as 'ascending' | 'descending';
          expect(['ascending', 'descending']).toContain(direction);
          seen.add(direction);
          const texts = await columnTexts(watched.page, column.index);
          expect(texts.length).toBe(19);
          expect(orderProblem(column.key, texts, direction), `${column.key} ${direction}`).toBeUndefined();
          expect(new URL(watched.page.url()).searchParams.get('sort') ?? 'rank').toBe(column.key);
        }
        expect([...seen].sort(), `${column.key} sorted both ways`).toEqual(['ascending', 'descending']);
      }
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('the script reuses its rows from sort to sort and draws them as the server does', async () => {
    const watched = await openLeaderboard();
    try {
      const serverRows = await rowMarkup(watched.page);
      expect(
        serverRows.some((row) => row.includes('audit-mark')),
        'the fixture has markers to redraw',
      ).toBe(true);
      const columns = await sortableColumns(watched.page);
      const sortBy = async (key: string) => {
        const index = columns.find((column) => column.key === key)!.index;
        const header = watched.page.locator('main table thead th').nth(index);
        const before = await header.getAttribute('aria-sort');
        await sortButton(watched.page, index).click();
        await expect.poll(() => header.getAttribute('aria-sort')).not.toBe(before);
      };
      await sortBy('title');
      // Tag the script's rows: the next sort must move papers through these same elements.
      await watched.page
        .locator('main table tbody tr')
        .evaluateAll((rows) => rows.forEach((row, index) => ((row as HTMLElement).dataset.drawn = String(index))));
      const byTitle = await rowMarkup(watched.page);
      expect(byTitle).not.toEqual(serverRows);
      await sortBy('rank');
      const tags = await watched.page.locator('main table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.drawn));
      expect(tags).toEqual(serverRows.map((_, index) => String(index)));
      // Rank order again, in the reused rows: the same cells, text, links, classes and markers as the server's.
      expect(await rowMarkup(watched.page)).toEqual(serverRows);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

/** Each body row as a list of its cells: tag, class, text, and any link and marker in it. Whitespace between elements is ignored. */
function rowMarkup(page: Page): Promise<string[]> {
  return page.locator('main table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.children, (cell) => {
        const links = Array.from(cell.querySelectorAll('a'), (link) => link.getAttribute('href')).join(',');
        const marks = Array.from(cell.querySelectorAll('.audit-mark'), (mark) => `${mark.className}:${mark.getAttribute('title')}:${mark.innerHTML}`).join(',');
        return [cell.tagName, cell.getAttribute('scope') ?? '', cell.className, (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), links, marks].join('/');
      }).join(' | '),
    ),
  );
}

describe('filters', () => {
  test('text, year, venue and methodology each narrow the rows to matching papers', async () => {
    const watched = await openLeaderboard();
    try {
      const form = filters(watched);
      const rows = watched.page.locator('main table tbody tr');
      expect(await rows.count()).toBe(19);

      await form.getByRole('searchbox').fill('00010');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain('9901.00010');
      await form.getByRole('searchbox').fill('');
      await expect.poll(() => rows.count()).toBe(19);

      for (const name of ['Year', 'Venue']) {
        const select = form.getByLabel(name);
        const option = await select.locator('option').nth(1).getAttribute('value');
        await select.selectOption(option!);
        await expect.poll(() => rows.count()).toBeLessThan(19);
        const column = (await sortableColumns(watched.page)).find((candidate) => candidate.key === name.toLowerCase())!;
        const texts = await columnTexts(watched.page, column.index);
        expect(texts.length).toBeGreaterThan(0);
        expect(new Set(texts), `${name} column after filtering on ${option}`).toEqual(new Set([option]));
        await select.selectOption('');
        await expect.poll(() => rows.count()).toBe(19);
      }

      const tag = form.getByLabel('Methodology');
      await tag.selectOption((await tag.locator('option').nth(1).getAttribute('value'))!);
      await expect.poll(() => rows.count()).toBeLessThan(19);
      expect(await rows.count()).toBeGreaterThan(0);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  test('a filter matching nothing says so', async () => {
    const watched = await openLeaderboard();
    try {
      await filters(watched).getByRole('searchbox').fill('no paper is called this');
      await expect.poll(() => watched.page.locator('main table tbody tr').count()).toBe(0);
      await expect(watched.page.getByRole('status').first().innerText()).resolves.toMatch(/no papers/i);
    } finally {
      await watched.close();
    }
  });
});

describe('the URL restores the view', () => {
  test('a sorted, filtered view survives opening its URL in a new page', async () => {
    const first = await openLeaderboard();
    let url: string;
    let rowsBefore: string[];
    try {
      const form = filters(first);
      const venue = form.getByLabel('Venue');
      await venue.selectOption('EMNLP');
      const yearColumn = (await sortableColumns(first.page)).find((column) => column.key === 'year')!;
      await sortButton(first.page, yearColumn.index).click();
      await expect.poll(() => new URL(first.page.url()).searchParams.get('sort')).toBe('year');
      // The URL changes before the rows re-render (they wait for the row data): wait for the header too.
      await expect.poll(() => first.page.locator('main table thead th').nth(yearColumn.index).getAttribute('aria-sort')).toMatch(/ascending|descending/);
      url = first.page.url();
      expect(new URL(url).searchParams.get('venue')).toBe('EMNLP');
      rowsBefore = await rowTexts(first.page);
      expect(rowsBefore.length).toBeGreaterThan(0);
    } finally {
      await first.close();
    }
    const second = await openLeaderboard(new URL(url).search);
    try {
      await expect.poll(() => rowTexts(second.page)).toEqual(rowsBefore);
      const yearColumn = (await sortableColumns(second.page)).find((column) => column.key === 'year')!;
      await expect(second.page.locator('main table thead th').nth(yearColumn.index).getAttribute('aria-sort')).resolves.toMatch(/ascending|descending/);
      await expect(filters(second).getByLabel('Venue').inputValue()).resolves.toBe('EMNLP');
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

describe('the disputed filter', () => {
  /** Ids of the rows shown, top to bottom. */
  const shownIds = (page: Page) => page.locator('main table tbody tr th small').allTextContents();

  test('keeps only audits a reply disputes, puts disputed=1 in the URL, and is restored from it', async () => {
    const first = await openLeaderboard();
    let url: string;
    try {
      await filters(first).getByLabel('Replies').selectOption('1');
      await expect.poll(() => new URL(first.page.url()).searchParams.get('disputed')).toBe('1');
      await expect.poll(async () => (await shownIds(first.page)).sort()).toEqual(['9901.00002', '9901.00003']);
      // Every row shown carries the marker, drawn by the script like the server's.
      await expect(first.page.locator('main table tbody tr').evaluateAll((rows) => rows.every((row) => row.querySelector('.mark-disputed')))).resolves.toBe(
        true,
      );
      url = first.page.url();
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }
    const second = await openLeaderboard(new URL(url).search);
    try {
      await expect.poll(async () => (await shownIds(second.page)).sort()).toEqual(['9901.00002', '9901.00003']);
      await expect(filters(second).getByLabel('Replies').inputValue()).resolves.toBe('1');
      await filters(second).getByLabel('Replies').selectOption('');
      await expect.poll(() => new URL(second.page.url()).searchParams.has('disputed')).toBe(false);
      await expect.poll(async () => (await shownIds(second.page)).length).toBeGreaterThan(2);
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
