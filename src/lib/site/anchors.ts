/**
 * Fragment ids on the audit and methodology pages, in one place so heatmaps, search results
 * and case studies deep-link to the same anchors the pages render.
 */
import { findCategory, type RubricCategory, type RubricItem } from '../scan-format/rubric.ts';

/** Anchor of a checklist item: `artifacts-code_released`. */
export function itemAnchor(categoryKey: string, itemKey: string): string {
  return `${categoryKey}-${itemKey}`;
}

/** Anchor of a red flag by its 0-based position in the scan: `flag-1` for the first. */
export function flagAnchor(index: number): string {
  return `flag-${index + 1}`;
}

/** Resolve a `category/item` reference (as case studies list them) against the rubric, or throw saying what is wrong. */
export function resolveItemRef(ref: string): { category: RubricCategory; item: RubricItem } {
  const [categoryKey = '', itemKey = '', ...rest] = ref.split('/');
  const category = findCategory(categoryKey);
  if (!category || rest.length > 0)
    throw new Error(`unknown checklist reference "${ref}": expected "<category>/<item>" with a rubric category such as "artifacts/code_released"`);
  const item = category.items.find((candidate) => candidate.key === itemKey);
  if (!item)
    throw new Error(
      `unknown checklist reference "${ref}": category "${category.key}" has no item "${itemKey}" (items: ${category.items.map((i) => i.key).join(', ')})`,
    );
  return { category, item };
}

/** Anchor of a reply on its audit page, from its file name without `.json`: `reply-2026-01-15-ada-abernathy`. */
export function replyAnchor(replyName: string): string {
  return `reply-${replyName}`;
}
