/**
 * `node scripts/pr-summary.ts [--scans DIR] [FILE…]`: print a Markdown table of the scores of
 * the changed scans, for a pull request's job summary. The changed paths (relative to the
 * repository root, as `git diff --name-only` prints them) come as arguments or, with none, one
 * per line on stdin:
 *
 *   git diff --name-only origin/main...HEAD | node scripts/pr-summary.ts >> "$GITHUB_STEP_SUMMARY"
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedScanIds, scoreSummaryMarkdown, type ChangedScan } from './lib/annotations.ts';
import { SCAN_FILE_NAME } from '../src/lib/scan-format/scan-id.ts';
import { scoreScan } from '../src/lib/scoring/scoring.ts';
import { displayPath, validateScanBytes } from '../src/lib/scan-format/validator.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scans: { type: 'string', default: 'scans' } } });
const changed = positionals.length ? positionals : readFileSync(0, 'utf8').split('\n').filter(Boolean);

function describe(id: string): ChangedScan {
  const file = path.join(values.scans, ...id.split('/'), SCAN_FILE_NAME);
  if (!existsSync(file)) return { id, status: 'removed' };
  const { scan, problems } = validateScanBytes(readFileSync(file), displayPath(file), id);
  if (!scan) return { id, status: 'invalid', problemCount: problems.length };
  return { id, status: 'valid', title: scan.paper.title, scores: scoreScan(scan) };
}

process.stdout.write(scoreSummaryMarkdown(changedScanIds(changed, values.scans).map(describe)));
