import type { Card } from './card-schema';
import type { CardImage } from './image-schema';

/** A review's card, as lists and related reviews show it. */
export function toCard(
  review: Pick<Card, 'slug' | 'headline' | 'standfirst' | 'rating' | 'published'> & {
    film: Card['film'];
    image?: CardImage;
  },
): Card {
  const { image } = review;
  return {
    slug: review.slug,
    headline: review.headline,
    standfirst: review.standfirst,
    rating: review.rating,
    published: review.published,
    film: { title: review.film.title, year: review.film.year, genres: review.film.genres },
    ...(image && {
      image: {
        ...(image.color && { color: image.color }),
        ...(image.path ? { path: image.path } : { url: image.url! }),
      },
    }),
  };
}
