/**
 * `npm run new-scan -- <arXiv id>` (or `-- --slug <slug> --doi <doi> | --url <url>`): write an
 * empty scan with every field present to `scans/<id>/scan.json`, ready to fill in.
 * `--scans DIR` writes below another folder (the tests use it, so they never touch `scans/`).
 * Never overwrites an existing scan.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planScaffold, scaffoldText, writeNewFile } from './lib/scaffold.ts';
import { displayPath } from '../src/lib/scan-format/validator.ts';

const USAGE = `usage: npm run new-scan -- <arXiv id> [--scans DIR]
       npm run new-scan -- --slug <slug> (--doi <doi> | --url <url>) [--scans DIR]`;

function fail(message: string): never {
  console.error(`new-scan: ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { scans: { type: 'string', default: 'scans' }, slug: { type: 'string' }, doi: { type: 'string' }, url: { type: 'string' } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length > 1) fail(`expected one arXiv id, got ${positionals.length}: ${positionals.join(' ')}`);

const plan = planScaffold({ arxiv: positionals[0], slug: values.slug, doi: values.doi, url: values.url });
if ('error' in plan) fail(plan.error);

const file = path.join(values.scans, ...plan.relativePath.split('/'));
if (!writeNewFile(file, scaffoldText(plan.scan))) fail(`${displayPath(file)} already exists: edit it instead of starting over`);
console.log(`Created ${displayPath(file)}.
Next:
  1. Fill in every "" and null (your editor completes fields and shows the question of each item),
     quote the paper in each item's "evidence", and say how you made the audit in "provenance"
     ("method": "human", the day, the paper version you read, your name).
  2. npm run validate   lists, with line and column, everything still missing.
  3. npm run dev        then shows the audit page at /papers/${plan.id}/ (once it validates).
See CONTRIBUTING.md for what each field means.`);
