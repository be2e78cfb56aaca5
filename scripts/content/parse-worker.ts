/**
 * One of parse-in-parallel.ts's workers: reads its share of the review files
 * and sends each reading back as JSON, for the parse cache. A file it cannot
 * read is left out: the content step reads it again itself and reports its
 * problem.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseJob, ParsedFile } from './parse-in-parallel';
import { readReviewFile } from './review-file';

const { files } = workerData as ParseJob;
const readings: ParsedFile[] = [];
for (const [fileName, source] of files) {
  try {
    readings.push([fileName, JSON.stringify(readReviewFile(fileName, source))]);
  } catch {
    // Reported by the content step, which reads this file again.
  }
}
parentPort?.postMessage(readings);
