/**
 * The shell steps of deploy-s3.yml, run as GitHub runs them (`bash -eo pipefail`) against a stub
 * `aws` that records its calls, so their logic is tested without an AWS account.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy-s3.yml'), 'utf8'));
const run = (name: string) => (workflow.jobs.deploy.steps as { name?: string; run?: string }[]).find((step) => step.name === name)!.run!;

const temp = mkdtempSync(path.join(tmpdir(), 'glassbox-deploy-steps-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The stub answers head-object as told by STUB_HEAD (found, missing, denied) and logs every call.
const bin = path.join(temp, 'bin');
mkdirSync(bin);
writeFileSync(
  path.join(bin, 'aws'),
  `#!/bin/bash
echo "aws $*" >> "$AWS_LOG"
if [ "$2" = head-object ]; then
  case "$STUB_HEAD" in
    found) echo '{}' ;;
    missing) echo 'An error occurred (404) when calling the HeadObject operation: Not Found' >&2; exit 254 ;;
    *) echo 'An error occurred (403) when calling the HeadObject operation: Forbidden' >&2; exit 254 ;;
  esac
fi
`,
);
chmodSync(path.join(bin, 'aws'), 0o755);

function step(name: string, cwd: string, env: Record<string, string>) {
  const log = path.join(cwd, 'aws.log');
  rmSync(log, { force: true });
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run(name)], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      AWS_LOG: log,
      BUCKET: 'bucket',
      BASE_PATH: '/glassbox/',
      GITHUB_STEP_SUMMARY: path.join(cwd, 'summary.md'),
      ...env,
    },
  });
  let calls: string[] = [];
  try {
    calls = readFileSync(log, 'utf8').trimEnd().split('\n');
  } catch {
    // No call made.
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

describe("Fetch the last deploy's manifest", () => {
  const name = "Fetch the last deploy's manifest";
  test('downloads the manifest when the bucket has one', () => {
    const result = step(name, temp, { STUB_HEAD: 'found' });
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      'aws s3api head-object --bucket bucket --key glassbox/_deploy/manifest.json.gz',
      'aws s3 cp s3://bucket/glassbox/_deploy/manifest.json.gz previous-manifest.json.gz --only-show-errors',
    ]);
  });

  test('goes on as a first deploy when the manifest is missing', () => {
    const result = step(name, temp, { STUB_HEAD: 'missing' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('uploads every file');
    expect(result.calls).toHaveLength(1);
  });

  test('stops on any other error rather than re-uploading the whole site', () => {
    const result = step(name, temp, { STUB_HEAD: 'denied' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(403)');
  });
});

test('plan, then upload assets before pages, delete, and store the manifest last', { timeout: 60_000 }, () => {
  const work = path.join(temp, 'work');
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(work, 'dist', relative)), { recursive: true });
    writeFileSync(path.join(work, 'dist', relative), text);
  };
  write('_astro/a.1.js', 'js');
  write('index.html', 'home');
  write('papers/9901.00001/index.html', 'audit');
  // The plan step runs our script from the repository: link it into the work folder.
  mkdirSync(work, { recursive: true });
  for (const folder of ['scripts', 'src']) spawnSync('ln', ['-s', path.join(ROOT, folder), path.join(work, folder)]);

  const planned = step('Plan the deploy', work, {});
  expect(planned.status).toBe(0);
  expect(readFileSync(path.join(work, 'summary.md'), 'utf8')).toContain('upload: 3 files');

  // A stale object from an older deploy, to be deleted.
  writeFileSync(path.join(work, '.deploy', 'delete-1.json'), JSON.stringify({ Objects: [{ Key: 'glassbox/old/index.html' }], Quiet: true }));
  const uploaded = step('Upload changed files, delete removed ones, store the manifest', work, {});
  expect(uploaded.status).toBe(0);
  expect(uploaded.calls.map((call) => call.replace(/ --.*$/, '').replace(work, '.'))).toEqual([
    'aws s3 cp .deploy/upload/1 s3://bucket/',
    'aws s3 cp .deploy/upload/2 s3://bucket/',
    'aws s3api delete-objects',
    'aws s3 cp .deploy/manifest.json.gz s3://bucket/glassbox/_deploy/manifest.json.gz',
  ]);
  expect(uploaded.calls[0]).toContain('--content-type text/javascript; charset=utf-8 --cache-control public, max-age=31536000, immutable');
  expect(uploaded.calls[1]).toContain('--content-type text/html; charset=utf-8 --cache-control public, max-age=300');
  expect(uploaded.calls[2]).toContain('--delete file://.deploy/delete-1.json');
});
