import { lazy, Suspense } from 'react';
import type { Review } from '@/format/review-schema';
import { hasSpoiler } from '@/format/rich-text';
import { RichBlocks, RichInlines } from './rich-text';
import { HideSpoilersSwitch, Spoiler } from './spoilers';
import styles from './review-article.module.css';

const ReadAtEnd = lazy(async () => ({ default: (await import('../reading-list/review-actions')).ReadAtEnd }));

/** The review's text and verdict. A review that discusses its ending keeps them behind one spoiler toggle. */
export function ReviewBody({ review }: { review: Review }) {
  const text = (
    <>
      <RichBlocks blocks={review.body} />
      <p className={styles.verdict}>
        <strong>Verdict: </strong>
        {typeof review.verdict === 'string' ? review.verdict : <RichInlines nodes={review.verdict} />}
      </p>
      {/* Reaching the end marks the review as read, with an Undo. */}
      <Suspense>
        <ReadAtEnd key={review.slug} slug={review.slug} />
      </Suspense>
    </>
  );
  return (
    <div className={styles.body}>
      {(review.spoilers || hasSpoiler(review.body)) && <HideSpoilersSwitch />}
      {review.spoilers ? (
        <Spoiler block note="This review discusses the ending." show="Show the review">
          {text}
        </Spoiler>
      ) : (
        text
      )}
    </div>
  );
}
