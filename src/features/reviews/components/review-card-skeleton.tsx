import styles from './review-card.module.css';

/** A card-sized placeholder, so a list does not jump when its reviews arrive. */
export function ReviewCardSkeleton() {
  return <div className={`${styles.card} ${styles.skeleton}`} aria-hidden="true" />;
}
