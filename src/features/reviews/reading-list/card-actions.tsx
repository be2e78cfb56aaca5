import type { Card } from '@/format/card-schema';
import { SaveButton } from './save-button';
import { useIsRead } from './use-reading-list';
import styles from './reading-list.module.css';

/** On a card: whether the reader has read the review, and a Save button. */
export function CardActions({ card }: { card: Card }) {
  const read = useIsRead(card.slug);
  return (
    <>
      {read && <span className={styles.readBadge}>Read</span>}
      <SaveButton card={card} />
    </>
  );
}
