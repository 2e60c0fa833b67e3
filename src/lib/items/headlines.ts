/**
 * Headline figures for the home page: "12% of audited papers meet ‘Confidence intervals or error
 * bars’", each linking to its item page. The rule is fixed and stated so the choice is never
 * editorial: the items met least often, among those that apply to at least half of the audited
 * papers (a share over a handful of papers is not a headline), ties in rubric order.
 */
import { applicable, formatShare, papersCounted, share, shareCounts, type ItemStats } from './item-stats.ts';
import { itemPath } from '../site/urls.ts';

/** One headline figure, ready to print and link. */
export interface HeadlineFigure {
  categoryKey: string;
  itemKey: string;
  /** "12%". */
  percent: string;
  /** "6 of 50 papers", where the item applies. */
  counts: string;
  /** What follows the percentage: "of the audited papers it applies to meet “Code released”". */
  phrase: string;
  /** The sentence to print: "12% of the audited papers it applies to meet “Confidence intervals or error bars”". */
  text: string;
  /** Site path of the item page (without base). */
  path: string;
}

/** Options of `headlineItemFigures`. */
export interface HeadlineOptions {
  /** Least share of audited papers an item must apply to, in [0, 1]. */
  minApplicableShare: number;
}

/** Default: the item must apply to at least half of the audited papers. */
export const DEFAULT_HEADLINE_OPTIONS: HeadlineOptions = { minApplicableShare: 0.5 };

/** The `n` headline figures by the rule above; fewer when fewer items qualify. */
export function headlineItemFigures(stats: readonly ItemStats[], n: number, options: Partial<HeadlineOptions> = {}): HeadlineFigure[] {
  const { minApplicableShare } = { ...DEFAULT_HEADLINE_OPTIONS, ...options };
  return stats
    .map((entry, order) => ({ entry, order, value: share(entry.overall) }))
    .filter(({ entry, value }) => value !== null && applicable(entry.overall) >= minApplicableShare * papersCounted(entry.overall))
    .sort((a, b) => a.value! - b.value! || a.order - b.order)
    .slice(0, Math.max(0, n))
    .map(({ entry }) => {
      const percent = formatShare(entry.overall);
      const phrase = `of the audited papers it applies to meet “${entry.item.label}”`;
      return {
        categoryKey: entry.category.key,
        itemKey: entry.item.key,
        percent,
        counts: shareCounts(entry.overall),
        phrase,
        text: `${percent} ${phrase}`,
        path: itemPath(entry.category.key, entry.item.key),
      };
    });
}
