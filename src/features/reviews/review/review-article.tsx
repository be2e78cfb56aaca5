import { lazy, Suspense } from 'react';
import type { Review } from '@/format/review-schema';
import { ReviewBody } from './review-body';
import { LeadImage } from './lead-image';
import { ReviewHeader } from './review-header';
import { JsonLd } from '@/components/json-ld';
import { reviewJsonLd } from './review-json-ld';
import styles from './review-article.module.css';

const ReviewMore = lazy(async () => ({ default: (await import('./review-more')).ReviewMore }));

/** One review in full: the reading column beside the facts, then what it mentions and related reviews. */
export function ReviewArticle({ review, pageUrl }: { review: Review; pageUrl: string }) {
  return (
    <article className={styles.article}>
      <JsonLd data={reviewJsonLd(review, pageUrl)} />
      {/* A film section leads with its picture. */}
      <LeadImage review={review} />
      <ReviewHeader review={review} />
      <ReviewBody review={review} />
      <Suspense>
        <ReviewMore review={review} />
      </Suspense>
    </article>
  );
}

/** The shape of a review while it loads, so nothing jumps when it lands. */
export function ReviewArticleSkeleton() {
  return <div className={styles.skeleton} aria-hidden="true" />;
}
