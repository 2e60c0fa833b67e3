/**
 * `npm test`: every check the project has, in one run. `astro check` runs first; then vitest runs
 * while ESLint and Prettier check the tree beside it, their output held back and printed after
 * vitest's, so a single CI run shows every problem and nothing interleaves. Every check runs even
 * when another fails; the last line says which failed. Exits non-zero when anything failed.
 * Extra arguments go to vitest (`npm test -- --project unit`).
 *
 * Why this order: `astro check` writes the generated types in `.astro/`, which every fixture
 * build of vitest's global setup rewrites, so the two never overlap. ESLint and Prettier only
 * read, and on CI's two cores they fit beside vitest's one build or browser at a time (about
 * 25 s off a run).
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string;
  args: string[];
}

interface Outcome {
  step: Step;
  passed: boolean;
  /** What the step printed, when it was held back. */
  output?: string;
}

const header = (step: Step) => `\n--- ${step.name}: ${[step.command, ...step.args].join(' ')}\n`;

/** Run a step with its output shown as it comes. */
function runShown(step: Step): Promise<Outcome> {
  process.stdout.write(header(step));
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${step.name} could not start: ${error.message}`);
      resolve({ step, passed: false });
    });
    child.on('close', (code) => resolve({ step, passed: code === 0 }));
  });
}

/** Run a step with its output (stdout and stderr, in order) held back for later. */
function runHeld(step: Step): Promise<Outcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [Buffer.from(header(step))];
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${step.name} could not start: ${error.message}\n`));
      resolve({ step, passed: false, output: Buffer.concat(chunks).toString() });
    });
    child.on('close', (code) => resolve({ step, passed: code === 0, output: Buffer.concat(chunks).toString() }));
  });
}

const ASTRO_CHECK: Step = { name: 'astro check', command: 'astro', args: ['check'] };
const READ_ONLY_CHECKS: Step[] = [
  { name: 'lint (eslint)', command: 'eslint', args: ['.'] },
  { name: 'format (prettier --check)', command: 'prettier', args: ['--check', '.'] },
];
const VITEST: Step = { name: 'vitest', command: 'vitest', args: ['run', ...process.argv.slice(2)] };

const astroCheck = await runShown(ASTRO_CHECK);
const held = Promise.all(READ_ONLY_CHECKS.map(runHeld));
const vitest = await runShown(VITEST);
const readOnly = await held;
for (const outcome of readOnly) process.stdout.write(outcome.output ?? '');

const failed = [astroCheck, ...readOnly, vitest].filter((outcome) => !outcome.passed).map((outcome) => outcome.step.name);
console.log(`\n--- checks: ${failed.length === 0 ? 'all passed' : `FAILED: ${failed.join(', ')}`}`);
process.exit(failed.length === 0 ? 0 : 1);
