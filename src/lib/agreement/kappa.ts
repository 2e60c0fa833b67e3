/**
 * Chance-corrected agreement between raters who sort the same subjects into categories: here,
 * audits of the same paper answering one checklist item yes, no or "does not apply".
 *
 * kappa = (observed agreement − agreement expected by chance) / (1 − agreement expected by chance):
 * 1 is perfect agreement, 0 is what raters answering at random with the same overall rates
 * would reach, below 0 is worse than that. When chance alone predicts perfect agreement (every
 * rating falls in one category) kappa is 0/0: it is reported as null, never as 0 or 1.
 */

/** Observed and chance agreement, and the kappa they give (null when undefined). */
export interface KappaResult {
  /** Share of agreeing ratings (Cohen: papers; Fleiss: mean agreeing pairs per paper), 0 to 1. */
  observed: number;
  /** Agreement expected by chance from how often each category is used, 0 to 1. */
  expected: number;
  /** (observed − expected) / (1 − expected), or null when expected is 1 (one category only). */
  kappa: number | null;
}

function result(observed: number, expected: number): KappaResult {
  // Compared with a tolerance: the sum of squared shares of a single category can land a hair below 1.
  const kappa = Math.abs(1 - expected) < 1e-12 ? null : (observed - expected) / (1 - expected);
  return { observed, expected, kappa };
}

/**
 * Cohen's kappa (Cohen 1960) for two raters from their contingency table: `table[a][b]` counts
 * the subjects rater A put in category a and rater B in category b. Raters are roles, not people:
 * Glassbox uses the published audit as A and the independent audit as B.
 */
export function cohenKappa(table: readonly (readonly number[])[]): KappaResult {
  const size = table.length;
  if (size === 0 || table.some((row) => row.length !== size)) throw new RangeError('a contingency table is square, one row and column per category');
  const total = table.flat().reduce((sum, count) => sum + count, 0);
  if (total === 0) throw new RangeError('kappa needs at least one rated subject');
  const agreeing = table.reduce((sum, row, i) => sum + row[i]!, 0);
  const rowShare = table.map((row) => row.reduce((sum, count) => sum + count, 0) / total);
  const columnShare = table.map((_, j) => table.reduce((sum, row) => sum + row[j]!, 0) / total);
  return result(
    agreeing / total,
    rowShare.reduce((sum, share, i) => sum + share * columnShare[i]!, 0),
  );
}

/**
 * Fleiss' kappa (Fleiss 1971) for any number of raters: `counts[s][c]` is how many raters put
 * subject s in category c. Subjects may have different numbers of raters (at least two each):
 * each subject's agreement is the share of its agreeing rater pairs, and the category shares
 * pool every rating, which is Fleiss' formula when the number is the same for all.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): KappaResult {
  if (counts.length === 0) throw new RangeError('kappa needs at least one rated subject');
  const categories = counts[0]!.length;
  let agreementSum = 0;
  let ratings = 0;
  const perCategory = new Array<number>(categories).fill(0);
  for (const subject of counts) {
    if (subject.length !== categories) throw new RangeError('every subject counts the same categories');
    const raters = subject.reduce((sum, count) => sum + count, 0);
    if (raters < 2) throw new RangeError('every subject needs at least two ratings to compare');
    agreementSum += subject.reduce((sum, count) => sum + count * (count - 1), 0) / (raters * (raters - 1));
    ratings += raters;
    subject.forEach((count, c) => (perCategory[c]! += count));
  }
  return result(
    agreementSum / counts.length,
    perCategory.reduce((sum, count) => sum + (count / ratings) ** 2, 0),
  );
}

/** Landis & Koch's (1977) words for a kappa: poor (< 0), slight, fair, moderate, substantial, almost perfect. */
export function kappaStrength(kappa: number): string {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}
