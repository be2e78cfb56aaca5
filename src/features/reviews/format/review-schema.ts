import * as v from 'valibot';
import { cardSchema } from './card-schema';
import { bodySchema, verdictSchema } from './rich-text-schema';
import { FORMAT_VERSION, genres, isoDate, rating, slug, text, uniqueList, year } from './fields';
import { httpsUrl } from './https-url';

/** One review in full, as a critic wrote it: reviews/<slug>.json. */
export const castMemberSchema = v.object({
  name: text(200),
  character: v.optional(text(200)),
});

export const filmSchema = v.object({
  title: text(500),
  originalTitle: v.optional(text(500)),
  year,
  directors: uniqueList(text(200), String),
  cast: uniqueList(castMemberSchema, (member) => `${member.name}\n${member.character ?? ''}`),
  countries: uniqueList(text(100), String),
  languages: uniqueList(text(100), String),
  /** Minutes. */
  runtime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
  genres,
});

export const WATCH_KINDS = ['subscription', 'rent', 'buy', 'free', 'cinema'] as const;

export const watchOptionSchema = v.object({
  provider: text(100),
  kind: v.picklist(WATCH_KINDS),
  url: httpsUrl,
});

export const mentionSchema = v.object({
  title: text(500),
  year: v.optional(year),
  /** The slug of this site's review of that film, when there is one. */
  slug: v.optional(slug),
});

export const imageSchema = v.object({
  url: httpsUrl,
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: v.string(),
});

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
  watch: v.optional(
    uniqueList(watchOptionSchema, (option) => `${option.provider}\n${option.kind}`),
    [],
  ),
  mentions: v.optional(
    uniqueList(mentionSchema, (mention) => `${mention.title}\n${mention.year ?? ''}`),
    [],
  ),
  body: bodySchema,
  verdict: verdictSchema,
  image: v.optional(imageSchema),
  /** Added when the API is published: the reviews most like this one. */
  related: v.optional(
    uniqueList(cardSchema, (card) => card.slug),
    [],
  ),
});

export type Review = v.InferOutput<typeof reviewSchema>;
export type ReviewInput = v.InferInput<typeof reviewSchema>;
export type WatchOption = v.InferOutput<typeof watchOptionSchema>;
