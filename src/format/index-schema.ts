import * as v from 'valibot';
import { column, version } from './archive-schema';
import { text } from './fields';
import { GENRE_SLUGS } from './genres';
import { MAX_TITLE } from './limits';

/** The documents of the filter index and the name search (see archive-layout.ts), read only beyond a list's first page. */

/** A column of small lists: for each review, the positions of its values in facets.json. */
const facetColumn = v.array(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 16 - 1))));

/**
 * builds/<build>/blocks/<sort>/<n>.json: the filter index for BLOCK_SIZE
 * reviews, in one order, as columns. `ids` (positions in the newest-first
 * order) are absent from the newest blocks, where they follow from the
 * position; those blocks also carry each review's year and title rank, which
 * together are enough to filter and sort the whole archive in memory.
 */
export const blockSchema = v.pipe(
  v.object({
    version,
    ids: v.optional(column(2 ** 31)),
    /** Bit i set: the review is in genre GENRE_SLUGS[i]. */
    genres: column(2 ** GENRE_SLUGS.length - 1),
    /** In half stars, 1 to 10. */
    ratings: v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
    years: v.optional(column(9999)),
    /** Position in title order. */
    titles: v.optional(column(2 ** 31)),
    /** Each review's countries, as positions in facets.json's `countries`. */
    countries: v.optional(facetColumn),
    /** Each review's languages, as positions in facets.json's `languages`. */
    languages: v.optional(facetColumn),
    /** Each review's ways to watch, each `service * WATCH_KINDS.length + kind` (positions in facets.json's `services` and WATCH_KINDS). */
    watch: v.optional(facetColumn),
  }),
  v.check(
    (block) =>
      [block.ids, block.ratings, block.years, block.titles, block.countries, block.languages, block.watch].every(
        (list) => list === undefined || list.length === block.genres.length,
      ),
    'Invalid block: its columns differ in length',
  ),
);

/**
 * builds/<build>/titles/<n>.json: the film titles of the reviews of newest
 * block n, by id. With the filter index's years and ratings, they are what a
 * list's placeholders show while its cards are on their way.
 */
export const titlesSchema = v.object({ version, titles: v.array(text(MAX_TITLE)) });

/** builds/<build>/names/keys.json: the chunks of the name search that exist. */
export const nameKeysSchema = v.object({ version, keys: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,24}$/))) });

/**
 * builds/<build>/names/<key>.json: words of titles, directors and cast, each
 * with the reviews that contain it, as ids in ascending order, each stored as
 * the difference from the one before.
 */
export const namesChunkSchema = v.pipe(
  v.object({
    version,
    words: v.array(v.string()),
    ids: v.array(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  }),
  v.check((chunk) => chunk.words.length === chunk.ids.length, 'Invalid chunk: words and ids differ in length'),
);

export type BlockDocument = v.InferOutput<typeof blockSchema>;
export type TitlesDocument = v.InferOutput<typeof titlesSchema>;
export type NamesChunkDocument = v.InferOutput<typeof namesChunkSchema>;
