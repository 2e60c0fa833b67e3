/**
 * Output for GitHub Actions: scan problems as workflow-command annotations (so each shows on
 * the pull request's diff at its line), and a Markdown job summary of the changed scans' scores.
 *
 * Messages can quote scan text, which is untrusted: annotation data is escaped so a newline in a
 * value cannot start a second workflow command, and summary cells are escaped so a title cannot
 * inject Markdown, HTML or invisible bidirectional overrides into the summary.
 */
import path from 'node:path';
import { RUBRIC } from '../../src/lib/scan-format/rubric.ts';
import { SCAN_FILE_NAME, scanIdFromRelativePath } from '../../src/lib/scan-format/scan-id.ts';
import { formatCounts, formatPercent, type ScanScores } from '../../src/lib/scoring/scoring.ts';
import type { Problem } from '../../src/lib/scan-format/validator.ts';
import { countOf } from '../../src/lib/site/format-count.ts';

/** Escape the message part of a workflow command (the runner decodes these). */
export function escapeCommandData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escape a `key=value` property of a workflow command, where `:` and `,` are separators too. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** One problem as a GitHub error annotation: `::error file=…,line=…,col=…,title=Invalid scan::pointer message`. */
export function githubAnnotation(problem: Problem, title = 'Invalid scan', message = `${problem.pointer} ${problem.message}`): string {
  const properties = [`file=${escapeCommandProperty(problem.file)}`, `line=${problem.line}`, `col=${problem.column}`, `title=${escapeCommandProperty(title)}`];
  return `::error ${properties.join(',')}::${escapeCommandData(message)}`;
}

/** GitHub shows at most this many error annotations per step and drops the rest silently. */
export const ANNOTATIONS_PER_STEP = 10;
const PROBLEMS_LISTED_PER_FILE = 30;

/**
 * Annotations for all problems within GitHub's per-step limit: one per problem when they fit,
 * otherwise one per file at its first problem listing that file's problems (an unfilled scaffold
 * alone has over a hundred), and a last one counting the files left out.
 */
export function githubAnnotations(problems: readonly Problem[], limit = ANNOTATIONS_PER_STEP): string[] {
  if (problems.length <= limit) return problems.map((problem) => githubAnnotation(problem));
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const files = [...byFile.values()];
  const shown = files.length <= limit ? files : files.slice(0, limit - 1);
  const annotations = shown.map((fileProblems) => {
    const listed = fileProblems.slice(0, PROBLEMS_LISTED_PER_FILE).map((problem) => `line ${problem.line}: ${problem.pointer} ${problem.message}`);
    const more = fileProblems.length > listed.length ? [`… and ${fileProblems.length - listed.length} more: run npm run validate`] : [];
    const title = `Invalid scan: ${countOf(fileProblems.length, 'problem')}`;
    return githubAnnotation(fileProblems[0]!, title, [...listed, ...more].join('\n'));
  });
  const hidden = files.slice(shown.length);
  if (hidden.length) {
    const count = hidden.reduce((sum, fileProblems) => sum + fileProblems.length, 0);
    annotations.push(
      `::error title=More invalid scans::${escapeCommandData(`${count} more problems in ${hidden.length} more files: see the log or run npm run validate`)}`,
    );
  }
  return annotations;
}

/**
 * Scan ids touched by a change, from `git diff --name-only` paths relative to the repository
 * root. A changed `scan.json` anywhere below `scansDir` counts; other files are ignored.
 */
export function changedScanIds(changedPaths: readonly string[], scansDir = 'scans'): string[] {
  const prefix = path.posix.normalize(scansDir.replaceAll('\\', '/')).replace(/\/$/, '') + '/';
  const ids = changedPaths
    .map((file) => file.trim().replaceAll('\\', '/'))
    .filter((file) => file.startsWith(prefix) && file.endsWith('/' + SCAN_FILE_NAME))
    .map((file) => scanIdFromRelativePath(file.slice(prefix.length)));
  return [...new Set(ids)].sort();
}

/** The state of one changed scan after the change. */
export type ChangedScan =
  | { id: string; status: 'valid'; title: string; scores: ScanScores }
  | { id: string; status: 'invalid'; problemCount: number }
  | { id: string; status: 'removed' };

// Bidi controls can make a cell read differently from what it contains (Trojan Source).
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Make untrusted text inert in a Markdown table cell: no HTML, links, emphasis, pipes or bidi tricks. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (char) => '\\' + char)
    .replace(BIDI_CONTROLS, (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

function scoreCell(score: { value: number | null; yes: number; applicable: number }): string {
  return score.value === null ? 'n/a' : `${formatPercent(score)} (${formatCounts(score)})`;
}

function summaryRow(scan: ChangedScan): string {
  const id = `\`${scan.id.replaceAll('`', '')}\``;
  if (scan.status === 'removed') return `| ${id} | removed | | |${' |'.repeat(RUBRIC.length)}`;
  if (scan.status === 'invalid') {
    const problems = `${countOf(scan.problemCount, 'problem')}: see the annotations`;
    return `| ${id} | ❌ invalid | ${problems} | |${' |'.repeat(RUBRIC.length)}`;
  }
  const categories = RUBRIC.map((category) => ` ${scoreCell(scan.scores.categories[category.key])} |`).join('');
  return `| ${id} | ${escapeMarkdownCell(scan.title)} | **${scoreCell(scan.scores.overall)}** | ${scan.scores.redFlagCount} |${categories}`;
}

/** The job summary: one table row per changed scan, with overall and per-category scores. */
export function scoreSummaryMarkdown(scans: readonly ChangedScan[]): string {
  const heading = '## Glassbox: changed scans\n\n';
  if (scans.length === 0) return `${heading}This change touches no scan.\n`;
  const header = `| Scan | Title | Overall | Red flags |${RUBRIC.map((category) => ` ${category.label} |`).join('')}`;
  const rule = `| --- | --- | ---: | ---: |${' ---: |'.repeat(RUBRIC.length)}`;
  const note = '\nScores are the share of applicable items answered yes, with the counts they rest on; n/a means no item applies.\n';
  return `${heading}${[header, rule, ...scans.map(summaryRow)].join('\n')}\n${note}`;
}
