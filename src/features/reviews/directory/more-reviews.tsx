import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { criticPageQuery } from '../api/critic-pages-api';
import { FilmEntry } from './film-entry';
import styles from './directory.module.css';

interface MoreReviewsProps {
  critic: string;
  /** The page file this shows when asked, from 1. */
  page: number;
  /** How many page files there are. */
  pages: number;
}

/**
 * "Show more reviews": the critic's next page of cards, fetched when asked,
 * then the same button for the page after it. Focus moves to the first new
 * review, so a keyboard reader carries on where the list grew.
 */
export function MoreReviews({ critic, page, pages }: MoreReviewsProps) {
  const [asked, setAsked] = useState(false);
  const more = useQuery({ ...criticPageQuery(critic, page), enabled: asked });
  const first = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (more.data) first.current?.querySelector('a')?.focus();
  }, [more.data]);

  if (page > pages) return null;
  if (!asked || !more.data) {
    return (
      <p>
        {more.isError && <span role="alert">We couldn’t load more reviews. </span>}
        <button
          type="button"
          className="button"
          disabled={asked && more.isFetching}
          onClick={() => (asked ? void more.refetch() : setAsked(true))}
        >
          {asked && more.isFetching ? 'Loading…' : more.isError ? 'Retry' : 'Show more reviews'}
        </button>
      </p>
    );
  }
  return (
    <>
      <ol className={styles.entries} ref={first}>
        {more.data.map((card) => (
          <li key={card.slug}>
            <FilmEntry review={card} headingLevel={3} />
          </li>
        ))}
      </ol>
      <MoreReviews critic={critic} page={page + 1} pages={pages} />
    </>
  );
}
