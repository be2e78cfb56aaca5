import { Link } from 'react-router-dom';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { STAR_BUCKETS } from '@/features/reviews/ratings';
import { useCatalogTotals } from '@/features/reviews/use-catalog-totals';
import styles from './simple-page.module.css';

/** The spread of ratings as a bar chart of links, best first; each bar opens its rating's reviews. */
export function RatingsRoute() {
  const { totals, query } = useCatalogTotals();
  const largest = totals ? Math.max(1, ...totals.stars.values()) : 1;
  return (
    <div>
      <PageMeta
        title="Ratings"
        description="How Reel Notes rates films: the spread of star ratings, with the reviews at each."
      />
      <h1>Ratings</h1>
      <p>How our critics spread their stars. Half stars count with the whole star below them: 4½ is among the 4s.</p>
      {totals ? (
        <ul className={styles.chart}>
          {[...STAR_BUCKETS].reverse().map((stars) => {
            const count = totals.stars.get(stars) ?? 0;
            return (
              <li key={stars}>
                <Link className={styles.bar} to={paths.rating(stars)}>
                  <Stars rating={stars} />
                  <span className={styles.barTrack} aria-hidden="true">
                    <span className={styles.barFill} style={{ width: `${(count / largest) * 100}%` }} />
                  </span>
                  <span className={styles.barCount}>
                    {count.toLocaleString('en-GB')} {count === 1 ? 'review' : 'reviews'}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : query.isError ? (
        <ErrorMessage
          what="the ratings"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <ul className={styles.chart} aria-hidden="true">
          {STAR_BUCKETS.map((stars) => (
            <li key={stars} className={styles.skeleton} />
          ))}
        </ul>
      )}
    </div>
  );
}
