import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';
import { reviewCount } from '../count';
import type { TextResult, TextResults } from './text-engine';
import cardStyles from '../components/review-card.module.css';
import styles from './search.module.css';

interface SearchResultsProps {
  results: TextResults;
  updating: boolean;
  loadingMore: boolean;
  listRef: RefObject<HTMLOListElement | null>;
  /** Keys that move focus between results (Up, Down), with the result's position. */
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, index: number) => void;
  showMore: () => void;
}

/** The results of a search: how many, each result with its passage, "Show more"; or why there are none. */
export function SearchResults({ results, updating, loadingMore, listRef, onKeyDown, showMore }: SearchResultsProps) {
  const focusFrom = useRef<number | null>(null);
  // After "Show more", focus moves to the first new result once it has arrived, as if the reader had scrolled there.
  useEffect(() => {
    const link = focusFrom.current === null ? null : listRef.current?.children[focusFrom.current]?.querySelector('a');
    if (link) {
      link.focus();
      focusFrom.current = null;
    }
  });

  if (!results.results.length && !loadingMore && !results.more) return <NoResults results={results} />;
  return (
    <>
      <p className={styles.count}>{countLine(results)}</p>
      {results.ignored.length > 0 && (
        <p className={styles.note}>Too common to search for, so left out: {results.ignored.join(', ')}.</p>
      )}
      <ol ref={listRef} className={styles.results} aria-busy={updating}>
        {results.results.map((result, index) => (
          <li key={result.id}>
            <Result result={result} onKeyDown={(event) => onKeyDown(event, index)} />
          </li>
        ))}
      </ol>
      {(loadingMore || (results.more && results.complete)) && (
        <button
          type="button"
          className={`button ${styles.more}`}
          disabled={loadingMore}
          onClick={() => {
            focusFrom.current = results.results.length;
            showMore();
          }}
        >
          {loadingMore ? 'Loading more results…' : 'Show more'}
        </button>
      )}
    </>
  );
}

/** "3 reviews", "Showing 20 of 134 reviews", "Showing 20 of up to 134 reviews" (a phrase not yet checked in all). */
function countLine({ results, count, exact, rejected }: TextResults): string {
  const total = `${exact ? '' : 'up to '}${reviewCount(count)}`;
  const line = results.length < count ? `Showing ${results.length} of ${total}` : total;
  return rejected > 0 ? `${line} · ${reviewCount(rejected)} could not be shown` : line;
}

/** What the search found, for the live region: "3 reviews found." */
export function countMessage({ count, exact }: TextResults): string {
  return count === 0 ? 'No reviews found.' : `${exact ? '' : 'Up to '}${reviewCount(count)} found.`;
}

/** One result: the whole block is the link's hit area; the link (title and year) is the one thing focused and read. */
function Result({
  result,
  onKeyDown,
}: {
  result: TextResult;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
}) {
  const { card, passage } = result;
  return (
    <article className={`${cardStyles.card} ${styles.result}`}>
      <h2 className={cardStyles.title}>
        <Link to={paths.review(card.slug)} className={cardStyles.link} onKeyDown={onKeyDown}>
          {card.film.title} <span className={cardStyles.year}>({card.film.year})</span>
        </Link>
      </h2>
      <span className={cardStyles.stars}>
        <Stars rating={card.rating} />
      </span>
      <p className={styles.passage}>
        {passage.map((part, index) => (typeof part === 'string' ? part : <mark key={index}>{part.mark}</mark>))}
      </p>
      <p className={styles.meta}>
        <time dateTime={card.published}>{formatDate(card.published)}</time>
      </p>
    </article>
  );
}

function NoResults({ results }: { results: TextResults }) {
  if (!results.searchable) {
    return (
      <div className={styles.none}>
        <h2>Nothing to search for</h2>
        <p>
          Very common words (such as {results.ignored.slice(0, 3).join(', ') || 'the, of, and'}) and single letters are
          left out of the search: add a less common word.
        </p>
      </div>
    );
  }
  return (
    <div className={styles.none}>
      <h2>No review contains “{results.query}”</h2>
      <p>Check the spelling, or try fewer words. A phrase in quotes must appear exactly as written.</p>
    </div>
  );
}

/** The shape of a few results, while the first arrive. */
export function SearchResultsSkeleton() {
  return (
    <div className={styles.results} aria-hidden="true">
      {Array.from({ length: 3 }, (_, index) => (
        <div key={index} className={`${cardStyles.card} ${styles.result} ${styles.skeleton}`}>
          <span />
          <span />
          <span />
        </div>
      ))}
    </div>
  );
}
