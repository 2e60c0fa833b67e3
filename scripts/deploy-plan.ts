/**
 * `node scripts/deploy-plan.ts --dist dist --out .deploy [--previous FILE|DIR] [--prefix P] [--now ISO]`
 *
 * Compare a built site with the last deploy (its manifest, `manifest.json.gz`, or another built
 * folder) and prepare what the S3 deploy workflow runs: `OUT/batches.tsv` (one line per upload
 * batch: folder, content type, cache control; each folder holds hard links to the files to upload
 * under their object keys), `OUT/delete-N.json` (delete-objects documents) and
 * `OUT/manifest.json.gz` (the manifest to store after a successful deploy). Prints a Markdown
 * summary: how many files change, their bytes, and how many of them kept their size (what
 * `aws s3 sync --size-only` would have missed). Without `--out` it only prints the summary, which
 * is how `docs/scaling.md` measures what one edited scan costs a deploy.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { deterministicGzip } from '../src/lib/publishing/deterministic-gzip.ts';
import {
  deleteBatches,
  EMPTY_MANIFEST,
  HASHED_ASSETS,
  manifestOf,
  planDeploy,
  summarisePlan,
  uploadBatches,
  type DeployManifest,
  type DeployPlan,
  type PlanSummary,
} from './lib/sync-plan.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    previous: { type: 'string' },
    prefix: { type: 'string', default: '' },
    now: { type: 'string' },
  },
});
const prefix = values.prefix.replace(/^\/+/, '');
if (prefix && !prefix.endsWith('/')) {
  console.error(`--prefix must end with a slash, got ${JSON.stringify(values.prefix)}`);
  process.exit(2);
}
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--now must be a date, got ${JSON.stringify(values.now)}`);
  process.exit(2);
}

/** The previous deploy: none, a stored manifest (gzip or plain JSON), or a built folder. */
function readPrevious(source: string | undefined): DeployManifest {
  if (!source) return EMPTY_MANIFEST;
  if (statSync(source).isDirectory()) return manifestOf(source, prefix);
  const bytes = readFileSync(source);
  return JSON.parse((source.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')) as DeployManifest;
}

const fileOf = (dir: string, key: string) => path.join(dir, ...key.slice(prefix.length).split('/'));

/** Stage the plan's files (hard links, copies across devices) and write its documents into `out`. */
function writePlan(plan: DeployPlan, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const lines = uploadBatches(plan).map(({ policy, keys }, index) => {
    const folder = path.join(out, 'upload', String(index + 1));
    for (const key of keys) {
      const target = path.join(folder, ...key.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(fileOf(values.dist, key), target);
      } catch {
        copyFileSync(fileOf(values.dist, key), target);
      }
    }
    return [folder, policy.contentType, policy.cacheControl].join('\t');
  });
  writeFileSync(path.join(out, 'batches.tsv'), lines.map((line) => line + '\n').join(''));
  deleteBatches(plan.delete).forEach((batch, index) => writeFileSync(path.join(out, `delete-${index + 1}.json`), JSON.stringify(batch)));
  writeFileSync(path.join(out, 'manifest.json.gz'), deterministicGzip(Buffer.from(JSON.stringify(plan.manifest)), 6));
}

function summaryMarkdown(summary: PlanSummary, previousKnown: boolean): string {
  const folders = summary.byFolder.map(({ folder, files }) => `${folder} ${files}`).join(', ');
  return [
    `### Deploy plan${previousKnown ? '' : ' (no previous deploy: every file is new)'}`,
    '',
    `- upload: ${summary.upload} files, ${(summary.uploadBytes / 1024 ** 2).toFixed(2)} MB${folders ? ` (${folders})` : ''}`,
    `- of those, same size as before: ${summary.sameSize} (\`aws s3 sync --size-only\` would have skipped them)`,
    `- delete: ${summary.delete} files`,
    `- unchanged: ${summary.unchanged} files`,
    '',
  ].join('\n');
}

const previous = readPrevious(values.previous);
const plan = planDeploy(previous, manifestOf(values.dist, prefix), now, prefix + HASHED_ASSETS);
const summary = summarisePlan(plan, previous, prefix);
if (values.out) writePlan(plan, values.out);
console.log(summaryMarkdown(summary, Boolean(values.previous)));
