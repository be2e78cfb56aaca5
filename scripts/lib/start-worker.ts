import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the TypeScript module at `module` (a path), given
 * `workerData`: through ./typescript-worker.mjs, since Node's workers do not
 * inherit tsx's loader.
 */
export function typescriptWorker(module: string, workerData: unknown): Worker {
  return new Worker(join(import.meta.dirname, 'typescript-worker.mjs'), {
    argv: [pathToFileURL(module).href],
    workerData,
  });
}
