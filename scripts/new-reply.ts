/**
 * `npm run new-reply -- <paper id> [--by "Full Name"] [--date YYYY-MM-DD] [--scans DIR]`: write an
 * empty reply to `scans/<id>/replies/<date>-<name>.json`, ready to fill in. The paper must have a
 * published scan; the date defaults to today (UTC). Never overwrites an existing reply.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planReplyScaffold, replyScaffoldText } from './lib/reply-scaffold.ts';
import { writeNewFile } from './lib/scaffold.ts';
import { SCAN_FILE_NAME } from '../src/lib/scan-format/scan-id.ts';
import { displayPath } from '../src/lib/scan-format/validator.ts';

const USAGE = 'usage: npm run new-reply -- <paper id> [--by "Full Name"] [--date YYYY-MM-DD] [--scans DIR]';

function fail(message: string): never {
  console.error(`new-reply: ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { scans: { type: 'string', default: 'scans' }, by: { type: 'string' }, date: { type: 'string', default: new Date().toISOString().slice(0, 10) } },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(`expected one paper id, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`);

const plan = planReplyScaffold({ paper: positionals[0]!, by: values.by, date: values.date }, (id) =>
  existsSync(path.join(values.scans, ...id.split('/'), SCAN_FILE_NAME)),
);
if ('error' in plan) fail(plan.error);

const file = path.join(values.scans, ...plan.relativePath.split('/'));
if (!writeNewFile(file, replyScaffoldText(plan.reply))) fail(`${displayPath(file)} already exists: edit it, or give another --by or --date`);
console.log(`Created ${displayPath(file)}.
Next:
  1. Fill in who replied ("relation": "author" or "other"), then one statement per point:
     "about" is "audit", "item" (with "item": "<category>/<item>"), "red_flag" or "claim" (with its position from 0).
  2. npm run validate   lists, with line and column, everything still missing.
See "Reply to an audit" in CONTRIBUTING.md.`);
