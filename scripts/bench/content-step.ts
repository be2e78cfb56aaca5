/**
 * Times the build's content step on its own: reading and checking a folder of
 * review files into the archive, then writing the API, with the parse cache
 * in a folder of your choosing (run it twice to see a warm cache; edit a file
 * between runs to see an incremental build). docs/performance.md has figures.
 *
 * Usage: npx tsx scripts/bench/content-step.ts <reviews folder> <API folder to write> [<cache folder>]
 */
import { readContent } from '../content/read-content';
import { writeArchive } from '../lib/publish-archive';

const [reviewsDir, apiDir, cacheDir] = process.argv.slice(2);
if (!reviewsDir || !apiDir) {
  console.error('Usage: npx tsx scripts/bench/content-step.ts <reviews folder> <API folder to write> [<cache folder>]');
  process.exit(2);
}
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const started = performance.now();
const content = await readContent(reviewsDir, cacheDir ? { cacheDir } : {});
console.log(`read ${content.reviews.length} reviews (${content.problems.length} problems) in ${seconds(started)}`);
const writing = performance.now();
const { files, build } = writeArchive(content.archive, apiDir);
console.log(`wrote ${files} files (build ${build}) in ${seconds(writing)}`);
