import * as v from 'valibot';
import {
  FORMAT_VERSION,
  genres,
  httpsUrl,
  isoDate,
  rating,
  reviewSummarySchema,
  slug,
  text,
  year,
} from './summary-schema';

/** The full review of format v1 (see summary-schema.ts for the building blocks). */
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

/** One review in full, as written by a critic. */
export const reviewSchema = v.object({
  version: v.literal(FORMAT_VERSION),
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
  body: v.pipe(v.array(text(20_000)), v.nonEmpty()),
  verdict: text(),
  image: v.optional(imageSchema),
  /** Added when the API is published: the reviews most like this one. */
  related: v.optional(v.array(reviewSummarySchema), []),
});

export type Review = v.InferOutput<typeof reviewSchema>;
export type ReviewInput = v.InferInput<typeof reviewSchema>;
export type WatchOption = v.InferOutput<typeof watchOptionSchema>;

// The whole format from one import, for scripts and tests; app code imports summary-schema directly.
export { FORMAT_VERSION, SLUG_PATTERN, httpsUrl, reviewSummarySchema, type ReviewSummary } from './summary-schema';
