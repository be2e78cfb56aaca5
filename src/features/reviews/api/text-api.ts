import { fetchJson } from '@/lib/api-client';
import { buildPaths, MAX_BYTES } from '@/format/archive-layout';
import { textChunkSchema, textKeysSchema } from '@/format/text-index-schema';
import { inBuild, type FetchOptions } from './review-api';

/**
 * The files of the full-text index (format/text-index.ts): part of the review
 * API (review-api.ts), loaded only by the search inside reviews.
 */

/** Where a word occurs: review ids ascending, and how many times in each. */
export interface Postings {
  ids: Uint32Array;
  counts: Uint16Array;
}

/** The chunks of the full-text index that exist: a word whose chunk is not listed is in no review. */
export async function fetchTextKeys(build: string, { signal }: FetchOptions = {}): Promise<Set<string>> {
  const document = await fetchJson(inBuild(build, buildPaths.textKeys()), textKeysSchema, {
    signal,
    maxBytes: MAX_BYTES.text,
  });
  return new Set(document.keys);
}

/** One chunk of the full-text index: each word with its postings, ids in full. */
export async function fetchTextChunk(
  build: string,
  key: string,
  { signal }: FetchOptions = {},
): Promise<Map<string, Postings>> {
  const chunk = await fetchJson(inBuild(build, buildPaths.text(key)), textChunkSchema, {
    signal,
    maxBytes: MAX_BYTES.text,
  });
  return new Map(
    chunk.words.map((word, index) => {
      let id = 0;
      const ids = Uint32Array.from(chunk.ids[index]!, (step) => (id += step));
      const counts = chunk.counts[index]!;
      return [
        word,
        {
          ids,
          counts: counts.length
            ? Uint16Array.from(counts, (count) => Math.min(count, 0xffff))
            : new Uint16Array(ids.length).fill(1),
        },
      ];
    }),
  );
}
