import { lazy, memo, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import type { Card } from '@/format/card-schema';
import { genreLabel } from '@/format/genres';
import { headlineAfterTitle } from '@/format/headline';
import styles from './review-card.module.css';

// The image: prerendered with the card, and its code fetched after the list's own (its frame holds its place).
const CardImage = lazy(async () => ({ default: (await import('./card-image')).CardImage }));
// The reader's own marks (saved, read): after the list has painted, from this device's storage.
const CardActions = lazy(async () => ({ default: (await import('../reading-list/card-actions')).CardActions }));

/**
 * One review in a list: a small version of its lead image (fetched as it
 * nears the screen, in a fixed shape so nothing moves) or its film's cover, the whole card one
 * link to the review (only its Save button sits above that link). The
 * headline is shown after its dash: the title is just above it.
 * The review is fetched ahead on hover, focus or touch, so opening it feels
 * instant. (Not merely when in view: on 3G, 24 reviews fetched unasked would
 * compete with the list's own downloads.)
 */
export const ReviewCard = memo(function ReviewCard({
  review,
  headingLevel = 2,
}: {
  review: Card;
  headingLevel?: 2 | 3;
}) {
  const queryClient = useQueryClient();
  // The review and the review page's code, fetched together.
  const prefetch = () =>
    void import('../api/review-document').then(({ reviewQuery }) =>
      queryClient.prefetchQuery(reviewQuery(review.slug)),
    );

  const Heading = `h${headingLevel}` as const;
  return (
    <article className={styles.card}>
      <Suspense fallback={<span className={styles.image} />}>
        <CardImage card={review} className={styles.image} />
      </Suspense>
      <Heading className={styles.title}>
        <Link
          to={paths.review(review.slug)}
          className={styles.link}
          onMouseEnter={prefetch}
          onFocus={prefetch}
          onTouchStart={prefetch}
        >
          {review.film.title} <span className={styles.year}>({review.film.year})</span>
        </Link>
      </Heading>
      <span className={styles.stars}>
        <Stars rating={review.rating} />
      </span>
      <p className={styles.headline}>{headlineAfterTitle(review.headline)}</p>
      <p className={styles.standfirst}>{review.standfirst}</p>
      <div className={styles.foot}>
        <p className={styles.meta}>
          <span>{review.film.genres.map(genreLabel).join(', ')}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={review.published}>{formatDate(review.published)}</time>
        </p>
        <span className={styles.actions}>
          <Suspense fallback={<span className={styles.actionsSpace} />}>
            <CardActions key={review.slug} card={review} />
          </Suspense>
        </span>
      </div>
    </article>
  );
});
