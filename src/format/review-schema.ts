import * as v from 'valibot';
import { cardSchema } from './card-schema';
import { bodySchema, verdictSchema } from './rich-text-schema';
import { FORMAT_VERSION, genres, isoDate, rating, slug, text, uniqueList, year } from './fields';
import { httpsUrl } from './https-url';
import { WATCH_KINDS } from './facets';
import { imageSchema } from './lead-image-schema';
import { MAX_HEADLINE, MAX_LABEL, MAX_NAME, MAX_STANDFIRST, MAX_TITLE } from './limits';

/** One review in full, as a critic wrote it: reviews/<slug>.json. */
export const castMemberSchema = v.object({
  name: text(MAX_NAME),
  character: v.optional(text(MAX_NAME)),
});

export const filmSchema = v.object({
  title: text(MAX_TITLE),
  originalTitle: v.optional(text(MAX_TITLE)),
  year,
  directors: uniqueList(text(MAX_NAME), String),
  cast: uniqueList(castMemberSchema, (member) => `${member.name}\n${member.character ?? ''}`),
  countries: uniqueList(text(MAX_LABEL), String),
  languages: uniqueList(text(MAX_LABEL), String),
  /** Minutes. */
  runtime: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000))),
  genres,
  /**
   * Added when publishing: the slug of each director's and cast member's
   * page (/people/<slug>), by their name as written above. Absent from
   * files published before people had pages: their names are not links.
   */
  people: v.optional(v.record(v.string(), slug)),
  /**
   * Added when publishing: each country's ISO 3166 code and each language's
   * ISO 639 code, in the order of `countries` and `languages`, for the links
   * to the lists they filter (/?country=KR). Absent from older files.
   */
  codes: v.optional(
    v.object({
      countries: v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
      languages: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
    }),
  ),
});

export const watchOptionSchema = v.object({
  provider: text(MAX_LABEL),
  kind: v.picklist(WATCH_KINDS),
  url: httpsUrl,
});

export const mentionSchema = v.object({
  title: text(MAX_TITLE),
  year: v.optional(year),
  /** The slug of this site's review of that film, when there is one. */
  slug: v.optional(slug),
});

export const reviewSchema = v.object({
  version: v.literal(FORMAT_VERSION),
  slug,
  headline: text(MAX_HEADLINE),
  standfirst: text(MAX_STANDFIRST),
  rating,
  /** The critic; `slug` (their page, /critics/<slug>) is absent from files published before critics had pages. */
  author: v.object({ name: text(MAX_NAME), slug: v.optional(slug) }),
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
