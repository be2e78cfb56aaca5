import { Stars } from '@/components/stars';
import styles from './review-card.module.css';

/** A card-sized placeholder, so a list does not jump when its reviews arrive. */
export function ReviewCardSkeleton() {
  return <div className={`${styles.card} ${styles.skeleton}`} aria-hidden="true" />;
}

/**
 * A card still on its way, laid out as the card will be: its film's title,
 * year and stars already in their places, grey bars for the rest. Hidden from
 * assistive technology like the skeleton: the list says it is busy, and the
 * card that replaces it is what is read.
 */
export function ReviewCardSketch({ title, year, rating }: { title: string; year: number; rating: number }) {
  return (
    <div className={`${styles.card} ${styles.sketch}`} aria-hidden="true">
      <span className={styles.image} />
      <p className={styles.title}>
        {title} <span className={styles.year}>({year})</span>
      </p>
      <span className={styles.stars}>
        <Stars rating={rating} />
      </span>
      <span className={`${styles.headline} ${styles.bars}`} />
      <span className={`${styles.standfirst} ${styles.bars}`} />
      <span className={`${styles.meta} ${styles.bar}`} />
    </div>
  );
}
