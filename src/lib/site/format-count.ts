/**
 * Counts as readers see them ("10,000"). The locale is fixed rather than the machine's, so the
 * same scans build the same bytes anywhere, and the browser's scripts print what the build did.
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/** A count with its noun, singular for exactly one: "1 paper", "2 papers", "10,000 red flags". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}
