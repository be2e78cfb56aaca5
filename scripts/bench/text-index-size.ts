/**
 * The full-text index's weight in a published archive, read from its files:
 * how much the index adds to builds/ and reviews/, its largest chunk, and the
 * queries the search scenario types (text-search.ts): a phrase from one
 * review's text only, and words every generated review has.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TextIndexSize {
  /** Bytes of builds/<build>/text/. */
  indexBytes: number;
  /** Bytes of builds/<build>/ without text/, plus reviews/: what the archive publishes besides the index. */
  restBytes: number;
  chunks: number;
  keysBytes: number;
  largest: { file: string; bytes: number; gzipBytes: number };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, entry) =>
      sum + (entry.isDirectory() ? folderBytes(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  );
}

const currentBuild = (archive: string) =>
  (JSON.parse(readFileSync(join(archive, 'index.json'), 'utf8')) as { build: string }).build;

export function textIndexSize(archive: string): TextIndexSize {
  const build = join(archive, 'builds', currentBuild(archive));
  const text = join(build, 'text');
  const files = readdirSync(text).map((file) => ({ file, bytes: statSync(join(text, file)).size }));
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const indexBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  return {
    indexBytes,
    restBytes: folderBytes(build) - indexBytes + folderBytes(join(archive, 'reviews')),
    chunks: files.length - 1,
    keysBytes: files.find((file) => file.file === 'keys.json')?.bytes ?? 0,
    largest: { ...largest, gzipBytes: gzipSync(readFileSync(join(text, largest.file))).length },
  };
}

export interface BenchQuery {
  label: string;
  /** As typed into the search box. */
  query: string;
  /** The film of the one review it must find first, when it must find only one. */
  expectFirst?: string;
}

interface ReviewFacts {
  film: { title: string; year: number; cast: { name: string }[] };
}

/**
 * A cast member's full name that only one review's text has (generated
 * bodies name the first five of the cast; a name of two or more words of
 * plain letters, found in no other review's cast), typed as a phrase; and
 * two words of the text every generated review opens with.
 */
export function benchQueries(archive: string): BenchQuery[] {
  const dir = join(archive, 'reviews');
  const reviews = readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReviewFacts);
  const seen = new Map<string, number>();
  for (const review of reviews) {
    for (const { name } of review.film.cast) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const unique = (name: string) => seen.get(name) === 1 && /^[A-Z][a-z]{2,}( [A-Z][a-z]{2,})+$/.test(name);
  const found = reviews.find((review) => review.film.cast.slice(0, 5).some(({ name }) => unique(name)));
  if (!found) throw new Error(`no cast member's name is in one review only in ${archive}`);
  const name = found.film.cast.slice(0, 5).find(({ name }) => unique(name))!.name;
  return [
    { label: 'a name in one review', query: `"${name}"`, expectFirst: `${found.film.title} (${found.film.year})` },
    { label: 'words in every review', query: 'wikipedia films' },
  ];
}
