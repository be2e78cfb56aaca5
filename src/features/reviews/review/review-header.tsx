import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import type { Card } from '@/format/card-schema';
import { toCard } from '@/format/to-card';
import type { Review } from '@/format/review-schema';
import styles from './review-article.module.css';

// Save and Mark as read: after the review has painted, from this device's storage.
const ReviewActions = lazy(async () => ({ default: (await import('../reading-list/review-actions')).ReviewActions }));

/** Kicker, headline, stars, standfirst, byline, and the reader's own actions. */
export function ReviewHeader({ review }: { review: Review }) {
  return (
    <header className={styles.header}>
      <ReviewTitle card={review} />
      <div className={styles.bylineRow}>
        <p className={styles.byline}>
          By{' '}
          {review.author.slug ? (
            <Link className={styles.author} to={paths.critic(review.author.slug)}>
              {review.author.name}
            </Link>
          ) : (
            <span className={styles.author}>{review.author.name}</span>
          )}
          <span aria-hidden="true"> · </span>
          <time dateTime={review.published}>{formatDate(review.published)}</time>
          {review.updated && (
            <>
              {' '}
              (updated <time dateTime={review.updated}>{formatDate(review.updated)}</time>)
            </>
          )}
        </p>
        {/* Save and Mark as read in the byline's row, away from the stars, so Save never reads as a rating. */}
        <Suspense fallback={<div className={styles.actionsSpace} />}>
          <ReviewActions card={toCard(review)} />
        </Suspense>
      </div>
    </header>
  );
}

/** Kicker, headline, stars and standfirst: all a card holds, so a review still loading can show them at once. */
export function ReviewTitle({ card }: { card: Card }) {
  const { film } = card;
  return (
    <>
      <p className={styles.kicker}>
        {film.title} ({film.year}) · Review
      </p>
      <h1 className={styles.headline}>{keepDashAttached(card.headline)}</h1>
      <Stars rating={card.rating} size="large" />
      <p className={styles.standfirst}>{card.standfirst}</p>
    </>
  );
}

/** A no-break space before a dash, so a balanced headline never starts a line with one. */
function keepDashAttached(text: string): string {
  return text.replace(/ (—|–)/g, '\u00a0$1');
}
