/**
 * Score buckets for HTML cells. The CSP forbids `style="…"`, so table cells take their colour
 * from a class per tenth of the scale (`scale-0` … `scale-10`, `scale-na`) defined in
 * `src/styles/score-scale.css`, which is generated from `colour-scale.ts`.
 * Kept apart from colour-scale.ts so client scripts can use it without bundling d3.
 */

/** Number of buckets: 0 %, 10 %, …, 100 %. */
export const BUCKET_COUNT = 11;

/** The bucket index (0–10) of a score in [0, 1], or null for n/a. */
export function bucketIndex(value: number | null): number | null {
  return value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * (BUCKET_COUNT - 1));
}

/** CSS class colouring a cell for a score: `scale-7`, or `scale-na` for not applicable. */
export function scoreBucketClass(value: number | null): string {
  const index = bucketIndex(value);
  return index === null ? 'scale-na' : `scale-${index}`;
}
