import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { allItems, currentRubric } from '../../../src/lib/scan-format/rubric.ts';
import { normaliseArxivInput, planScaffold, scaffoldText, schemaReference, type ScaffoldPlan } from '../../../scripts/lib/scaffold.ts';
import { scanSchema } from '../../../src/lib/scan-format/schema.ts';
import { validateScanBytes, validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

// What a contributor writes where a blank or null asks for something other than prose.
const FILLED: Record<string, unknown> = { year: 2020, method: 'human', audited_on: '2026-10-01', read_on: '2026-10-01', arxiv_version: 'v1' };

/** What a contributor does by hand: answer every blank and null (with fictional text). */
function fillBlanks(text: string): string {
  const filled = JSON.parse(text, (key, value) => {
    if (value === null || value === '') return key in FILLED ? FILLED[key] : value === null ? false : 'Synthetic text for a fictional paper.';
    return value;
  });
  return JSON.stringify(filled, null, 2) + '\n';
}

function plan(request: Parameters<typeof planScaffold>[0]): ScaffoldPlan {
  const result = planScaffold(request);
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('normaliseArxivInput', () => {
  test.each([
    ['2405.05949', '2405.05949'],
    ['  arXiv:2405.05949v2 ', '2405.05949v2'],
    ['https://arxiv.org/abs/2405.05949', '2405.05949'],
    ['https://arxiv.org/pdf/2405.05949v3.pdf', '2405.05949v3'],
    ['http://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseArxivInput(input)).toBe(expected);
  });
});

describe('planScaffold', () => {
  test.each([
    [{ arxiv: '2405.05949' }, '2405.05949', '2405.05949'],
    [{ arxiv: '2405.05949v2' }, '2405.05949', '2405.05949v2'],
    [{ arxiv: 'hep-th/9901001' }, 'hep-th/9901001', 'hep-th/9901001'],
    [{ arxiv: 'math.GT/0309136v1' }, 'math.GT/0309136', 'math.GT/0309136v1'],
  ])('%j is filed under %s with arxiv_id %s', (request, id, arxivId) => {
    const result = plan(request);
    expect(result.id).toBe(id);
    expect(result.relativePath).toBe(`${id}/scan.json`);
    expect(result.scan.paper.arxiv_id).toBe(arxivId);
  });

  test('a slug paper keeps its DOI and URL', () => {
    const result = plan({ slug: 'synthetic-slug', doi: '10.5555/synthetic.1', url: 'https://example.org/synthetic' });
    expect(result.id).toBe('synthetic-slug');
    expect(result.scan.paper).toMatchObject({ doi: '10.5555/synthetic.1', url: 'https://example.org/synthetic' });
    expect(result.scan.paper.arxiv_id).toBeUndefined();
  });

  test.each([
    [{ arxiv: '12345' }, 'malformed arXiv id "12345"'],
    [{ arxiv: '2405.059' }, 'malformed arXiv id'],
    [{ arxiv: '../../etc/passwd' }, 'malformed arXiv id'],
    [{ arxiv: 'hep-th/9901001/../x' }, 'malformed arXiv id'],
    [{}, 'give an arXiv id, or --slug'],
    [{ arxiv: '2405.05949', slug: 'x' }, 'not both'],
    [{ slug: 'Has Spaces', doi: '10.1234/x' }, 'malformed slug'],
    [{ slug: '../up', url: 'https://example.org/' }, 'malformed slug'],
    [{ slug: 'no-identifier' }, 'needs --doi or --url'],
    [{ slug: 'x', doi: 'doi:10.1234/x' }, 'malformed DOI'],
    [{ slug: 'x', url: 'javascript:alert(1)' }, 'expected an http(s) URL'],
  ])('rejects %j', (request, message) => {
    const result = planScaffold(request);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(message);
  });

  test('declares the current rubric version, and every item of it is present, unanswered, with room for quotes', () => {
    const { scan } = plan({ arxiv: '2405.05949' });
    expect(scan.rubric_version).toBe(currentRubric().version);
    for (const { category, item } of allItems()) {
      expect(scan.checklist[category.key]?.[item.key]).toEqual({ applies: null, answer: null, justification: '', evidence: [] });
    }
    const answered = Object.values(scan.checklist).flatMap((category) => Object.keys(category));
    expect(answered).toHaveLength(allItems().length);
  });

  test.each([
    [{ arxiv: '2405.05949' }, { arxiv_version: '' }],
    [{ arxiv: '2405.05949v3' }, { arxiv_version: 'v3' }],
    [
      { slug: 'synthetic-slug', doi: '10.5555/synthetic.1' },
      { doi: '10.5555/synthetic.1', read_on: '' },
    ],
    [
      { slug: 'synthetic-slug', url: 'https://example.org/synthetic' },
      { url: 'https://example.org/synthetic', read_on: '' },
    ],
  ])('%j asks how the audit was made, and which version of the paper was read', (request, paperVersion) => {
    expect(plan(request).scan.provenance).toEqual({ method: null, audited_on: '', paper_version: paperVersion, auditors: [{ name: '' }] });
  });

  test('filling every blank yields a valid scan (the scaffold has no stray or missing keys)', () => {
    const { scan } = plan({ arxiv: '9901.00077' });
    expect(scanSchema.safeParse(JSON.parse(fillBlanks(scaffoldText(scan)))).success).toBe(true);
  });
});

describe('an unfilled scaffold fails validation with clear messages', () => {
  const { id, scan } = plan({ arxiv: '9901.00077' });
  const { scan: valid, problems } = validateScanBytes(new TextEncoder().encode(scaffoldText(scan)), 'scans/9901.00077/scan.json', id);
  const messages = problems.map((problem) => `${problem.pointer} ${problem.message}`);

  test('it is rejected', () => {
    expect(valid).toBeUndefined();
  });

  test.each([
    '/paper/title title must not be blank',
    '/paper/authors/0 author name must not be blank',
    '/paper/year expected number, got null',
    '/paper/venue venue must not be blank',
    '/checklist/artifacts/code_released/applies expected boolean, got null',
    '/checklist/artifacts/code_released/answer expected boolean, got null',
    '/checklist/artifacts/code_released/justification justification must not be blank',
    '/key_findings key_findings must not be blank',
    '/provenance/method expected one of automated | human | automated_then_reviewed, got null',
    '/provenance/audited_on audited_on must be a date written YYYY-MM-DD, got ""',
    '/provenance/paper_version/arxiv_version malformed arXiv version "": expected e.g. "v2"',
    '/provenance/auditors/0/name name must not be blank',
  ])('reports %s', (message) => {
    expect(messages).toContain(message);
  });

  test('one problem per blank: 3 per item plus title, author, year, venue, key findings, and method, date, version read and name', () => {
    expect(problems).toHaveLength(allItems().length * 3 + 5 + 4);
    expect(problems.every((problem) => problem.line > 1)).toBe(true);
  });
});

test.each([
  ['2405.05949', '../../schema/scan.schema.json'],
  ['hep-th/9901001', '../../../schema/scan.schema.json'],
])('$schema of %s points at the committed schema from scans/<id>/', (id, reference) => {
  expect(schemaReference(id)).toBe(reference);
  const fromScanFolder = path.posix.join('scans', id, reference);
  expect(fromScanFolder).toBe('schema/scan.schema.json');
});

// Each test spawns Node on the script (twice in some): seconds each on a loaded 2-core machine.
describe('npm run new-scan', { timeout: 30_000 }, () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const newScan = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-scan.ts', ...args, '--scans', dir], { cwd: ROOT, encoding: 'utf8' });

  test('writes a nested scaffold for an old-style id, and refuses to overwrite it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'glassbox-new-scan-'));
    const created = newScan('arXiv:hep-th/9901001v2');
    expect(created.status).toBe(0);
    const file = path.join(dir, 'hep-th/9901001/scan.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).paper.arxiv_id).toBe('hep-th/9901001v2');

    writeFileSync(file, '{"kept": true}\n');
    const again = newScan('hep-th/9901001');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('{"kept": true}\n');
  });

  test('rejects a malformed id without writing anything', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'glassbox-new-scan-'));
    const result = newScan('2405');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('malformed arXiv id "2405"');
    expect(execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' })).toBe('');
  });

  test('a scaffold filled in by hand passes the validator, folder checks included', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'glassbox-new-scan-'));
    expect(newScan('9901.00078').status).toBe(0);
    expect(newScan('math.GT/0309136').status).toBe(0);
    for (const file of ['9901.00078/scan.json', 'math.GT/0309136/scan.json']) {
      const full = path.join(dir, file);
      expect(validateScansDir(dir).problems.some((problem) => problem.file.endsWith(file))).toBe(true);
      writeFileSync(full, fillBlanks(readFileSync(full, 'utf8')));
    }
    const { scans, problems } = validateScansDir(dir);
    expect(problems).toEqual([]);
    expect(scans.map((scan) => scan.id)).toEqual(['9901.00078', 'math.GT/0309136']);
  });

  test('writes a slug scaffold for a paper with only a DOI', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'glassbox-new-scan-'));
    expect(newScan('--slug', 'synthetic-doi-paper', '--doi', '10.5555/synthetic.2').status).toBe(0);
    expect(existsSync(path.join(dir, 'synthetic-doi-paper/scan.json'))).toBe(true);
  });
});
