/**
 * Worker-thread entry of the build's file writer (`background-file-writer.ts` starts it): runs
 * `file-writer.ts` on the job it was given and posts each report back.
 *
 * Node runs this file and its imports directly, stripping their types, not through Vite. The one
 * Vite feature those imports use is `?raw` (the CSL styles of `citation.ts`), so a module hook
 * gives such an import its file's text as the default export, as Vite does.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { FileWriterJob, FileWriterReport } from './file-writer.ts';

const RAW = '?raw';

registerHooks({
  load(url, context, nextLoad) {
    if (!url.endsWith(RAW)) return nextLoad(url, context);
    const text = readFileSync(fileURLToPath(url.slice(0, -RAW.length)), 'utf8');
    return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  },
});

// Imported after the hook is in place: the writer's imports reach the `?raw` styles.
const { runFileWriter } = await import('./file-writer.ts');
// A failure rejects this module's evaluation, which the main thread sees as the worker's `error`.
await runFileWriter(workerData as FileWriterJob, (report: FileWriterReport) => parentPort!.postMessage(report));
