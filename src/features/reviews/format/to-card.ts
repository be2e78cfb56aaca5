import type { Card } from './card-schema';

/** A review's card, as lists and related reviews show it. */
export function toCard(
  review: Pick<Card, 'slug' | 'headline' | 'standfirst' | 'rating' | 'published'> & { film: Card['film'] },
): Card {
  return {
    slug: review.slug,
    headline: review.headline,
    standfirst: review.standfirst,
    rating: review.rating,
    published: review.published,
    film: { title: review.film.title, year: review.film.year, genres: review.film.genres },
  };
}
