/**
 * `npm run synth -- --count N --out DIR [--seed S]`: write N fictional scans under DIR,
 * deterministic for a seed. Refuses to write into the real `scans/` folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeScan, syntheticId } from '../src/lib/synth.ts';

const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error('usage: npm run synth -- --count N --out DIR [--seed S]');
  process.exit(2);
}
const out = path.resolve(values.out);
if (out === path.resolve('scans') || out.startsWith(path.resolve('scans') + path.sep)) {
  console.error('refusing to write synthetic scans into scans/: that folder holds only real audits');
  process.exit(2);
}
const seed = Number(values.seed);
for (let index = 1; index <= count; index++) {
  const dir = path.join(out, syntheticId(index));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'scan.json'), JSON.stringify(synthesizeScan(index, seed), null, 2) + '\n');
}
console.log(`${count} synthetic scans written to ${values.out} (seed ${seed})`);
