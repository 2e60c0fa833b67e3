/**
 * Counts as readers see them ("10,000"). The locale is fixed rather than the machine's, so the
 * same scans build the same bytes anywhere, and the browser's scripts print what the build did.
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}
