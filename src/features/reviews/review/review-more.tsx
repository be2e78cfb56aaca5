import type { Review } from '@/format/review-schema';
import { FilmFacts } from './film-facts';
import { MentionedFilms, RelatedReviews } from './review-links';

/**
 * What surrounds the review's text: the film's facts and where to watch it
 * (beside the text on wide screens, after it on phones), the films it
 * mentions and related reviews. A chunk of its own, loaded after the review
 * has painted (a prerendered page shows its HTML meanwhile).
 */
export function ReviewMore({ review }: { review: Review }) {
  return (
    <>
      <FilmFacts film={review.film} watch={review.watch} />
      <MentionedFilms mentions={review.mentions} />
      <RelatedReviews related={review.related} />
    </>
  );
}
