/**
 * Reading the review files a build's parse cache does not hold yet, in worker
 * threads, one per core: at 20,000 reviews from nothing, parsing their
 * Markdown and YAML was most of the content step, on one core while the other
 * waited. Each worker sends its readings back for the cache (parse-cache.ts);
 * the content step then reads every file as before and finds each reading
 * there, so what it reports and in which order is the same either way.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { typescriptWorker } from '../lib/start-worker';
import type { ParseCache } from './parse-cache';

/** Below this many files to read, starting workers costs more than it saves. */
const WORTH_WORKERS = 500;

/** What a parse worker is given: its share of the files, by name with their text. */
export interface ParseJob {
  files: [fileName: string, source: string][];
}

/** What a parse worker sends back: each file's reading, as JSON. */
export type ParsedFile = [fileName: string, reading: string];

/**
 * Fills `cache` with the readings of the files it lacks, in worker threads
 * when there are `worthWorkers` or more; returns how many the workers read
 * (none when there were too few to start them).
 */
export async function parseMissing(
  cache: ParseCache,
  files: readonly [fileName: string, source: string][],
  { worthWorkers = WORTH_WORKERS } = {},
): Promise<number> {
  const missing = files.filter(([fileName, source]) => !cache.has(fileName, source));
  if (missing.length < worthWorkers) return 0;
  const sources = new Map(missing);
  const workers = Math.min(availableParallelism(), Math.ceil(missing.length / worthWorkers));
  await Promise.all(
    Array.from({ length: workers }, (_, worker) => {
      const job: ParseJob = { files: missing.filter((_, index) => index % workers === worker) };
      const thread = typescriptWorker(join(import.meta.dirname, 'parse-worker.ts'), job);
      return new Promise<void>((done, fail) => {
        thread.once('message', (readings: ParsedFile[]) => {
          for (const [fileName, reading] of readings) cache.add(fileName, sources.get(fileName)!, reading);
        });
        thread.once('error', fail);
        thread.once('exit', (code) =>
          code === 0 ? done() : fail(new Error(`a parse worker stopped with code ${code}`)),
        );
      });
    }),
  );
  return missing.length;
}
