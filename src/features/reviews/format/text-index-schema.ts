import * as v from 'valibot';
import { version } from './archive-schema';

/** The documents of the full-text index (archive-layout.ts, `text/`; text-index.ts says what it holds). */

/** builds/<build>/text/keys.json: the chunks of the full-text index that exist. */
export const textKeysSchema = v.object({
  version,
  keys: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,32}$/))),
});

const whole = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min));

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
    ids: v.array(v.array(whole(0))),
    counts: v.array(v.array(whole(1))),
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
