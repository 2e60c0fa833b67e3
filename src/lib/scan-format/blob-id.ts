/**
 * Git's blob id of a file's bytes. The validator records it for every file it accepts (a digest
 * of exactly what was validated), and the history reader matches it against committed versions.
 * Kept instead of the bytes: holding every file's bytes until validation ends kept gigabytes
 * alive past it at 100,000 scans (issue 14).
 */
import { createHash } from 'node:crypto';

/** Git's blob id of some bytes (what `git hash-object` prints for a file holding them). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
