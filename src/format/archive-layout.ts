import type { Genre } from './genres';
import type { StarBucket } from './ratings';

/**
 * How the review archive is laid out as static files: the one description
 * of the published API, used by the publisher that writes it (scripts/) and
 * the app that reads it (../api/review-api.ts). docs/review-format.md explains
 * the layout and its trade-offs.
 *
 *   index.json                              the entry: which build is current, counts
 *   reviews/<slug>.json                     one review in full
 *   builds/<build>/pages/<scope>.json       the newest page of all reviews, a genre or a rating
 *   builds/<build>/blocks/<sort>/<n>.json   the filter index, BLOCK_SIZE reviews a file, in one order
 *   builds/<build>/cards/<id>.json          one review's card
 *   builds/<build>/facets.json              the countries, languages and services the filter index's columns number
 *   builds/<build>/titles/<n>.json          the film titles of BLOCK_SIZE reviews by id: a list's placeholders show them
 *   builds/<build>/card-chunks/<n>.json     the cards of CARD_CHUNK_SIZE reviews by id, read whole in the background
 *   builds/<build>/names/keys.json          which name-search chunks exist
 *   builds/<build>/names/<key>.json         title, director and cast words starting with <key>
 *   builds/<build>/ids/<bucket>.json        the id of each slug, by a hash of the slug (slug-buckets.ts)
 *   builds/<build>/text/keys.json           which chunks of the full-text index exist
 *   builds/<build>/text/<key>.json          words of the reviews' text starting with <key> (format/text-index.ts)
 *   people/<slug>.json                      a director's or cast member's reviewed films (directory-schema.ts)
 *   critics/index.json                      every critic
 *   critics/<slug>.json                     a critic, their biography and lists, their newest reviews' cards
 *   critics/<slug>/<n>.json                 the next pages of a critic's cards
 *   lists/index.json                        every critic's list
 *   lists/<slug>.json                       one list, its films and the critic's notes
 *
 * A build folder is named by the hash of its contents and never changes, so
 * it is cached for good; only index.json, the reviews and the people, critics
 * and lists (which hold cards, never ids) are revalidated.
 * A review's id is its position in the newest-first order of its build.
 */

/** Reviews in a list's first page, in each "Show more", and in each page file. */
export const PAGE_SIZE = 24;
/** Reviews per block of the filter index: the first page of most filters needs one block. */
export const BLOCK_SIZE = 1024;

/**
 * Cards per card chunk: the archive's cards, read in the background after a
 * list's first paint, so that every later list is drawn from memory. 256
 * cards are about 45 kB gzipped: small enough to arrive in a few round trips
 * on 3G, few enough files (80 at 20,000 reviews) to fetch quickly.
 */
export const CARD_CHUNK_SIZE = 256;

/** What a list shows before its own filters: all reviews, one genre, or one whole-star rating. */
export type ListScope = { kind: 'all' } | { kind: 'genre'; genre: Genre } | { kind: 'stars'; stars: StarBucket };

/** The orders a list can be sorted in; each has its own blocks. */
export const SORT_KEYS = ['newest', 'rating', 'title', 'year'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Paths from the API's base. */
export const apiPaths = {
  entry: () => 'index.json',
  review: (slug: string) => `reviews/${encodeURIComponent(slug)}.json`,
  /** A file of a build, by its path inside the build folder (`buildPaths`). */
  inBuild: (build: string, path: string) => `builds/${build}/${path}`,
} as const;

/** The slug no critic or list may have: their folders' index files take it. */
export const RESERVED_SLUG = 'index';

/** Paths inside a build folder. */
export const buildPaths = {
  page: (scope: ListScope) => `pages/${scopePath(scope)}.json`,
  block: (sort: SortKey, block: number) => `blocks/${sort}/${block}.json`,
  card: (id: number) => `cards/${id}.json`,
  cardChunk: (chunk: number) => `card-chunks/${chunk}.json`,
  titles: (block: number) => `titles/${block}.json`,
  facets: () => 'facets.json',
  nameKeys: () => 'names/keys.json',
  names: (key: string) => `names/${key}.json`,
  ids: (bucket: number) => `ids/${bucket}.json`,
  textKeys: () => 'text/keys.json',
  text: (key: string) => `text/${key}.json`,
} as const;

function scopePath(scope: ListScope): string {
  return scope.kind === 'all' ? 'all' : scope.kind === 'genre' ? `genres/${scope.genre}` : `ratings/${scope.stars}`;
}

/**
 * The most bytes the app reads of each kind of file: a runaway file is refused
 * with a message rather than freezing the tab.
 */
export const MAX_BYTES = {
  entry: 64 * 1024,
  page: 512 * 1024,
  block: 1024 * 1024,
  card: 32 * 1024,
  cardChunk: CARD_CHUNK_SIZE * 32 * 1024,
  // Never reached: BLOCK_SIZE titles of MAX_TITLE characters are at most 3 × 512,000 bytes in UTF-8.
  titles: 2 * 1024 * 1024,
  names: 4 * 1024 * 1024,
  facets: 256 * 1024,
  text: 4 * 1024 * 1024,
  review: 2 * 1024 * 1024,
} as const;
