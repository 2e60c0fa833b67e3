/**
 * Hostile text in every field of a scan shows as literal text and nothing runs: on the audit
 * pages, the home page, the leaderboard (sorted by script), the heatmap tooltips, search results,
 * the feed and the JSON-LD. Every payload sets `window.__pwned`, which must stay unset.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openWatchedPage, sentinel, settle, type WatchedPage } from '../helpers/chromium.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { HOSTILE_IDS, HOSTILE_SEARCH_WORD, SENTINEL, hostileReply, hostileScan } from '../helpers/hostile.ts';
import { CATEGORY_KEYS } from '../../src/lib/scan-format/rubric.ts';
import type { Scan } from '../../src/lib/scan-format/schema.ts';
import { categoryPath, paperPath } from '../../src/lib/site/urls.ts';

const site = useServedSite('hostile');

/** Bidi controls may be kept, isolated or dropped by the site; text comparisons ignore them and spacing. */
function comparable(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every free-text value of a scan, by where it sits. */
function textFields(scan: Scan): [string, string][] {
  const fields: [string, string][] = [
    ['paper.title', scan.paper.title],
    ['paper.venue', scan.paper.venue],
    ['key_findings', scan.key_findings],
    ...scan.paper.authors.map((author, i): [string, string] => [`paper.authors[${i}]`, author]),
    ...scan.methodology_tags.map((tag, i): [string, string] => [`methodology_tags[${i}]`, tag]),
    ...scan.claims.flatMap((claim, i): [string, string][] => [
      [`claims[${i}].claim`, claim.claim],
      [`claims[${i}].evidence`, claim.evidence],
    ]),
    ...scan.red_flags.flatMap((flag, i): [string, string][] => [
      [`red_flags[${i}].flag`, flag.flag],
      [`red_flags[${i}].detail`, flag.detail],
    ]),
    ...scan.cited_papers.flatMap((cited, i): [string, string][] => [
      [`cited_papers[${i}].title`, cited.title],
      [`cited_papers[${i}].relevance`, cited.relevance],
      ...cited.authors.map((author, j): [string, string] => [`cited_papers[${i}].authors[${j}]`, author]),
    ]),
  ];
  for (const [category, items] of Object.entries(scan.checklist)) {
    for (const [item, answer] of Object.entries(items)) {
      fields.push([`checklist.${category}.${item}.justification`, answer.justification]);
      answer.evidence?.forEach((quote, i) => {
        fields.push([`checklist.${category}.${item}.evidence[${i}].quote`, quote.quote]);
        for (const [key, value] of Object.entries(quote.location)) fields.push([`checklist.${category}.${item}.evidence[${i}].location.${key}`, String(value)]);
      });
    }
  }
  return [...fields, ...provenanceFields(scan)];
}

/** The provenance's free-text values: tool, model, configuration, people and review notes. */
function provenanceFields({ provenance }: Scan): [string, string][] {
  if (!provenance) return [];
  const optional: [string, string | undefined][] = [
    ['provenance.tool.name', provenance.tool?.name],
    ['provenance.tool.version', provenance.tool?.version],
    ['provenance.model.name', provenance.model?.name],
    ['provenance.model.version', provenance.model?.version],
    ['provenance.configuration', provenance.configuration],
    ...(provenance.auditors ?? []).map((person, i): [string, string] => [`provenance.auditors[${i}].name`, person.name]),
    ...(provenance.reviews ?? []).flatMap((review, i): [string, string | undefined][] => [
      [`provenance.reviews[${i}].reviewer.name`, review.reviewer.name],
      [`provenance.reviews[${i}].notes`, review.notes],
    ]),
  ];
  return optional.filter((field): field is [string, string] => field[1] !== undefined);
}

/** Elements that only exist if hostile markup was parsed as HTML rather than shown as text. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`<${element.localName} ${attribute}>`);
      }
      const link = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('xlink:href') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(link)) found.push(`<${element.localName}> linking to ${link}`);
    }
    for (const element of document.querySelectorAll('iframe, object, embed, img[src="x"]')) found.push(`<${element.localName}> element`);
    // The payloads' own harmless tags: present as elements only if their text was parsed as HTML.
    for (const element of document.querySelectorAll('b, i, style')) {
      if (/^(Bold|tag)$|display:none/.test(element.textContent ?? '')) found.push(`<${element.localName}> ${element.textContent}`);
    }
    return found;
  });
}

/** Open a hostile-site page that records dialogs too; the caller closes it. */
async function openHostile(sitePath: string): Promise<WatchedPage & { dialogs: string[] }> {
  const watched = await openWatchedPage(site.browser);
  const dialogs: string[] = [];
  watched.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await watched.page.goto(site.server.page(sitePath));
  await settle(watched.page);
  return { ...watched, dialogs };
}

/** Nothing ran, nothing was parsed as markup, nothing complained. */
async function expectInert(watched: WatchedPage & { dialogs: string[] }): Promise<void> {
  expect(await sentinel(watched.page, SENTINEL), `window.${SENTINEL}`).toBeUndefined();
  expect(watched.dialogs, 'dialogs').toEqual([]);
  expect(await injectedMarkup(watched.page), 'injected markup').toEqual([]);
  expect(watched.problems, 'console errors and failed requests').toEqual([]);
}

describe.each(HOSTILE_IDS.map((id, n) => [id, n] as const))('audit page of hostile scan %s', (id, n) => {
  const scan = hostileScan(n);

  test('nothing runs and every text field shows literally', async () => {
    const watched = await openHostile(paperPath(id));
    try {
      await expectInert(watched);
      const pageText = comparable(await watched.page.evaluate(() => document.body.textContent ?? ''));
      const missing = textFields(scan)
        .filter(([, value]) => !pageText.includes(comparable(value)))
        .map(([field]) => field);
      expect(missing, 'fields whose literal text is not on the page').toEqual([]);
      const title = await watched.page.locator('main h1').first().textContent();
      expect(comparable(title ?? '')).toContain(comparable(scan.paper.title));
      expect(await watched.page.title()).toContain('Synthetic hostile paper');
    } finally {
      await watched.close();
    }
  });

  test('JSON-LD parses and carries title, venue and authors exactly', async () => {
    const watched = await openHostile(paperPath(id));
    try {
      const blocks = await watched.page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks.length, 'JSON-LD blocks').toBeGreaterThan(0);
      const strings = blocks.flatMap((block) => allStrings(JSON.parse(block)));
      for (const value of [scan.paper.title, scan.paper.venue, ...scan.paper.authors]) expect(strings).toContain(value);
    } finally {
      await watched.close();
    }
  });
});

/** Every string value inside a JSON value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('listing pages stay inert', () => {
  test.each(['/', '/leaderboard/', categoryPath(CATEGORY_KEYS[0]!), '/data/', '/heatmap/'])('%s', async (sitePath) => {
    const watched = await openHostile(sitePath);
    try {
      await expectInert(watched);
      const pageText = comparable(await watched.page.evaluate(() => document.body.textContent ?? ''));
      if (sitePath !== '/data/') expect(pageText).toContain(comparable(hostileScan(0).paper.title));
    } finally {
      await watched.close();
    }
  });

  test('the leaderboard re-rendered by its script (every sort) still shows titles as text', async () => {
    const watched = await openHostile('/leaderboard/');
    try {
      const sortButtons = watched.page.locator('main th button');
      const count = await sortButtons.count();
      expect(count, 'sort buttons').toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        await sortButtons.nth(i).click();
        await settle(watched.page);
      }
      await expectInert(watched);
      const rows = comparable(await watched.page.locator('main table tbody').innerText());
      expect(rows).toContain(comparable(hostileScan(0).paper.title));
    } finally {
      await watched.close();
    }
  });

  test('heatmap tooltips of hostile rows show the text literally on hover and focus', async () => {
    const watched = await openHostile('/heatmap/');
    try {
      const cells = watched.page.locator('[data-tip*="hostile"]');
      const count = await cells.count();
      expect(count, 'heatmap cells of hostile papers').toBeGreaterThan(0);
      for (let i = 0; i < Math.min(count, 12); i += 1) {
        const cell = cells.nth(i);
        const tip = (await cell.getAttribute('data-tip'))!;
        await cell.scrollIntoViewIfNeeded();
        await cell.hover();
        await expect.poll(() => watched.page.locator('[data-tip-box]:visible').first().textContent()).toBe(tip);
        await cell.focus();
        await expect.poll(() => watched.page.locator('[data-tip-box]:visible').first().textContent()).toBe(tip);
      }
      await expectInert(watched);
    } finally {
      await watched.close();
    }
  });
});

describe('search results of hostile flags stay inert', () => {
  test(`typing "${HOSTILE_SEARCH_WORD}" lists the hostile flags as literal text`, async () => {
    const watched = await openHostile('/search/');
    try {
      await watched.page.locator('main').getByRole('searchbox').first().fill(HOSTILE_SEARCH_WORD);
      const results = watched.page.locator('main a[href*="#flag-"]');
      await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await settle(watched.page);
      const resultText = comparable(await watched.page.locator('main').innerText());
      expect(resultText).toContain(comparable(hostileScan(0).red_flags[0]!.flag));
      await expectInert(watched);
    } finally {
      await watched.close();
    }
  });
});

describe('the feed', () => {
  test('parses as XML, carries hostile titles as text, and runs nothing when opened', async () => {
    const watched = await openHostile('/feed.xml');
    try {
      const parsed = await watched.page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const xml = new DOMParser().parseFromString(text, 'application/xml');
        return {
          error: xml.querySelector('parsererror')?.textContent ?? null,
          // A type="html" title is shown as the text of its HTML, which must hold no element at all.
          titles: [...xml.querySelectorAll('entry > title, item > title')].map((title) => {
            if (title.getAttribute('type') !== 'html') return title.textContent ?? '';
            const html = new DOMParser().parseFromString(title.textContent ?? '', 'text/html');
            return html.body.children.length === 0 ? (html.body.textContent ?? '') : `ELEMENTS IN TITLE: ${html.body.innerHTML}`;
          }),
          scriptElements: xml.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script').length,
        };
      }, site.server.page('/feed.xml'));
      expect(parsed.error).toBeNull();
      expect(parsed.scriptElements).toBe(0);
      const titles = parsed.titles.map(comparable).join('\n');
      for (const n of HOSTILE_IDS.keys()) expect(titles).toContain(comparable(hostileScan(n).paper.title));
      expect(await sentinel(watched.page, SENTINEL)).toBeUndefined();
      expect(watched.dialogs).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});

describe('the Content-Security-Policy is a second line of defence', () => {
  test('an inline script or event handler that did reach the page would not run', async () => {
    const watched = await openHostile(paperPath(HOSTILE_IDS[0]));
    try {
      await watched.page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__cspInline = 1';
        document.body.append(script);
        const image = document.createElement('img');
        image.setAttribute('onerror', 'window.__cspHandler = 1');
        image.src = 'data:,not-an-image';
        document.body.append(image);
      });
      // Chromium reports each refusal on the console: proof the policy, not luck, stopped them.
      // Waiting for both reports (not a fixed pause) also means both had their chance to run.
      await expect.poll(() => watched.problems.filter((problem) => /Content Security Policy/i.test(problem)).length).toBeGreaterThanOrEqual(2);
      expect(await sentinel(watched.page, '__cspInline'), 'inline script').toBeUndefined();
      expect(await sentinel(watched.page, '__cspHandler'), 'inline event handler').toBeUndefined();
    } finally {
      await watched.close();
    }
  });
});

describe('the hostile reply and independent audit', () => {
  test("nothing runs, and the replier's name, affiliation, statements and notes show literally", async () => {
    const reply = hostileReply();
    const watched = await openHostile(paperPath(HOSTILE_IDS[0]));
    try {
      await expectInert(watched);
      const pageText = comparable(await watched.page.evaluate(() => document.body.textContent ?? ''));
      const fields = [
        reply.by.name,
        reply.by.affiliation!,
        ...reply.statements.flatMap((said) => [said.text, 'note' in said.outcome ? said.outcome.note : undefined]),
      ];
      expect(fields.filter((field) => field !== undefined && !pageText.includes(comparable(field)))).toEqual([]);
      await expect(watched.page.locator('#responses').count()).resolves.toBe(1);
    } finally {
      await watched.close();
    }
  });
});
