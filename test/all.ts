/**
 * `npm test`: every check the project has, in one run. The static checks (astro check, ESLint,
 * Prettier) run first and all of them run even when one fails, so a single CI run shows every
 * problem; vitest runs last so its "Tests N passed" line closes the output. Exits non-zero when
 * anything failed. Extra arguments go to vitest (`npm test -- --project unit`).
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const STATIC_CHECKS: Step[] = [
  { name: 'astro check', command: 'astro', args: ['check'] },
  { name: 'lint (eslint)', command: 'eslint', args: ['.'] },
  { name: 'format (prettier --check)', command: 'prettier', args: ['--check', '.'] },
];

function run(step: Step): boolean {
  console.log(`\n--- ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
  if (result.error) console.error(`${step.name} could not start: ${result.error.message}`);
  return result.status === 0;
}

const failed = STATIC_CHECKS.filter((step) => !run(step)).map((step) => step.name);
console.log(`\n--- static checks: ${failed.length === 0 ? 'all passed' : `FAILED: ${failed.join(', ')}`}`);
const testsPassed = run({ name: 'vitest', command: 'vitest', args: ['run', ...process.argv.slice(2)] });
process.exit(failed.length === 0 && testsPassed ? 0 : 1);
