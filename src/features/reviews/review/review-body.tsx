import { useState } from 'react';
import type { Review } from '../format/review-schema';
import styles from './review-article.module.css';

/** The review's text and verdict; a review that discusses the ending keeps them behind a button. */
export function ReviewBody({ review }: { review: Review }) {
  const [showSpoilers, setShowSpoilers] = useState(!review.spoilers);
  return (
    <div className={styles.body}>
      {review.image && (
        <img
          className={styles.image}
          src={review.image.url}
          width={review.image.width}
          height={review.image.height}
          alt={review.image.alt}
          loading="lazy"
          decoding="async"
        />
      )}
      {review.spoilers && (
        <div className={styles.spoilerNotice}>
          <p>This review discusses the ending.</p>
          <button
            type="button"
            className="button"
            aria-expanded={showSpoilers}
            onClick={() => setShowSpoilers((shown) => !shown)}
          >
            {showSpoilers ? 'Hide the review' : 'Show the review, spoilers and all'}
          </button>
        </div>
      )}
      {showSpoilers && (
        <>
          {review.body.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <p className={styles.verdict}>
            <strong>Verdict: </strong>
            {review.verdict}
          </p>
        </>
      )}
    </div>
  );
}
