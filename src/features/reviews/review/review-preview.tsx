import type { Card } from '@/format/card-schema';
import { ReviewTitle } from './review-header';
import styles from './review-article.module.css';

/** A review still loading whose card is known: its header at once, lines for the text. */
export function ReviewPreview({ card }: { card: Card }) {
  return (
    <div className={styles.article}>
      <div className={styles.header}>
        <ReviewTitle card={card} />
      </div>
      <div className={`${styles.skeleton} ${styles.bodySkeleton}`} aria-hidden="true" />
    </div>
  );
}
