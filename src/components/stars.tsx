import styles from './stars.module.css';

/** "4 out of 5 stars", "4.5 out of 5 stars": the one phrase a screen reader hears. */
export function ratingLabel(rating: number): string {
  return `${rating} out of 5 stars`;
}

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
      <span className={styles.filled} aria-hidden="true" style={{ width: `${(rating / 5) * 100}%` }}>
        ★★★★★
      </span>
    </span>
  );
}
