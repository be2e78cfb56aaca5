import * as v from 'valibot';
import { GENRE_SLUGS } from './genres';

/**
 * The review format, version 1: the one source of truth, in two files. This
 * one holds the building blocks and the catalogue entry, which every page
 * needs; review-schema.ts holds the full review, needed only where a review is
 * read. Types are inferred from these schemas, and docs/schema/*.json is
 * generated from them (`npm run schema`), so the published contract cannot
 * drift from the code.
 */
export const FORMAT_VERSION = 1;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 120;

/** Bidi embeddings, overrides and isolates would let a string reorder the text around it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text from data: any length a person might write, without bidi controls. */
export const text = (maxLength = 10_000) =>
  v.pipe(
    v.string(),
    v.transform((value) => value.replace(BIDI_CONTROLS, '').trim()),
    v.nonEmpty(),
    v.maxLength(maxLength),
  );

export const slug = v.pipe(v.string(), v.maxLength(MAX_SLUG_LENGTH), v.regex(SLUG_PATTERN));

/** YYYY-MM-DD, and a real calendar date. */
export const isoDate = v.pipe(
  v.string(),
  v.isoDate(),
  // isoDate accepts 30 February; a round trip through Date does not.
  // (Checks run even after isoDate fails, so this one must not throw on any string.)
  v.check((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Invalid date: not in the calendar'),
);

/** Half stars from 0.5 to 5. */
export const rating = v.pipe(
  v.number(),
  v.minValue(0.5),
  v.maxValue(5),
  v.multipleOf(0.5, 'Invalid rating: whole or half stars only'),
);

export const year = v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2100));

/** Only https: links leave the app; javascript:, data: and http: are refused. */
export const httpsUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Invalid URL: only https: links are allowed'),
);

export const genres = v.pipe(v.array(v.picklist(GENRE_SLUGS)), v.nonEmpty());

/** What the list, filters, counts and search need: one entry per review in the catalogue. */
export const reviewSummarySchema = v.object({
  slug,
  headline: text(),
  standfirst: text(),
  rating,
  published: isoDate,
  film: v.object({
    title: text(500),
    year,
    genres,
    directors: v.array(text(200)),
    /** Names only: enough to search by cast. */
    cast: v.array(text(200)),
    countries: v.array(text(100)),
  }),
});

export type ReviewSummary = v.InferOutput<typeof reviewSummarySchema>;
