import * as v from 'valibot';
import { GENRE_SLUGS } from './genres';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './limits';

/**
 * The building blocks of the review format (version 2), shared by every
 * document the API publishes. The format is defined once, here and in the
 * schema modules beside it: TypeScript types are inferred from these schemas,
 * the publisher checks its output with them, the app checks its input with
 * them, and docs/schema/*.json is generated from them (`npm run schema`).
 */
export const FORMAT_VERSION = 2;

/**
 * Characters that text from data never keeps: what XML 1.0 forbids (C0
 * controls but tab and newline, U+FFFE, U+FFFF, a surrogate without its
 * pair), which would make the feeds ill-formed, and bidi embeddings,
 * overrides and isolates, which would let a string reorder the text around it.
 */
// With the u flag, a surrogate pair is one character, outside \uD800-\uDFFF: only a lone half matches.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSAFE_CHARACTERS = /[\0-\b\v-\x1F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu;

/** The text without the characters it must not carry (UNSAFE_CHARACTERS). */
export const safeText = (value: string): string => value.replace(UNSAFE_CHARACTERS, '');

/**
 * Text from data, safe (`safeText`), at most `maxLength` long (limits.ts),
 * spaces kept: in rich text, the space before an emphasis matters. The one
 * type of every text field, so that no field forgets a character.
 */
export const words = (maxLength: number) => v.pipe(v.string(), v.transform(safeText), v.maxLength(maxLength));

/** Text from data (`words`), trimmed, not empty. */
export const text = (maxLength: number) =>
  v.pipe(
    words(maxLength),
    v.transform((value) => value.trim()),
    v.nonEmpty(),
  );

export const slug = v.pipe(v.string(), v.maxLength(MAX_SLUG_LENGTH), v.regex(SLUG_PATTERN));

/** The years a film or a review can be dated: cinema began in the 1870s. */
export const FIRST_YEAR = 1870;
export const LAST_YEAR = 2100;

export const year = v.pipe(v.number(), v.integer(), v.minValue(FIRST_YEAR), v.maxValue(LAST_YEAR));

/** YYYY-MM-DD, a real calendar date, between FIRST_YEAR and LAST_YEAR. */
export const isoDate = v.pipe(
  v.string(),
  v.isoDate(),
  // isoDate accepts 30 February; a round trip through Date does not.
  // (Checks run even after isoDate fails, so this one must not throw on any string.)
  v.check((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Invalid date: not in the calendar'),
  v.check((value) => {
    const yearOf = Number(value.slice(0, 4));
    return yearOf >= FIRST_YEAR && yearOf <= LAST_YEAR;
  }, `Invalid date: must be between ${FIRST_YEAR} and ${LAST_YEAR}`),
);

/** Half stars from 0.5 to 5. */
export const rating = v.pipe(
  v.number(),
  v.minValue(0.5),
  v.maxValue(5),
  v.multipleOf(0.5, 'Invalid rating: whole or half stars only'),
);

/**
 * A list in which each item appears once: later repeats (by `key`) are
 * dropped, so a list never renders two items with the same React key.
 */
export const uniqueList = <TItem extends v.GenericSchema>(
  item: TItem,
  key: (value: v.InferOutput<TItem>) => string = (value) => JSON.stringify(value),
) =>
  v.pipe(
    v.array(item),
    v.transform((items) => {
      const seen = new Set<string>();
      return items.filter((value) => {
        const id = key(value);
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    }),
  );

export const genres = v.pipe(uniqueList(v.picklist(GENRE_SLUGS), String), v.nonEmpty());
