/** The published reviews, newest first, as the prerenderer's other outputs need them (share images, sitemap, feeds). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byNewest } from '../../src/format/archive-orders';
import type { Review } from '../../src/format/review-schema';
import { CONTENT_DIR } from '../lib/project-paths';
import { reasonOf, ReviewError } from './review-error';

export type SiteReview = Pick<
  Review,
  'slug' | 'headline' | 'standfirst' | 'rating' | 'published' | 'updated' | 'author' | 'spoilers' | 'image'
> & {
  film: Pick<Review['film'], 'title' | 'year' | 'genres' | 'directors' | 'people'> & { cast: string[] };
};

/** The published reviews of a build in memory (its archive's): what the build hands the prerenderer. */
export function siteReviewsOf(reviews: readonly Review[]): SiteReview[] {
  return reviews.map(toSiteReview).sort(byNewest);
}

/** The same, read back from a published API folder (`scripts/prerender.ts` on a finished build); `contentDir` names a review's source file in an error. */
export function readSiteReviews(apiDir: string, contentDir = CONTENT_DIR): SiteReview[] {
  return siteReviewsOf(
    readdirSync(join(apiDir, 'reviews'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readReview(join(apiDir, 'reviews', name), name.slice(0, -'.json'.length), contentDir)),
  );
}

function toSiteReview(review: Review): SiteReview {
  const { slug, headline, standfirst, rating, published, updated, author, spoilers, film, image } = review;
  return {
    slug,
    headline,
    standfirst,
    rating,
    published,
    updated,
    author,
    spoilers,
    image,
    film: {
      title: film.title,
      year: film.year,
      genres: film.genres,
      directors: film.directors,
      cast: film.cast.map((member) => member.name),
      people: film.people,
    },
  };
}

function readReview(file: string, slug: string, contentDir: string): Review {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Review;
  } catch (error) {
    throw new ReviewError(contentDir, slug, `its published file ${file} could not be read: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}
