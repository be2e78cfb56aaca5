/**
 * The full-text index of a build ("search inside reviews"): every indexed
 * word of the reviews' text (src/format/text-index.ts), with
 * the ids of the reviews that contain it and how often, in chunks keyed by
 * the words' first characters, so that a query downloads only the chunks of
 * its own words. Called by publish-archive.ts, which adds these files to the
 * build (and so to its hash).
 */
import { buildPaths } from '../../src/format/archive-layout';
import { FORMAT_VERSION } from '../../src/format/fields';
import type { Review } from '../../src/format/review-schema';
import type { TextChunkDocument, TextKeysDocument } from '../../src/format/text-index-schema';
import { reviewText, TEXT_KEY_LENGTHS, textChunkKey, wordCounts } from '../../src/format/text-index';

/**
 * A chunk larger than this (bytes of JSON) is split by one more character,
 * down to four: small enough to arrive quickly on 3G, few enough to list.
 * A single word found in most reviews may still make a chunk larger.
 */
export const MAX_CHUNK_BYTES = 48 * 1024;

interface Postings {
  ids: number[];
  counts: number[];
}

/**
 * The index's files, by path inside the build folder: `text/keys.json` and
 * one file per chunk. `sorted` is newest first: a review's id is its position.
 * The same reviews always give the same files, byte for byte. `wordsOf`: a
 * review's words and counts where they are known already (else undefined:
 * they are counted from its text).
 */
export function textIndexFiles(
  sorted: readonly Review[],
  {
    maxChunkBytes = MAX_CHUNK_BYTES,
    wordsOf = () => undefined,
  }: { maxChunkBytes?: number; wordsOf?: (review: Review) => Iterable<[string, number]> | undefined } = {},
): [path: string, document: TextKeysDocument | TextChunkDocument][] {
  const postings = new Map<string, Postings>();
  sorted.forEach((review, id) => {
    for (const [word, count] of wordsOf(review) ?? wordCounts(reviewText(review))) {
      let entry = postings.get(word);
      if (!entry) postings.set(word, (entry = { ids: [], counts: [] }));
      entry.ids.push(id);
      entry.counts.push(count);
    }
  });
  const words = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const chunks = new Map<string, TextChunkDocument>();
  for (const [key, group] of groupBy(words, TEXT_KEY_LENGTHS.min)) {
    split(key, group, TEXT_KEY_LENGTHS.min, postings, maxChunkBytes, chunks);
  }
  const keys = [...chunks.keys()].sort();
  return [
    [buildPaths.textKeys(), { version: FORMAT_VERSION, keys }],
    ...keys.map((key): [string, TextChunkDocument] => [buildPaths.text(key), chunks.get(key)!]),
  ];
}

/** Words by their key of `length` characters, in order. */
function groupBy(words: readonly string[], length: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = textChunkKey(word, length);
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return groups;
}

/**
 * Adds the chunk of `words` (which share `key`, `length` characters long) to
 * `chunks`, or, when it is too large, the chunk of the words no longer than
 * the key and one chunk per next character for the others.
 */
function split(
  key: string,
  words: readonly string[],
  length: number,
  postings: ReadonlyMap<string, Postings>,
  maxChunkBytes: number,
  chunks: Map<string, TextChunkDocument>,
): void {
  const chunk = chunkOf(words, postings);
  if (length >= TEXT_KEY_LENGTHS.max || Buffer.byteLength(JSON.stringify(chunk)) <= maxChunkBytes) {
    chunks.set(key, chunk);
    return;
  }
  const short = words.filter((word) => Array.from(word).length <= length);
  if (short.length) chunks.set(key, chunkOf(short, postings));
  const long = words.filter((word) => Array.from(word).length > length);
  for (const [longer, group] of groupBy(long, length + 1)) {
    split(longer, group, length + 1, postings, maxChunkBytes, chunks);
  }
}

function chunkOf(words: readonly string[], postings: ReadonlyMap<string, Postings>): TextChunkDocument {
  const chunk: TextChunkDocument = { version: FORMAT_VERSION, words: [...words], ids: [], counts: [] };
  for (const word of words) {
    const { ids, counts } = postings.get(word)!;
    // Ids ascend, so each is stored as the step from the one before: small numbers that compress well.
    chunk.ids.push(ids.map((id, index) => id - (index ? ids[index - 1]! : 0)));
    // Most words occur once in a review: then the counts are left out.
    chunk.counts.push(counts.every((count) => count === 1) ? [] : counts);
  }
  return chunk;
}
