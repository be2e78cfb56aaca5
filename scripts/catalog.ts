/**
 * Writes a large generated archive as the app's static API, for load tests
 * and benchmarks. Film facts are real (data/films.json.gz); ratings, dates,
 * critics and text are generated and say so. Same arguments, same bytes.
 *
 * Usage: npm run catalog -- --count 20000 --out .bench/large-api [--seed 1] [--markdown]
 * Then build the app against it: APP_ONLY=1 VITE_API_BASE_URL=/large-api/ npx vite build
 * and serve the folder at /large-api/ (npm run bench does all of this).
 *   --markdown  write review files (<slug>.md, as a critic would) instead of
 *               the API, for a whole site build: CONTENT_DIR=<dir> npm run build
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFilms, writeGeneratedArchive, writeGeneratedContent } from './lib/generate-reviews';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    markdown: { type: 'boolean', default: false },
  },
  strict: true,
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run catalog -- --count <reviews> --out <dir> [--seed <integer>] [--markdown]');
  process.exit(2);
}

const started = performance.now();
const films = loadFilms();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
if (values.markdown) {
  const written = writeGeneratedContent(resolve(values.out), { count, seed, films });
  console.log(`Content: ${written} generated review files (seed ${seed}) in ${values.out}, ${seconds()} s`);
  process.exit(0);
}
const result = writeGeneratedArchive(resolve(values.out), { count, seed, films });
console.log(
  `Archive: ${result.reviews} generated reviews (seed ${seed}${count > films.length ? `, ${films.length} films, some reviewed more than once` : ''}), ` +
    `build ${result.build}, ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB in ${values.out}, ${seconds()} s`,
);
