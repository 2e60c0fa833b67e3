/**
 * `npm run synth -- --count N --out DIR [--seed S] [--profile small|seed]`: write N fictional
 * scans under DIR, deterministic for a seed. `--profile seed` writes scans of the real seed scan's
 * size (about 17.5 KB: long justifications, several claims, flags and citations); the default
 * `small` profile is unchanged, so earlier benchmarks stay comparable. Refuses to write into the
 * real `scans/` folder.
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SCAN_PROFILES, synthesizeProfileScan, syntheticId, type ScanProfile } from './lib/synthetic-scans.ts';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, profile: { type: 'string', default: 'small' } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error('usage: npm run synth -- --count N --out DIR [--seed S]');
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed)) {
  console.error(`--seed must be a whole number, got ${JSON.stringify(values.seed)}`);
  process.exit(2);
}
const profile = values.profile as ScanProfile;
if (!SCAN_PROFILES.includes(profile)) {
  console.error(`--profile must be one of ${SCAN_PROFILES.join(', ')}, got ${JSON.stringify(values.profile)}`);
  process.exit(2);
}
const out = resolveThroughLinks(values.out);
const realScans = resolveThroughLinks('scans');
if (out === realScans || out.startsWith(realScans + path.sep)) {
  console.error('refusing to write synthetic scans into scans/: that folder holds only real audits');
  process.exit(2);
}
for (let index = 1; index <= count; index++) {
  const dir = path.join(out, syntheticId(index));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'scan.json'), JSON.stringify(synthesizeProfileScan(profile, index, seed), null, 2) + '\n');
}
console.log(`${count} synthetic scans written to ${values.out} (seed ${seed}, profile ${profile})`);

/** Absolute path with symbolic links resolved as far as the path exists, so a link to scans/ is caught too. */
function resolveThroughLinks(target: string): string {
  const absolute = path.resolve(target);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}
