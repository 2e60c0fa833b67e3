/**
 * `npm run validate [-- DIR]`: check every scan.json under DIR (default `scans`), print one
 * located line per problem, exit 1 on any problem and 0 otherwise.
 */
import { formatProblem, validateScansDir } from '../src/lib/validate.ts';

const dir = process.argv[2] ?? 'scans';
const started = performance.now();
const { scans, problems } = validateScansDir(dir);
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const files = new Set(problems.map((problem) => problem.file)).size;
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${scans.length} valid scan${scans.length === 1 ? '' : 's'} (${seconds} s)`);
  process.exitCode = 1;
} else {
  console.log(`${scans.length} scan${scans.length === 1 ? '' : 's'} valid in ${dir} (${seconds} s)`);
}
