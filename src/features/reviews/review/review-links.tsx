import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { ReviewCardSkeleton } from '../components/review-card-skeleton';
import type { Review } from '@/format/review-schema';
import styles from './review-article.module.css';

/** The films the review compares with, linked when this site has reviewed them. */
export function MentionedFilms({ mentions }: { mentions: Review['mentions'] }) {
  if (!mentions.length) return null;
  return (
    <section className={styles.section} aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">Films this review mentions</h2>
      <ul className={styles.mentions}>
        {mentions.map((mention) => {
          const name = `${mention.title}${mention.year ? ` (${mention.year})` : ''}`;
          return (
            <li key={`${mention.title}\n${mention.year ?? ''}`}>
              {mention.slug ? <Link to={paths.review(mention.slug)}>{name}</Link> : name}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// Cards are list code: below the fold here, they arrive after the review has painted.
const ReviewCard = lazy(async () => ({ default: (await import('../components/review-card')).ReviewCard }));

/** Reviews like this one, chosen when publishing. */
export function RelatedReviews({ related }: { related: Review['related'] }) {
  if (!related.length) return null;
  return (
    <section className={styles.section} aria-labelledby="related-heading">
      <h2 id="related-heading">Related reviews</h2>
      <ul className={styles.related}>
        {related.map((card) => (
          <li key={card.slug}>
            <Suspense fallback={<ReviewCardSkeleton />}>
              <ReviewCard review={card} headingLevel={3} />
            </Suspense>
          </li>
        ))}
      </ul>
    </section>
  );
}
