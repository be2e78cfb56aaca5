/**
 * Publishes reviews as the static API of format v2 (the layout is described
 * in src/format/archive-layout.ts and docs/review-format.md).
 * Used for the authored reviews (scripts/publish-content.ts) and for generated
 * archives (scripts/catalog.ts), so both are the same format.
 *
 * Publishing is all or nothing: a build is written to a folder of its own and
 * becomes current only when index.json, written last, names it; the previous
 * build stays beside it, so a reader holding it keeps working.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  apiPaths,
  BLOCK_SIZE,
  buildPaths,
  CARD_CHUNK_SIZE,
  PAGE_SIZE,
  SORT_KEYS,
  type ListScope,
} from '../../src/format/archive-layout';
import { byNewest, SORT_ORDERS } from '../../src/format/archive-orders';
import { toCard } from '../../src/format/to-card';
import { bucketCount, slugBucket } from '../../src/format/slug-buckets';
import { MIN_SEARCH_WORD, searchChunkKey, searchWords } from '../../src/format/search-words';
import type { CardChunkDocument, Entry, PageDocument } from '../../src/format/archive-schema';
import type { BlockDocument, TitlesDocument } from '../../src/format/index-schema';
import type { Card } from '../../src/format/card-schema';
import { FORMAT_VERSION } from '../../src/format/fields';
import { GENRE_SLUGS, type Genre } from '../../src/format/genres';
import { STAR_BUCKETS, starBucket } from '../../src/format/ratings';
import type { Review } from '../../src/format/review-schema';
import { facetsOf, placeCodes, type Facets } from './publish-facets';
import { markIfThere, writeIfChanged } from './write-if-changed';
import { readHashes, textHash, writeHashes, type FileHashes } from './published-hashes';
import { directoryFiles, NO_DIRECTORY, peopleOf, type Directory } from './publish-directory';
import { textIndexFiles } from './publish-text-index';

const RELATED_COUNT = 4;
/** How many of a genre's reviews are considered as related: keeps publishing linear at scale. */
const RELATED_CANDIDATES_PER_GENRE = 150;
/** Builds kept besides the current one, for readers whose tab still holds them. */
const PREVIOUS_BUILDS_KEPT = 1;

export interface PublishResult {
  build: string;
  files: number;
  /** Of those, the files written: the others were there already, byte for byte. */
  written: number;
  bytes: number;
  total: number;
  /** Written into a build (`inBuild`): each file's hash, as kept beside it. */
  hashes?: FileHashes;
}

/** Files by path inside their folder: JSON text. */
export type Files = Map<string, string>;

/** A build of the API in memory, as `writeArchive` writes it: every file's text, nothing written yet. */
export interface Archive {
  build: string;
  /** The files of builds/<build>/, by path inside it. */
  buildFiles: Files;
  /** The files of reviews/, by name. */
  reviewFiles: Files;
  /** The files about people and lists (people/, critics/, lists/), by path from the API's base. */
  directoryFiles: Files;
  /** index.json. */
  entry: string;
  /** Each review's slug by its id (its position, newest first). */
  slugs: string[];
  /** The reviews as published (with their people's pages), newest first: what the prerenderer lists. */
  reviews: readonly Review[];
}

export function publishArchive(reviews: readonly Review[], outDir: string, directory = NO_DIRECTORY): PublishResult {
  return writeArchive(buildArchive(reviews, directory), outDir);
}

/**
 * Every file of the API for these reviews, and the critics and lists of
 * `directory`, in memory. The same content always gives the same files.
 * `words`: each review's indexed words, by slug, where they were counted
 * already (scripts/content/review-file.ts); the others are counted here.
 */
export function buildArchive(
  reviews: readonly Review[],
  directory: Directory = NO_DIRECTORY,
  { words }: { words?: ReadonlyMap<string, Iterable<[string, number]>> } = {},
): Archive {
  // Every review names each person's page, whether the checker said which person a name means or not.
  const sorted = reviews
    .map((review) => ({
      ...review,
      film: { ...review.film, people: Object.fromEntries(peopleOf(review.film)), codes: placeCodes(review.film) },
    }))
    .sort(byNewest);
  const cards = sorted.map(toCard);
  const buildFiles: Files = new Map();
  const add = (path: string, data: unknown) => buildFiles.set(path, JSON.stringify(data));

  for (const scope of allScopes()) add(buildPaths.page(scope), pageOf(cards, scope));
  const facets = facetsOf(sorted);
  add(buildPaths.facets(), facets.document);
  for (const [path, block] of blocks(cards, facets)) add(path, block);
  cards.forEach((card, id) => add(buildPaths.card(id), card));
  for (let first = 0; first < cards.length; first += BLOCK_SIZE) {
    const titles = cards.slice(first, first + BLOCK_SIZE).map((card) => card.film.title);
    add(buildPaths.titles(first / BLOCK_SIZE), { version: FORMAT_VERSION, titles } satisfies TitlesDocument);
  }
  for (let first = 0; first < cards.length; first += CARD_CHUNK_SIZE) {
    const chunk: CardChunkDocument = { version: FORMAT_VERSION, cards: cards.slice(first, first + CARD_CHUNK_SIZE) };
    add(buildPaths.cardChunk(first / CARD_CHUNK_SIZE), chunk);
  }
  for (const [bucket, entries] of idBuckets(cards)) add(buildPaths.ids(bucket), entries);
  const names = nameIndex(sorted);
  add(buildPaths.nameKeys(), { version: FORMAT_VERSION, keys: [...names.keys()] });
  for (const [key, chunk] of names) add(buildPaths.names(key), chunk);
  for (const [path, document] of textIndexFiles(sorted, { wordsOf: (review) => words?.get(review.slug) })) {
    add(path, document);
  }

  const build = hashOf(buildFiles);
  const entry: Entry = {
    version: FORMAT_VERSION,
    build,
    total: cards.length,
    genres: Object.fromEntries(GENRE_SLUGS.map((genre) => [genre, countIn(cards, { kind: 'genre', genre })])),
    ratings: Object.fromEntries(STAR_BUCKETS.map((stars) => [String(stars), countIn(cards, { kind: 'stars', stars })])),
  };
  const related = relatedReviews(sorted, cards);
  const reviewFiles: Files = new Map(
    sorted.map((review, place) => [
      apiPaths.review(review.slug).slice('reviews/'.length),
      JSON.stringify({ ...review, related: related(place) }),
    ]),
  );
  return {
    build,
    buildFiles,
    reviewFiles,
    directoryFiles: directoryFiles(sorted, directory),
    entry: JSON.stringify(entry),
    slugs: cards.map((card) => card.slug),
    reviews: sorted,
  };
}

/**
 * Writes a built archive into outDir (a site's api/v2), index.json last.
 * `inBuild`: outDir is inside a build's staging folder, which no one serves
 * until it is complete (scripts/build/staged-build.ts): each file is written
 * in place, only if it changed, and a hash of each is kept in `hashes`
 * (./published-hashes.ts). Otherwise outDir may be served as it changes
 * (the dev server's copy), so each folder is written beside it and swapped in.
 */
export function writeArchive(
  archive: Archive,
  outDir: string,
  { inBuild }: { inBuild?: { hashes: string } } = {},
): PublishResult {
  if (inBuild) return writeChanged(archive, outDir, inBuild.hashes);
  const { build, buildFiles, reviewFiles, directoryFiles, entry } = archive;
  // A build folder is named by a hash of its files: one already there is this one, and is not written again.
  const buildThere = existsSync(join(outDir, apiPaths.inBuild(build, '')));
  // Stage everything, then swap it in: a failure on the way leaves the previous API as it was.
  let bytes = writeAll(join(outDir, apiPaths.inBuild(build, '')), buildFiles, { replace: false });
  bytes += writeAll(join(outDir, 'reviews'), reviewFiles, { replace: true });
  for (const [folder, files] of byFolder(directoryFiles))
    bytes += writeAll(join(outDir, folder), files, { replace: true });
  writeAtomically(join(outDir, apiPaths.entry()), entry);
  pruneBuilds(join(outDir, 'builds'), build);
  const files = buildFiles.size + reviewFiles.size + directoryFiles.size + 1;
  return {
    build,
    files,
    written: files - (buildThere ? buildFiles.size : 0),
    bytes: bytes + entry.length,
    total: archive.slugs.length,
  };
}

/**
 * writeArchive into a build's staging folder: every file in place, written
 * only if its bytes changed. A file the older build's hashes say is the same
 * is only marked, not read.
 */
function writeChanged(archive: Archive, outDir: string, hashesFile: string): PublishResult {
  const { build, buildFiles, reviewFiles, directoryFiles, entry } = archive;
  // The older build's account of the folder, gone until this one has written its own: a build stopped
  // halfway leaves none, rather than one that is no longer true.
  const older = readHashes(hashesFile);
  rmSync(hashesFile, { force: true });
  const renamed = reuseOlderBuild(join(outDir, 'builds'), build);
  const inThisBuild = apiPaths.inBuild(build, '');
  const olderHash = (path: string) =>
    older.get(
      renamed && path.startsWith(inThisBuild) ? apiPaths.inBuild(renamed, path.slice(inThisBuild.length)) : path,
    );
  const files: [string, string][] = [
    ...[...buildFiles].map(([path, text]): [string, string] => [apiPaths.inBuild(build, path), text]),
    ...[...reviewFiles].map(([name, text]): [string, string] => [`reviews/${name}`, text]),
    ...directoryFiles,
    [apiPaths.entry(), entry],
  ];
  const hashes: FileHashes = new Map();
  let written = 0;
  let bytes = 0;
  for (const [path, text] of files) {
    const hash = textHash(text);
    hashes.set(path, hash);
    bytes += Buffer.byteLength(text);
    const file = join(outDir, path);
    if (olderHash(path) === hash && markIfThere(file)) continue;
    if (writeIfChanged(file, text)) written++;
  }
  writeHashes(hashesFile, hashes);
  return { build, files: files.length, written, bytes, total: archive.slugs.length, hashes };
}

/**
 * An older build's folder renamed to this build's, when this one is not there
 * yet: a build folder is named by a hash of its files, so an edit gives it a
 * new name, but most of its files (a card per review) are the same, and only
 * those that differ are then written. What the new build does not have is
 * removed afterwards, with the older build's other leftovers. Returns the
 * older folder's name, if one was renamed.
 */
function reuseOlderBuild(buildsDir: string, build: string): string | null {
  if (!existsSync(buildsDir) || existsSync(join(buildsDir, build))) return null;
  const newest = readdirSync(buildsDir)
    .filter((name) => !name.includes('.'))
    .map((name) => ({ name, time: statSync(join(buildsDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time)[0];
  if (!newest) return null;
  renameSync(join(buildsDir, newest.name), join(buildsDir, build));
  return newest.name;
}

/** The scopes that have a page file: all reviews, every genre (even one with none yet) and every rating. */
function allScopes(): ListScope[] {
  return [
    { kind: 'all' },
    ...GENRE_SLUGS.map((genre): ListScope => ({ kind: 'genre', genre })),
    ...STAR_BUCKETS.map((stars): ListScope => ({ kind: 'stars', stars })),
  ];
}

export function inScope(card: Card, scope: ListScope): boolean {
  if (scope.kind === 'genre') return card.film.genres.includes(scope.genre);
  if (scope.kind === 'stars') return starBucket(card.rating) === scope.stars;
  return true;
}

function countIn(cards: readonly Card[], scope: ListScope): number {
  return cards.reduce((sum, card) => sum + (inScope(card, scope) ? 1 : 0), 0);
}

function pageOf(cards: readonly Card[], scope: ListScope): PageDocument {
  const ids = Array.from(cards.keys()).filter((id) => inScope(cards[id]!, scope));
  const first = ids.slice(0, PAGE_SIZE);
  return { version: FORMAT_VERSION, total: ids.length, ids: first, cards: first.map((id) => cards[id]!) };
}

const GENRE_BITS = new Map(GENRE_SLUGS.map((genre, bit) => [genre, 2 ** bit]));

function genreMask(genres: readonly Genre[]): number {
  return genres.reduce((mask, genre) => mask | GENRE_BITS.get(genre)!, 0);
}

/**
 * The filter index, BLOCK_SIZE rows a file, once per order. Newest blocks
 * hold every column (ids follow from the position), the facets' too
 * (publish-facets.ts); the others hold what a
 * first page needs: ids, genres and ratings.
 */
function* blocks(cards: readonly Card[], facets: Facets): Generator<[string, BlockDocument]> {
  const orders = Object.fromEntries(
    SORT_KEYS.map((sort) => [sort, Array.from(cards.keys()).sort((a, b) => SORT_ORDERS[sort](cards[a]!, cards[b]!))]),
  ) as Record<(typeof SORT_KEYS)[number], number[]>;
  const titleRank = new Uint32Array(cards.length);
  orders.title.forEach((id, rank) => (titleRank[id] = rank));

  for (const sort of SORT_KEYS) {
    const order = orders[sort];
    for (let start = 0, block = 0; start < Math.max(order.length, 1); start += BLOCK_SIZE, block++) {
      const ids = order.slice(start, start + BLOCK_SIZE);
      const rows = ids.map((id) => cards[id]!);
      const document: BlockDocument = {
        version: FORMAT_VERSION,
        ...(sort !== 'newest' && { ids }),
        genres: rows.map((card) => genreMask(card.film.genres)),
        ratings: rows.map((card) => card.rating * 2),
        ...(sort === 'newest' && {
          years: rows.map((card) => card.film.year),
          titles: ids.map((id) => titleRank[id]!),
          countries: ids.map((id) => facets.countries[id]!),
          languages: ids.map((id) => facets.languages[id]!),
          watch: ids.map((id) => facets.watch[id]!),
        }),
      };
      yield [buildPaths.block(sort, block), document];
    }
  }
}

/** Each slug's id, in buckets by the slug's hash (slug-buckets.ts); every bucket is written, even an empty one. */
function idBuckets(cards: readonly Card[]): Map<number, { version: number; slugs: string[]; ids: number[] }> {
  const count = bucketCount(cards.length);
  const buckets = new Map(
    Array.from({ length: count }, (_, bucket) => [
      bucket,
      { version: FORMAT_VERSION, slugs: [] as string[], ids: [] as number[] },
    ]),
  );
  cards.forEach((card, id) => {
    const bucket = buckets.get(slugBucket(card.slug, count))!;
    bucket.slugs.push(card.slug);
    bucket.ids.push(id);
  });
  return buckets;
}

/** The name search: every word of each title, director and cast member, with the ids of the reviews that have it. */
function nameIndex(sorted: readonly Review[]): Map<string, { version: number; words: string[]; ids: number[][] }> {
  const idsByWord = new Map<string, number[]>();
  sorted.forEach((review, id) => {
    const { film } = review;
    const names = [film.title, film.originalTitle ?? '', ...film.directors, ...film.cast.map((member) => member.name)];
    for (const word of new Set(names.flatMap(searchWords))) {
      if (word.length < MIN_SEARCH_WORD) continue;
      const ids = idsByWord.get(word) ?? [];
      ids.push(id);
      idsByWord.set(word, ids);
    }
  });
  const chunks = new Map<string, { version: number; words: string[]; ids: number[][] }>();
  for (const word of [...idsByWord.keys()].sort()) {
    const key = searchChunkKey(word);
    const chunk = chunks.get(key) ?? { version: FORMAT_VERSION, words: [], ids: [] };
    chunk.words.push(word);
    // Ids ascend, so each is stored as the step from the one before: small numbers compress well.
    chunk.ids.push(idsByWord.get(word)!.map((id, index, all) => id - (index ? all[index - 1]! : 0)));
    chunks.set(key, chunk);
  }
  return new Map([...chunks].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * For each review (newest first), the reviews sharing the most genres, then a
 * director, then closest in rating; newest first on ties. Reviews are known by
 * their place in `sorted` (newest first), so "newest first" is "lowest place
 * first"; the best few are kept as the candidates are scored, not all sorted:
 * at 20,000 reviews that was most of the content step.
 */
function relatedReviews(sorted: readonly Review[], cards: readonly Card[]): (place: number) => Card[] {
  const byGenre = new Map<Genre, number[]>(GENRE_SLUGS.map((genre) => [genre, []]));
  sorted.forEach((review, place) => review.film.genres.forEach((genre) => byGenre.get(genre)!.push(place)));
  // What the scoring reads, by place, in flat arrays: millions of candidates at 20,000 reviews.
  const ratings = Float64Array.from(sorted, (review) => review.rating);
  const directorIds = new Map<string, number>();
  const directors = sorted.map((review) =>
    review.film.directors.map((name) => directorIds.get(name) ?? directorIds.set(name, directorIds.size).size - 1),
  );
  // Each candidate's genre score by its place, and the places scored so far: reset after each review.
  const genreScores = new Int32Array(sorted.length);
  const candidates: number[] = [];
  return (place) => {
    for (const genre of sorted[place]!.film.genres) {
      const others = byGenre.get(genre)!;
      for (let index = 0; index < Math.min(others.length, RELATED_CANDIDATES_PER_GENRE); index++) {
        const other = others[index]!;
        if (other === place) continue;
        if (genreScores[other] === 0) candidates.push(other);
        genreScores[other] = genreScores[other]! + 10;
      }
    }
    // The best RELATED_COUNT so far, best first: a higher score, or the same and newer (a lower place).
    const best: { place: number; score: number }[] = [];
    for (const other of candidates) {
      const sharesDirector = directors[other]!.some((id) => directors[place]!.includes(id));
      const score = genreScores[other]! + (sharesDirector ? 15 : 0) - Math.abs(ratings[other]! - ratings[place]!);
      genreScores[other] = 0;
      let at = best.length;
      while (at > 0 && (score > best[at - 1]!.score || (score === best[at - 1]!.score && other < best[at - 1]!.place)))
        at--;
      if (at < RELATED_COUNT) best.splice(at, 0, { place: other, score });
      if (best.length > RELATED_COUNT) best.pop();
    }
    candidates.length = 0;
    return best.map((kept) => cards[kept.place]!);
  };
}

/** The build's name: a hash of every path and byte in it, so the same reviews always give the same name. */
function hashOf(files: Files): string {
  const hash = createHash('sha256');
  for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${path}\n${text}\n`);
  return hash.digest('hex').slice(0, 16);
}

function writeAll(folder: string, files: Files, options: { replace: boolean }): number {
  const dir = folder.replace(/\/$/, '');
  if (!options.replace && existsSync(dir)) return sizeOf(files); // the same hash: already published
  const staging = `${dir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let bytes = 0;
  for (const [path, text] of files) {
    const file = join(staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  const old = `${dir}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staging, dir);
  rmSync(old, { recursive: true, force: true });
  return bytes;
}

/** Files by the first folder of their path, each with its path inside that folder. */
function byFolder(files: Files): Map<string, Files> {
  const folders = new Map<string, Files>();
  for (const [path, text] of files) {
    const [folder, ...rest] = path.split('/');
    if (!folders.has(folder!)) folders.set(folder!, new Map());
    folders.get(folder!)!.set(rest.join('/'), text);
  }
  return folders;
}

function sizeOf(files: Files): number {
  let bytes = 0;
  for (const text of files.values()) bytes += Buffer.byteLength(text);
  return bytes;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.staging`, text);
  renameSync(`${file}.staging`, file);
}

/** Keeps the current build and the newest PREVIOUS_BUILDS_KEPT others. */
function pruneBuilds(dir: string, current: string): void {
  const others = readdirSync(dir)
    .filter((name) => name !== current && !name.includes('.'))
    .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of others.slice(PREVIOUS_BUILDS_KEPT)) rmSync(join(dir, name), { recursive: true, force: true });
}
