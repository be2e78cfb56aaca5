import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import type { Card } from '@/format/card-schema';
import styles from './directory.module.css';

interface FilmEntryProps {
  review: Card;
  /** A number before the title, in a ranked list. */
  position?: number;
  /** The line this page adds about the film: a person's role, a critic's note. */
  children?: ReactNode;
  headingLevel?: 2 | 3;
}

/** One reviewed film in a person's credits or a critic's list: the whole row one link to its review. */
export function FilmEntry({ review, position, children, headingLevel = 2 }: FilmEntryProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={styles.entry}>
      <Heading className={styles.entryTitle}>
        <Link to={paths.review(review.slug)} className={styles.entryLink}>
          {position !== undefined && <span className={styles.position}>{position}. </span>}
          {review.film.title} <span className={styles.year}>({review.film.year})</span>
        </Link>
      </Heading>
      {children}
      <Stars rating={review.rating} />
      <p className={styles.headline}>{review.headline}</p>
    </article>
  );
}
