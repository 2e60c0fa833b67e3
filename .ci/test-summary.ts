/**
 * Print vitest's JSON report as the plain closing line CI reads: `tests: N passed, N failed, N skipped`.
 * Usage: node .ci/test-summary.ts [report.json]; exits 1 when the report is missing or shows no test.
 */
import { existsSync, readFileSync } from 'node:fs';

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const file = process.argv[2] ?? '.cache/vitest-report.json';
if (!existsSync(file)) {
  console.error(`no test report at ${file}: vitest did not run`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (report.numPassedTests + report.numFailedTests === 0) process.exit(1);
