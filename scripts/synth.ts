/**
 * `npm run synth -- --count N --out DIR [--seed S] [--profile small|seed] [--second-audits F]
 * [--replies F]`: write N fictional scans under DIR, deterministic for a seed. `--profile seed`
 * writes scans of the real seed scan's size (about 17.5 KB: long justifications, several claims,
 * flags and citations); the default `small` profile is unchanged, so earlier benchmarks stay
 * comparable. `--second-audits 0.1` gives about one paper in ten an independent audit in
 * `audits/` (a quarter of those a third), `--replies 0.05` one in twenty a reply in `replies/`;
 * the scans themselves stay the same bytes either way. Refuses to write into the real `scans/` folder.
 */
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeCompanions } from './lib/synthetic-companions.ts';
import { SCAN_PROFILES, synthesizeProfileScan, syntheticId, type ScanProfile } from './lib/synthetic-scans.ts';
import { AUDITS_FOLDER, REPLIES_FOLDER } from '../src/lib/scan-format/companions.ts';

const USAGE = 'usage: npm run synth -- --count N --out DIR [--seed S] [--profile small|seed] [--second-audits F] [--replies F]';
const { values } = parseOptions();
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error(USAGE);
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
const shares = { secondAudits: share('second-audits'), replies: share('replies') };
const out = resolveThroughLinks(values.out);
const realScans = resolveThroughLinks('scans');
if (out === realScans || out.startsWith(realScans + path.sep)) {
  console.error('refusing to write synthetic scans into scans/: that folder holds only real audits');
  process.exit(2);
}
const written = { audits: 0, replies: 0 };
const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
for (let index = 1; index <= count; index++) {
  const dir = path.join(out, syntheticId(index));
  mkdirSync(dir, { recursive: true });
  const scan = synthesizeProfileScan(profile, index, seed);
  writeFileSync(path.join(dir, 'scan.json'), json(scan));
  const { audits, replies } = synthesizeCompanions(scan, index, seed, shares);
  for (const audit of audits) writeInto(path.join(dir, AUDITS_FOLDER), `${audit.name}.json`, json(audit.scan));
  for (const reply of replies) writeInto(path.join(dir, REPLIES_FOLDER), reply.fileName, json(reply.reply));
  written.audits += audits.length;
  written.replies += replies.length;
}
const extras = written.audits || written.replies ? `, with ${written.audits} independent audits and ${written.replies} replies` : '';
console.log(`${count} synthetic scans written to ${values.out}${extras} (seed ${seed}, profile ${profile})`);

/** The command line's options, or exit with the usage (an unknown option, or a value missing). */
function parseOptions() {
  try {
    return parseArgs({
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        profile: { type: 'string', default: 'small' },
        'second-audits': { type: 'string', default: '0' },
        replies: { type: 'string', default: '0' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** A share from 0 to 1 given on the command line, or exit explaining. */
function share(option: 'second-audits' | 'replies'): number {
  const value = Number(values[option]);
  if (values[option] === '' || !(value >= 0 && value <= 1)) {
    console.error(`--${option} must be a share from 0 to 1, e.g. 0.1, got ${JSON.stringify(values[option])}`);
    process.exit(2);
  }
  return value;
}

function writeInto(dir: string, name: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), text);
}

/** Absolute path with symbolic links resolved as far as the path exists, so a link to scans/ is caught too. */
function resolveThroughLinks(target: string): string {
  const absolute = path.resolve(target);
  let existing = absolute;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return path.join(realpathSync(existing), path.relative(existing, absolute));
}
