/**
 * One of parse-in-parallel.ts's workers: reads its share of the review files
 * into the parse cache. A file it cannot read is left out: the content step
 * reads it again itself and reports its problem.
 */
import { workerData } from 'node:worker_threads';
import type { ParseJob } from './parse-in-parallel';
import { parseCache } from './parse-cache';
import { readReviewFile } from './review-file';

const { cacheDir, files } = workerData as ParseJob;
const read = parseCache(cacheDir).cached(readReviewFile);
for (const [fileName, source] of files) {
  try {
    read(fileName, source);
  } catch {
    // Reported by the content step, which reads this file again.
  }
}
