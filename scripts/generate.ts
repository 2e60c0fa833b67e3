/**
 * `npm run generate [-- --check]`: write the files derived from the rubric and the schema
 * (schema/scan.schema.json, .github/ISSUE_TEMPLATE/*.yml, the field reference in
 * CONTRIBUTING.md). With `--check`, write nothing and exit 1 listing the files out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from './lib/generated-files.ts';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const read = (file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined);

const stale = (await generatedFiles(read('CONTRIBUTING.md') ?? '', root)).filter((file) => read(file.path) !== file.text);
if (check) {
  for (const file of stale) console.error(`${file.path} is out of date: run npm run generate`);
  process.exitCode = stale.length ? 1 : 0;
} else {
  for (const file of stale) {
    mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    writeFileSync(path.join(root, file.path), file.text);
    console.log(`wrote ${file.path}`);
  }
  if (!stale.length) console.log('generated files are up to date');
}
