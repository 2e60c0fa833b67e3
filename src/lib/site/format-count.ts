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

/** A file size as readers see it, in binary units: "812 bytes", "14.2 KB", "5.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return countOf(bytes, 'byte');
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
