import { fetchJson } from '@/lib/api-client';
import { BLOCK_SIZE, buildPaths, MAX_BYTES, type SortKey } from '@/format/archive-layout';
import { blockSchema, nameKeysSchema, namesChunkSchema, titlesSchema } from '@/format/index-schema';
import { idBucketSchema } from '@/format/slug-buckets';
import { inBuild, type FetchOptions } from './review-api';

/**
 * The files behind filtering and searching a whole archive: blocks of the
 * filter index and chunks of the name search. Part of the review API
 * (review-api.ts), loaded only when a list needs more than its first page.
 */

/** A column of small lists, flat: row i's values are values[starts[i]] up to values[starts[i + 1]]. */
export interface FacetColumn {
  starts: Uint32Array;
  values: Uint16Array;
}

/** A block of the filter index as typed columns, row i being review ids[i]. */
export interface Block {
  ids: Uint32Array;
  genres: Uint32Array;
  /** Half stars. */
  ratings: Uint8Array;
  /** Only in newest blocks. */
  years?: Uint16Array;
  /** Rank in title order; only in newest blocks. */
  titles?: Uint32Array;
  /** The facets' numbers in facets.json (fetchFacets); only in newest blocks. */
  countries?: FacetColumn;
  languages?: FacetColumn;
  /** Each way to watch as service × WATCH_KINDS.length + kind. */
  watch?: FacetColumn;
}

/** A column of lists as one flat typed array and where each row starts. */
export function facetColumn(rows: readonly (readonly number[])[]): FacetColumn {
  const starts = new Uint32Array(rows.length + 1);
  rows.forEach((row, index) => (starts[index + 1] = starts[index]! + row.length));
  return { starts, values: Uint16Array.from(rows.flat()) };
}

export async function fetchBlock(
  build: string,
  sort: SortKey,
  block: number,
  { signal }: FetchOptions = {},
): Promise<Block> {
  const document = await fetchJson(inBuild(build, buildPaths.block(sort, block)), blockSchema, {
    signal,
    maxBytes: MAX_BYTES.block,
  });
  const first = block * BLOCK_SIZE;
  return {
    ids: document.ids ? Uint32Array.from(document.ids) : Uint32Array.from(document.genres, (_, row) => first + row),
    genres: Uint32Array.from(document.genres),
    ratings: Uint8Array.from(document.ratings),
    ...(document.years && { years: Uint16Array.from(document.years) }),
    ...(document.titles && { titles: Uint32Array.from(document.titles) }),
    ...(document.countries && { countries: facetColumn(document.countries) }),
    ...(document.languages && { languages: facetColumn(document.languages) }),
    ...(document.watch && { watch: facetColumn(document.watch) }),
  };
}

/** The film titles of the reviews of one newest block, by id from the block's first. */
export async function fetchTitles(build: string, block: number, { signal }: FetchOptions = {}): Promise<string[]> {
  const document = await fetchJson(inBuild(build, buildPaths.titles(block)), titlesSchema, {
    signal,
    maxBytes: MAX_BYTES.titles,
  });
  return document.titles;
}

/** The name-search chunks that exist: a word whose chunk is not listed matches nothing. */
export async function fetchNameKeys(build: string, { signal }: FetchOptions = {}): Promise<Set<string>> {
  const document = await fetchJson(inBuild(build, buildPaths.nameKeys()), nameKeysSchema, {
    signal,
    maxBytes: MAX_BYTES.names,
  });
  return new Set(document.keys);
}

/** One chunk of the name search: each word with the ids of the reviews that have it, ascending. */
export async function fetchNames(
  build: string,
  key: string,
  { signal }: FetchOptions = {},
): Promise<Map<string, Uint32Array>> {
  const chunk = await fetchJson(inBuild(build, buildPaths.names(key)), namesChunkSchema, {
    signal,
    maxBytes: MAX_BYTES.names,
  });
  return new Map(
    chunk.words.map((word, index) => {
      let id = 0;
      return [word, Uint32Array.from(chunk.ids[index]!, (step) => (id += step))];
    }),
  );
}

/** One bucket of slugs and their ids (format/slug-buckets.ts). */
export async function fetchIdBucket(
  build: string,
  bucket: number,
  { signal }: FetchOptions = {},
): Promise<Map<string, number>> {
  const document = await fetchJson(inBuild(build, buildPaths.ids(bucket)), idBucketSchema, {
    signal,
    maxBytes: MAX_BYTES.block,
  });
  return new Map(document.slugs.map((slug, index) => [slug, document.ids[index]!]));
}
