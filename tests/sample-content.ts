import type { Genre } from '../src/format/genres';
import { authoredReviews } from './review-fixtures';

/** The facts of an authored sample review that page tests check against (content/reviews/*.md). */
export interface SampleReview {
  slug: string;
  rating: number;
  published: string;
  film: { title: string; year: number; genres: Genre[]; directors: string[]; cast: { name: string }[] };
}

/** Every authored sample review, read from content/reviews as the publisher reads it: the truth the pages must show. */
export function sampleReviews(): SampleReview[] {
  return authoredReviews();
}

/** "Ballerina (2023)": how a review card's link is named. */
export function cardName(review: SampleReview): string {
  return `${review.film.title} (${review.film.year})`;
}

/** Newest review first, as the lists order them by default. */
export function newestFirst(a: SampleReview, b: SampleReview): number {
  return a.published === b.published ? (a.slug < b.slug ? -1 : 1) : a.published < b.published ? 1 : -1;
}
