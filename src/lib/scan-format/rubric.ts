/**
 * The audit rubric as versioned data: every checklist category and item, in display order, for
 * each published version, with a changelog.
 *
 * This module is the one place the checklist is defined. The scan schema derives its allowed
 * keys from it, the audit pages print its questions, and the methodology page explains it.
 *
 * Versions exist so that changing the checklist never invalidates committed scans: each scan
 * declares the version it answered (`rubric_version`, default 1) and is validated against that
 * version's items. An item is identified by its category and key; items added since a scan's
 * version are "not assessed" for it and count neither for nor against its score. Changing what an
 * item means therefore needs a new key (and a new version), never a silent edit.
 *
 * To publish a new version: add a `rubric-vN.ts` with the full list, append it to
 * RUBRIC_VERSIONS with its notes, point RUBRIC at it, and run `npm run generate`.
 */
import { RUBRIC_V1 } from './rubric-v1.ts';

/** How a rater decides an item: what counts as yes, as no, and as not applicable. */
export interface ItemGuidance {
  /** What in a paper makes the answer yes. */
  readonly yes: string;
  /** What makes the answer no (the item applies, but the paper does not meet it). */
  readonly no: string;
  /** When the item does not apply to a paper at all ("Always applies." when it always does). */
  readonly not_applicable: string;
}

/** One yes/no question of the checklist. */
export interface RubricItem {
  /** Key used in scan.json, e.g. `code_released`. */
  readonly key: string;
  /** Short label for tables and headings. */
  readonly label: string;
  /** The question the item answers, in plain words; "yes" is always the transparent answer. */
  readonly question: string;
  /** One or two sentences on why the item matters to a reader checking the paper. */
  readonly why: string;
  /** What counts as each answer, so that two raters reading the same paper agree. */
  readonly guidance: ItemGuidance;
}

/** A group of related items, scored together. */
export interface RubricCategory {
  /** Key used in scan.json and in URLs, e.g. `artifacts`. */
  readonly key: string;
  /** Human-readable name. */
  readonly label: string;
  /** One sentence on what the category covers. */
  readonly summary: string;
  readonly items: readonly RubricItem[];
}

/** One published version of the rubric. */
export interface RubricVersion {
  /** 1, 2, …: what scans write as `rubric_version`. */
  readonly version: number;
  /** Date the version took effect, YYYY-MM-DD. */
  readonly released: string;
  /** What changed since the previous version and why, in plain words, for the changelog. */
  readonly notes: readonly string[];
  readonly categories: readonly RubricCategory[];
}

/** Every published version, oldest first; the last is the current one. */
export type RubricVersions = readonly [RubricVersion, ...RubricVersion[]];

/** The published rubric versions, oldest first. */
export const RUBRIC_VERSIONS: RubricVersions = [
  {
    version: 1,
    released: '2026-11-23',
    notes: ['First version: 50 items in 11 categories.'],
    categories: RUBRIC_V1,
  },
];

/** The current rubric's categories (the last version), typed precisely for keys used in code. */
export const RUBRIC = RUBRIC_V1;

/** A checklist category key, e.g. `artifacts`. */
export type CategoryKey = (typeof RUBRIC)[number]['key'];

/** Category keys in display order. */
// Marked pure so bundlers can drop the rubric from client scripts that import only its neighbours (anchors.ts).
export const CATEGORY_KEYS = /* @__PURE__ */ RUBRIC.map((category) => category.key) as [CategoryKey, ...CategoryKey[]];

/** Look up a category by key; undefined when the key is not in the rubric. */
export function findCategory(key: string, categories: readonly RubricCategory[] = RUBRIC): RubricCategory | undefined {
  return categories.find((category) => category.key === key);
}

/** Look up a category by key, throwing when it does not exist (for keys that came from the rubric). */
export function getCategory(key: string): RubricCategory {
  const category = findCategory(key);
  if (!category) throw new Error(`Unknown rubric category "${key}"`);
  return category;
}

/** Every item of the rubric with its category, in display order. */
export function allItems(categories: readonly RubricCategory[] = RUBRIC): { category: RubricCategory; item: RubricItem }[] {
  return categories.flatMap((category) => category.items.map((item) => ({ category, item })));
}

/** How a review or a link names one item: `category/item`, e.g. `artifacts/code_released`. */
export function itemRef(categoryKey: string, itemKey: string): string {
  return `${categoryKey}/${itemKey}`;
}

/** The current (latest) version. */
export function currentRubric(versions: RubricVersions = RUBRIC_VERSIONS): RubricVersion {
  return versions[versions.length - 1]!;
}

/** A version by number, or undefined when it was never published. */
export function findRubricVersion(version: number, versions: RubricVersions = RUBRIC_VERSIONS): RubricVersion | undefined {
  return versions.find((candidate) => candidate.version === version);
}

/** The version a scan answered: the one it declares, or the first when it declares none (scans from before versions existed). */
export function scanRubricVersion(scan: { rubric_version?: number | undefined }, versions: RubricVersions = RUBRIC_VERSIONS): number {
  return scan.rubric_version ?? versions[0].version;
}

/** An item of one version compared with the version before it. */
export interface ItemChange {
  category: string;
  item: string;
  /** The item's question in the newer version, or in the older one for a removed item. */
  question: string;
}

/** One entry of the changelog. */
export interface RubricChangelogEntry {
  version: number;
  released: string;
  notes: readonly string[];
  /** Items in this version that the previous one did not have (none for the first version, which started the list). */
  added: ItemChange[];
  /** Items of the previous version that this one dropped. */
  removed: ItemChange[];
  /** Items kept under the same key whose question was reworded. */
  reworded: (ItemChange & { before: string })[];
  /** Number of items in this version. */
  itemCount: number;
}

/** The changelog, newest first: for each version its notes and the items added, removed or reworded since the previous one. */
export function rubricChangelog(versions: RubricVersions = RUBRIC_VERSIONS): RubricChangelogEntry[] {
  return versions
    .map((version, index) => {
      const after = new Map(itemsByRef(version));
      const before = new Map(index === 0 ? after : itemsByRef(versions[index - 1]!));
      const change = (ref: string, question: string): ItemChange => {
        const [category, item] = ref.split('/') as [string, string];
        return { category, item, question };
      };
      return {
        version: version.version,
        released: version.released,
        notes: version.notes,
        added: [...after].filter(([ref]) => !before.has(ref)).map(([ref, item]) => change(ref, item.question)),
        removed: [...before].filter(([ref]) => !after.has(ref)).map(([ref, item]) => change(ref, item.question)),
        reworded: [...after]
          .filter(([ref, item]) => before.has(ref) && before.get(ref)!.question !== item.question)
          .map(([ref, item]) => ({ ...change(ref, item.question), before: before.get(ref)!.question })),
        itemCount: after.size,
      };
    })
    .reverse();
}

function itemsByRef(version: RubricVersion): [string, RubricItem][] {
  return allItems(version.categories).map(({ category, item }) => [itemRef(category.key, item.key), item]);
}

/**
 * Problems with a list of versions, as sentences (empty when sound): numbers must run 1, 2, 3…,
 * release dates must not go back, keys must be unique, and every item needs its guidance.
 */
export function rubricVersionProblems(versions: RubricVersions): string[] {
  const problems: string[] = [];
  versions.forEach((version, index) => {
    if (version.version !== index + 1) problems.push(`version at position ${index + 1} is numbered ${version.version}; versions run 1, 2, 3…`);
    const previous = versions[index - 1];
    if (previous && version.released < previous.released) problems.push(`version ${version.version} is released before version ${previous.version}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(version.released))
      problems.push(`version ${version.version} has release date ${JSON.stringify(version.released)}, not YYYY-MM-DD`);
    problems.push(...duplicates(version.categories.map((category) => category.key)).map((key) => `version ${version.version} repeats category "${key}"`));
    for (const category of version.categories) {
      problems.push(
        ...duplicates(category.items.map((item) => item.key)).map((key) => `version ${version.version} repeats item "${itemRef(category.key, key)}"`),
      );
      for (const item of category.items) {
        for (const [answer, text] of Object.entries(item.guidance ?? {})) {
          if (!text.trim()) problems.push(`version ${version.version}: ${itemRef(category.key, item.key)} has blank ${answer} guidance`);
        }
        if (!item.guidance) problems.push(`version ${version.version}: ${itemRef(category.key, item.key)} has no guidance`);
      }
    }
  });
  return problems;
}

function duplicates(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
}
