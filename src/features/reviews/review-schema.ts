import * as v from 'valibot';
import { GENRE_SLUGS } from './genres';

/**
 * The review format, version 1: the one source of truth. Types are inferred
 * from these schemas, and docs/schema/*.json is generated from them
 * (`npm run schema`), so the published contract cannot drift from the code.
 */
export const FORMAT_VERSION = 1;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 120;

/** Bidi embeddings, overrides and isolates would let a string reorder the text around it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text from data: any length a person might write, without bidi controls. */
const text = (maxLength = 10_000) =>
  v.pipe(
    v.string(),
    v.transform((value) => value.replace(BIDI_CONTROLS, '').trim()),
    v.minLength(1, 'must not be empty'),
    v.maxLength(maxLength, `must be at most ${maxLength} characters`),
  );

const slug = v.pipe(
  v.string(),
  v.maxLength(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters`),
  v.regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens'),
);

const isoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date written YYYY-MM-DD'),
  v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date'),
);

/** Half stars from 0.5 to 5. */
const rating = v.pipe(
  v.number('must be a number'),
  v.minValue(0.5, 'must be at least 0.5'),
  v.maxValue(5, 'must be at most 5'),
  v.check((value) => Number.isInteger(value * 2), 'must be a whole or half star'),
);

const year = v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2100));

/** Only https: links leave the app; javascript:, data: and http: are refused. */
export const httpsUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https: URL'),
);

const genres = v.pipe(
  v.array(v.picklist(GENRE_SLUGS, 'is not a known genre')),
  v.minLength(1, 'needs at least one genre'),
);

export const castMemberSchema = v.object({
  name: text(200),
  character: v.optional(text(200)),
});

export const filmSchema = v.object({
  title: text(500),
  originalTitle: v.optional(text(500)),
  year,
  directors: v.array(text(200)),
  cast: v.array(castMemberSchema),
  countries: v.array(text(100)),
  languages: v.array(text(100)),
  /** Minutes. */
  runtime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
  genres,
});

export const watchOptionSchema = v.object({
  provider: text(100),
  kind: v.picklist(['subscription', 'rent', 'buy', 'free', 'cinema']),
  url: httpsUrl,
});

export const mentionSchema = v.object({
  title: text(500),
  year: v.optional(year),
  /** The slug of this catalogue's review of that film, when there is one. */
  slug: v.optional(slug),
});

export const imageSchema = v.object({
  url: httpsUrl,
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: v.string(),
});

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

/** One review in full, as written by a critic. */
export const reviewSchema = v.object({
  version: v.literal(FORMAT_VERSION, `must be ${FORMAT_VERSION}`),
  slug,
  headline: text(),
  standfirst: text(),
  rating,
  author: v.object({ name: text(200) }),
  published: isoDate,
  updated: v.optional(isoDate),
  spoilers: v.optional(v.boolean(), false),
  film: filmSchema,
  watch: v.optional(v.array(watchOptionSchema), []),
  mentions: v.optional(v.array(mentionSchema), []),
  body: v.pipe(v.array(text(20_000)), v.minLength(1, 'needs at least one paragraph')),
  verdict: text(),
  image: v.optional(imageSchema),
  /** Added when the API is published: the reviews most like this one. */
  related: v.optional(v.array(reviewSummarySchema), []),
});

export type ReviewSummary = v.InferOutput<typeof reviewSummarySchema>;
export type Review = v.InferOutput<typeof reviewSchema>;
export type ReviewInput = v.InferInput<typeof reviewSchema>;
export type WatchOption = v.InferOutput<typeof watchOptionSchema>;
