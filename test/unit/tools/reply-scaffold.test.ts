import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPLY_SCHEMA_PATH, planReplyScaffold, replyScaffoldText } from '../../../scripts/lib/reply-scaffold.ts';
import { formatProblem, validateScansDir } from '../../../src/lib/scan-format/validator.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** A plan that must succeed. */
function planned(request: Parameters<typeof planReplyScaffold>[0]) {
  const plan = planReplyScaffold(request, () => true);
  if ('error' in plan) throw new Error(plan.error);
  return plan;
}

const known = (id: string) => ['9901.00002', 'synth-th/9912001', 'synthetic-slug-paper'].includes(id);

describe('planReplyScaffold', () => {
  test.each([
    ['9901.00002', '9901.00002'],
    ['arXiv:9901.00002v3', '9901.00002'],
    ['https://arxiv.org/abs/9901.00002', '9901.00002'],
    ['synth-th/9912001', 'synth-th/9912001'],
    ['synthetic-slug-paper', 'synthetic-slug-paper'],
  ])('%s is the audit %s', (paper, id) => {
    const plan = planReplyScaffold({ paper, by: 'Ada Abernathy', date: '2026-01-15' }, known);
    expect(plan).toMatchObject({ id, relativePath: `${id}/replies/2026-01-15-ada-abernathy.json` });
  });

  test('the scaffold has every required field, blank or unknown, and finds the schema from scans/<id>/replies/', () => {
    const plan = planned({ paper: 'synth-th/9912001', date: '2026-01-15' });
    expect(plan.relativePath).toBe('synth-th/9912001/replies/2026-01-15-reply.json');
    expect(plan.reply).toEqual({
      $schema: '../../../../schema/reply.schema.json',
      by: { name: '', relation: null },
      date: '2026-01-15',
      statements: [{ about: 'item', item: '', text: '', outcome: { status: 'open' } }],
    });
    expect(path.posix.join('scans', path.posix.dirname(plan.relativePath), plan.reply.$schema)).toBe(REPLY_SCHEMA_PATH);
  });

  test.each([
    ['9901.00099', 'no audit of "9901.00099": a reply answers a published audit, and scans/9901.00099/scan.json does not exist'],
    ['Not A Slug', 'malformed paper id "Not A Slug": give the audit\'s id as in /papers/<id>/, e.g. "2405.05949"'],
    ['../etc', 'malformed paper id "../etc": give the audit\'s id as in /papers/<id>/, e.g. "2405.05949"'],
  ])('refuses %s', (paper, error) => {
    expect(planReplyScaffold({ paper, date: '2026-01-15' }, known)).toEqual({ error });
  });

  test.each([
    ['2026-02-30', '--date must be a calendar date written YYYY-MM-DD, got "2026-02-30"'],
    ['15.01.2026', '--date must be a calendar date written YYYY-MM-DD, got "15.01.2026"'],
    ['2999-01-01', '--date 2999-01-01 is in the future'],
  ])('refuses the date %s', (date, error) => {
    expect(planReplyScaffold({ paper: '9901.00002', date }, known)).toEqual({ error });
  });
});

describe('npm run new-reply', () => {
  const scans = mkdtempSync(path.join(tmpdir(), 'glassbox-new-reply-'));
  afterAll(() => rmSync(scans, { recursive: true, force: true }));
  cpSync(path.join(ROOT, 'test/fixtures/site/9901.00004'), path.join(scans, '9901.00004'), { recursive: true });
  const newReply = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-reply.ts', ...args, '--scans', scans], { cwd: ROOT, encoding: 'utf8' });
  const file = path.join(scans, '9901.00004/replies/2026-01-15-ada-abernathy.json');

  test('writes the scaffold, which fails validation until filled in, and passes once it is', () => {
    const created = newReply('9901.00004', '--by', 'Ada Abernathy', '--date', '2026-01-15');
    expect(created.status, created.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(replyScaffoldText(planned({ paper: '9901.00004', by: 'Ada Abernathy', date: '2026-01-15' }).reply));
    expect(validateScansDir(scans).problems.map((problem) => `${problem.pointer} ${problem.message}`)).toEqual([
      '/by/relation expected one of author | other, got null',
      '/statements/0/item unknown checklist item "": expected "<category>/<item>" from the rubric, e.g. "artifacts/code_released"',
      '/statements/0/text text must not be blank',
    ]);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('"relation": null', '"relation": "author"')
        .replace('"item": ""', '"item": "artifacts/code_released"')
        .replace('"text": ""', '"text": "The fictional code is public."'),
    );
    const { scans: valid, problems } = validateScansDir(scans);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(valid[0]!.replies.map((reply) => reply.name)).toEqual(['2026-01-15-ada-abernathy']);
  }, 30_000);

  test('never overwrites a reply, and refuses a paper without a scan, writing nothing', () => {
    writeFileSync(file, '{"kept": true}\n');
    const again = newReply('9901.00004', '--by', 'Ada Abernathy', '--date', '2026-01-15');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('{"kept": true}\n');

    const unknown = newReply('9901.00077');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no audit of "9901.00077"');
    expect(existsSync(path.join(scans, '9901.00077'))).toBe(false);
    expect(readdirSync(scans)).toEqual(['9901.00004']);
  }, 30_000);
});
