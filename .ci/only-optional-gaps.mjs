// Decide whether `npm ci` failed only because the lock file lacks other platforms' optional
// binaries (a registry mirror without them, e.g. @pagefind/darwin-arm64), which `npm install`
// tolerates. Reads npm ci's output on stdin; exits 0 only when every "Missing:" package is an
// optional dependency somewhere in package-lock.json, 1 otherwise (a real lock file drift).
// Plain JavaScript: it runs on the machine's Node before node_modules exists.
import { readFileSync } from 'node:fs';

const output = readFileSync(0, 'utf8');
const missing = [...output.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((match) => match[1]);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const optional = new Set(Object.values(lock.packages ?? {}).flatMap((entry) => Object.keys(entry.optionalDependencies ?? {})));
const required = missing.filter((name) => !optional.has(name));
if (missing.length === 0 || required.length > 0) {
  console.error(
    missing.length === 0 ? 'npm ci failed for another reason than missing lock entries' : `lock file lacks required packages: ${required.join(', ')}`,
  );
  process.exit(1);
}
console.log(`npm ci: the lock file lacks ${missing.length} optional platform packages (${missing.join(', ')}); installing from it with npm install`);
