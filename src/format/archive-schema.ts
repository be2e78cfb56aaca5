import * as v from 'valibot';
import { FORMAT_VERSION } from './fields';
import { GENRE_SLUGS } from './genres';
import { STAR_BUCKETS } from './ratings';

/**
 * The documents of the archive that every list needs (see archive-layout.ts);
 * index-schema.ts has those of the filter index and the name search. Cards arrive as
 * `unknown[]` and are checked one by one (../api/check-cards.ts), so one
 * broken card is dropped instead of failing the whole list.
 */
export const version = v.literal(FORMAT_VERSION);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const counts = <TKey extends string>(keys: readonly TKey[]) =>
  v.pipe(
    // A key that is not a genre (or not a whole-star rating) is an error, not a count of zero.
    v.record(v.string(), count),
    v.check(
      (record) => Object.keys(record).every((key) => (keys as readonly string[]).includes(key)),
      (issue) =>
        `Invalid key: expected only ${keys.join(', ')} but received ${Object.keys(issue.input as object)
          .filter((key) => !(keys as readonly string[]).includes(key))
          .map((key) => JSON.stringify(key))
          .join(', ')}`,
    ),
  );

/** index.json: the current build and the counts every page needs. Small, and revalidated on every visit. */
export const entrySchema = v.object({
  version,
  /** The folder of the current build: the hash of its contents. */
  build: v.pipe(v.string(), v.regex(/^[a-z0-9]{6,64}$/)),
  total: count,
  /** Reviews per genre. */
  genres: counts(GENRE_SLUGS),
  /** Reviews by whole stars: "4" counts 4 and 4.5. */
  ratings: counts(STAR_BUCKETS.map(String)),
});

/** A column of whole numbers from 0 to `max`. */
export const column = (max: number) => v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max)));

/** builds/<build>/pages/<scope>.json: the newest page of all reviews, of a genre or of a rating, with their ids. */
export const pageSchema = v.pipe(
  v.object({ version, total: count, ids: column(2 ** 31), cards: v.array(v.unknown()) }),
  v.check((page) => page.ids.length === page.cards.length, 'Invalid page: ids and cards differ in length'),
);

/** builds/<build>/card-chunks/<n>.json: the cards of reviews n × CARD_CHUNK_SIZE onwards, by id. */
export const cardChunkSchema = v.object({ version, cards: v.array(v.unknown()) });

export type Entry = v.InferOutput<typeof entrySchema>;
export type PageDocument = v.InferOutput<typeof pageSchema>;
export type CardChunkDocument = v.InferOutput<typeof cardChunkSchema>;
