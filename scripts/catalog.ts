/**
 * Writes a large generated catalogue as the app's static API (format v1), for
 * load tests and benchmarks. Film facts are real (data/films.json.gz); ratings,
 * dates, critics and text are generated and say so. Same arguments, same bytes.
 *
 * Usage: npm run catalog -- --count 20000 --out .bench/large-api [--seed 1]
 * Then build the app against it: VITE_API_BASE_URL=/large-api/ npx vite build
 * and serve the folder at /large-api/ (npm run bench does all of this).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFilms, writeCatalog } from './lib/generate-catalog';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
  strict: true,
});

const count = Number(values.count);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run catalog -- --count <reviews> --out <dir> [--seed <integer>]');
  process.exit(2);
}

const started = performance.now();
const films = loadFilms();
if (count > films.length) {
  console.warn(`Warning: asked for ${count} reviews but the data has ${films.length} films; writing ${films.length}.`);
}
const outDir = resolve(values.out);
const result = writeCatalog(outDir, { count, seed, films });
const ms = Math.round(performance.now() - started);
console.log(
  `Catalogue: ${result.reviews} generated reviews (seed ${seed}), ${result.files} files, ` +
    `${result.bytes} bytes in ${values.out}, ${ms} ms`,
);
