import { fetchJson } from '@/lib/api-client';
import { BLOCK_SIZE, buildPaths, MAX_BYTES, type SortKey } from '@/format/archive-layout';
import { blockSchema, nameKeysSchema, namesChunkSchema } from '@/format/index-schema';
import { idBucketSchema } from '@/format/slug-buckets';
import { inBuild, type FetchOptions } from './review-api';

/**
 * The files behind filtering and searching a whole archive: blocks of the
 * filter index and chunks of the name search. Part of the review API
 * (review-api.ts), loaded only when a list needs more than its first page.
 */

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
  };
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
