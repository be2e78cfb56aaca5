import * as v from 'valibot';
import { genres, isoDate, rating, slug, text, year } from './fields';
import { cardImageSchema } from './image-schema';
import { MAX_HEADLINE, MAX_STANDFIRST, MAX_TITLE } from './limits';

/**
 * A review's card: what a list shows of it (title and year, stars, headline,
 * standfirst, genres, date, a small version of the lead image). Published one file per card, in each list's
 * first page, and as a review's related reviews.
 */
export const cardSchema = v.object({
  slug,
  headline: text(MAX_HEADLINE),
  standfirst: text(MAX_STANDFIRST),
  rating,
  published: isoDate,
  film: v.object({
    title: text(MAX_TITLE),
    year,
    genres,
  }),
  image: v.optional(cardImageSchema),
});

export type Card = v.InferOutput<typeof cardSchema>;
