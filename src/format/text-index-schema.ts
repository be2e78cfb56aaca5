import * as v from 'valibot';
import { version } from './archive-schema';

/** The documents of the full-text index (archive-layout.ts, `text/`; text-index.ts says what it holds). */

/** builds/<build>/text/keys.json: the chunks of the full-text index that exist. */
export const textKeysSchema = v.object({
  version,
  keys: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,32}$/))),
});

/**
 * Whole numbers from `min`, checked list by list: a chunk holds up to two
 * numbers per review, and one check per list is several times faster than
 * one per number.
 */
const wholeNumbers = (min: number) =>
  v.pipe(
    v.array(v.number()),
    v.check(
      (list) => list.every((value) => Number.isInteger(value) && value >= min),
      `Invalid list: whole numbers from ${min} only`,
    ),
  );

/**
 * builds/<build>/text/<key>.json: words of the reviews' text, each with the
 * reviews that contain it, as ids in ascending order, each stored as the
 * difference from the one before, and how many times it occurs in each of
 * them (an empty list: once in every one).
 */
export const textChunkSchema = v.pipe(
  v.object({
    version,
    words: v.array(v.string()),
    ids: v.array(wholeNumbers(0)),
    counts: v.array(wholeNumbers(1)),
  }),
  v.check(
    (chunk) =>
      chunk.ids.length === chunk.words.length &&
      chunk.counts.length === chunk.words.length &&
      chunk.counts.every((counts, index) => counts.length === 0 || counts.length === chunk.ids[index]!.length),
    'Invalid chunk: its words, ids and counts differ in length',
  ),
);

export type TextKeysDocument = v.InferOutput<typeof textKeysSchema>;
export type TextChunkDocument = v.InferOutput<typeof textChunkSchema>;
