import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The facts of an authored sample review that page tests check against (content/reviews/*.json). */
export interface SampleReview {
  slug: string;
  rating: number;
  published: string;
  film: { title: string; year: number; genres: string[] };
}

const CONTENT_DIR = join(import.meta.dirname, '..', 'content', 'reviews');

/** Every authored sample review, read straight from content/reviews: the truth the pages must show. */
export function sampleReviews(): SampleReview[] {
  return readdirSync(CONTENT_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(CONTENT_DIR, name), 'utf8')) as SampleReview);
}

/** "Ballerina (2023)": how a review card's link is named. */
export function cardName(review: SampleReview): string {
  return `${review.film.title} (${review.film.year})`;
}

/** Newest review first, as the lists order them by default. */
export function newestFirst(a: SampleReview, b: SampleReview): number {
  return a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1;
}
