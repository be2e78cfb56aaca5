import { ratingLabel } from '@/lib/rating-label';
import styles from './stars.module.css';

interface StarsProps {
  /** Out of 5, in half stars. */
  rating: number;
  size?: 'small' | 'large';
}

/**
 * Five stars drawn as text, read as one phrase: "4 out of 5 stars". Empty stars
 * are outlines, not just a paler colour, so the rating does not rest on colour.
 */
export function Stars({ rating, size = 'small' }: StarsProps) {
  return (
    <span className={`${styles.stars} ${styles[size]}`} role="img" aria-label={ratingLabel(rating)}>
      <span className={styles.empty} aria-hidden="true">
        ☆☆☆☆☆
      </span>
      {/* The width comes from the stylesheet, by rating: the CSP refuses style attributes in prerendered HTML. */}
      <span className={styles.filled} aria-hidden="true" data-rating={rating}>
        ★★★★★
      </span>
    </span>
  );
}
