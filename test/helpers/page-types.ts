/**
 * One representative URL per page type of the built site, so browser checks (loads, axe,
 * no-JS) run over every kind of page. Paths come from `src/lib/site/urls.ts`, never retyped.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CATEGORY_KEYS } from '../../src/lib/scan-format/rubric.ts';
import { categoryPath, itemPath, paperPath } from '../../src/lib/site/urls.ts';
import { comparePath } from '../../src/lib/compare/compare-state.ts';
import { itemEmbedPath } from '../../src/lib/items/item-paths.ts';

/** One kind of page and where to find an example of it. */
export interface PageType {
  /** Page type, as a test name. */
  type: string;
  /** Site path relative to the base, starting with `/`. */
  path: string;
  /** HTTP status the static host answers with. */
  status: 200 | 404;
}

/** Fixture paper used as "the audit page": it has red flags, claims and citations. */
export const AUDIT_ID = '9901.00001';

/** Fixture paper with an author's reply (one open, one corrected statement) and a second audit. */
export const REPLIED_ID = '9901.00002';

/** Fixture paper with a reply about a red flag and a claim. */
export const FLAG_REPLY_ID = '9901.00003';

/** Papers on the representative compare page (both sites have them). */
export const COMPARED_IDS = [AUDIT_ID, '9901.00002'] as const;

/** The checklist item of the representative item pages. */
export const ITEM = { category: 'artifacts', item: 'code_released' } as const;

/** The first case study the build produced, found in the output because its slug comes from content. */
export function firstCaseStudyPath(outDir: string): string | undefined {
  const folder = path.join(outDir, 'cases');
  if (!existsSync(folder)) return undefined;
  const slug = readdirSync(folder, { withFileTypes: true }).find(
    (entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'index.html')),
  )?.name;
  return slug ? `/cases/${slug}/` : undefined;
}

/** Every page type of a built site. A missing case study shows up as a path that 404s, failing loudly. */
export function pageTypes(outDir: string): PageType[] {
  return [
    { type: 'home', path: '/', status: 200 },
    { type: 'audit page', path: paperPath(AUDIT_ID), status: 200 },
    { type: 'audit page (old-style id)', path: paperPath('synth-th/9912001'), status: 200 },
    { type: 'audit page (reply by an author)', path: paperPath(REPLIED_ID), status: 200 },
    { type: 'audit page (reply about a red flag)', path: paperPath(FLAG_REPLY_ID), status: 200 },
    { type: 'leaderboard', path: '/leaderboard/', status: 200 },
    { type: 'category page', path: categoryPath(CATEGORY_KEYS[0]!), status: 200 },
    { type: 'heatmap', path: '/heatmap/', status: 200 },
    { type: 'search', path: '/search/', status: 200 },
    { type: 'methodology', path: '/methodology/', status: 200 },
    { type: 'about', path: '/about/', status: 200 },
    { type: 'case study', path: firstCaseStudyPath(outDir) ?? '/cases/(none-built)/', status: 200 },
    { type: 'data', path: '/data/', status: 200 },
    { type: 'releases', path: '/releases/', status: 200 },
    { type: 'compare', path: comparePath(COMPARED_IDS), status: 200 },
    { type: 'item page', path: itemPath(ITEM.category, ITEM.item), status: 200 },
    { type: 'item embed', path: itemEmbedPath(ITEM.category, ITEM.item, 'year'), status: 200 },
    { type: 'items', path: '/items/', status: 200 },
    { type: '404', path: '/no-such-page/', status: 404 },
  ];
}
