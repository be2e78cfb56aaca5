import { paths } from '@/config/paths';
import { siteUrl } from '@/config/site';
import type { Card } from '@/format/card-schema';

/**
 * What the pages about people, critics and lists share in their schema.org
 * JSON-LD: they point at the reviews' pages, whose own JSON-LD has the rest.
 */

/** A review as another page's JSON-LD names it. */
export function reviewSummary(review: Card) {
  return {
    '@type': 'Review',
    url: siteUrl(paths.review(review.slug)),
    name: review.headline,
    datePublished: review.published,
    reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 0.5 },
    itemReviewed: { '@type': 'Movie', name: review.film.title, dateCreated: String(review.film.year) },
  };
}
