/**
 * `npm run validate [-- DIR] [--github]`: check every scan.json under DIR (default `scans`),
 * print one located line per problem, exit 1 on any problem and 0 otherwise.
 *
 * With `--github` (automatic when `GITHUB_ACTIONS=true`) problems are also printed as
 * workflow-command annotations, so a pull request shows them on the offending lines of its diff.
 */
import { githubAnnotations } from './lib/annotations.ts';
import { formatProblem, validateScansDir } from '../src/lib/scan-format/validator.ts';
import { countOf } from '../src/lib/site/format-count.ts';

const args = process.argv.slice(2);
const github = args.includes('--github') || process.env.GITHUB_ACTIONS === 'true';
const dir = args.find((arg) => arg !== '--github') ?? 'scans';
const started = performance.now();
const { scans, problems } = validateScansDir(dir);
for (const problem of problems) console.error(formatProblem(problem));
if (github) for (const annotation of githubAnnotations(problems)) console.log(annotation);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const files = new Set(problems.map((problem) => problem.file)).size;
if (problems.length) {
  console.error(`\n${countOf(problems.length, 'problem')} in ${countOf(files, 'file')}; ${countOf(scans.length, 'valid scan')} (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`${countOf(scans.length, 'scan')} valid in ${dir} (${seconds} s)`);
}
