import * as v from 'valibot';
import { cardSchema } from './card-schema';
import { bodySchema, verdictSchema } from './rich-text-schema';
import { FORMAT_VERSION, genres, isoDate, rating, slug, text, uniqueList, year } from './fields';
import { httpsUrl } from './https-url';
import { TEXT_LIMITS } from './limits';

/** One review in full, as a critic wrote it: reviews/<slug>.json. */
export const castMemberSchema = v.object({
  name: text(TEXT_LIMITS.name),
  character: v.optional(text(TEXT_LIMITS.name)),
});

export const filmSchema = v.object({
  title: text(TEXT_LIMITS.title),
  originalTitle: v.optional(text(TEXT_LIMITS.title)),
  year,
  directors: uniqueList(text(TEXT_LIMITS.name), String),
  cast: uniqueList(castMemberSchema, (member) => `${member.name}\n${member.character ?? ''}`),
  countries: uniqueList(text(TEXT_LIMITS.label), String),
  languages: uniqueList(text(TEXT_LIMITS.label), String),
  /** Minutes. */
  runtime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
  genres,
});

export const WATCH_KINDS = ['subscription', 'rent', 'buy', 'free', 'cinema'] as const;

export const watchOptionSchema = v.object({
  provider: text(TEXT_LIMITS.label),
  kind: v.picklist(WATCH_KINDS),
  url: httpsUrl,
});

export const mentionSchema = v.object({
  title: text(TEXT_LIMITS.title),
  year: v.optional(year),
  /** The slug of this site's review of that film, when there is one. */
  slug: v.optional(slug),
});

export const imageSchema = v.object({
  url: httpsUrl,
  width: v.pipe(v.number(), v.integer(), v.minValue(1)),
  height: v.pipe(v.number(), v.integer(), v.minValue(1)),
  alt: text(TEXT_LIMITS.alt),
});

export const reviewSchema = v.object({
  version: v.literal(FORMAT_VERSION),
  slug,
  headline: text(TEXT_LIMITS.headline),
  standfirst: text(TEXT_LIMITS.standfirst),
  rating,
  author: v.object({ name: text(TEXT_LIMITS.name) }),
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
