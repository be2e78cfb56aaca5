/** The published reviews, newest first, as the prerenderer's other outputs need them (share images, sitemap, feeds). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byNewest } from '../../src/features/reviews/format/archive-orders';
import type { Review } from '../../src/features/reviews/format/review-schema';

export type SiteReview = Pick<
  Review,
  'slug' | 'headline' | 'standfirst' | 'rating' | 'published' | 'updated' | 'author' | 'spoilers'
> & {
  film: Pick<Review['film'], 'title' | 'year' | 'genres'>;
};

export function readSiteReviews(apiDir: string): SiteReview[] {
  return readdirSync(join(apiDir, 'reviews'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const review = JSON.parse(readFileSync(join(apiDir, 'reviews', name), 'utf8')) as Review;
      const { slug, headline, standfirst, rating, published, updated, author, spoilers, film } = review;
      return {
        slug,
        headline,
        standfirst,
        rating,
        published,
        updated,
        author,
        spoilers,
        film: { title: film.title, year: film.year, genres: film.genres },
      };
    })
    .sort(byNewest);
}
