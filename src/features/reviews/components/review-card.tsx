import { memo, useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import { canPrefetchSpeculatively, whenVisible } from '@/lib/prefetch';
import { reviewQuery } from '../api/review-queries';
import type { Card } from '../format/card-schema';
import { genreLabel } from '../format/genres';
import styles from './review-card.module.css';

/**
 * One review in a list: typographic, the whole card one link to the review.
 * The review is fetched ahead on hover, focus or touch, and when the card
 * comes into view (unless the reader saves data), so opening it feels instant.
 */
export const ReviewCard = memo(function ReviewCard({
  review,
  headingLevel = 2,
}: {
  review: Card;
  headingLevel?: 2 | 3;
}) {
  const queryClient = useQueryClient();
  const cardRef = useRef<HTMLElement>(null);
  const prefetch = () => void queryClient.prefetchQuery(reviewQuery(review.slug));

  // Cards scrolled or filtered past within a second are not fetched.
  useEffect(() => {
    if (!canPrefetchSpeculatively()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = whenVisible(cardRef.current!, () => (timer = setTimeout(prefetch, 1_000)));
    return () => {
      stop();
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- prefetch changes only with the slug
  }, [review.slug]);

  const Heading = `h${headingLevel}` as const;
  return (
    <article ref={cardRef} className={styles.card}>
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
      <Stars rating={review.rating} />
      <p className={styles.headline}>{review.headline}</p>
      <p className={styles.standfirst}>{review.standfirst}</p>
      <p className={styles.meta}>
        <span>{review.film.genres.map(genreLabel).join(', ')}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={review.published}>{formatDate(review.published)}</time>
      </p>
    </article>
  );
});
