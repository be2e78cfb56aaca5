import { Link } from 'react-router-dom';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { reviewCount } from '@/features/reviews/count';
import { STAR_BUCKETS } from '@/format/ratings';
import styles from './simple-page.module.css';
import { TotalsPage } from './totals-page';

const BEST_FIRST = [...STAR_BUCKETS].reverse();

/** The spread of ratings as a bar chart of links, best first; each bar opens its rating's reviews. */
export function RatingsPage() {
  return (
    <TotalsPage
      title="Ratings"
      description="How Reel Notes rates films: the spread of star ratings, with the reviews at each."
      intro="How our critics spread their stars. Half stars count with the whole star below them: 4½ is among the 4s."
      skeleton={
        <ul className={styles.chart} aria-hidden="true">
          {BEST_FIRST.map((stars) => (
            <li key={stars} className={styles.skeleton} />
          ))}
        </ul>
      }
    >
      {({ starTotals }) => {
        const largest = Math.max(1, ...starTotals.values());
        return (
          <ul className={styles.chart}>
            {BEST_FIRST.map((stars) => {
              const count = starTotals.get(stars) ?? 0;
              return (
                <li key={stars}>
                  <Link className={styles.bar} to={paths.rating(stars)}>
                    <Stars rating={stars} />
                    <span className={styles.barTrack} aria-hidden="true">
                      {/* An SVG bar: its length is an attribute, which the CSP allows (style attributes it does not). */}
                      <svg className={styles.barFill} viewBox="0 0 100 1" preserveAspectRatio="none">
                        <rect width={(count / largest) * 100} height="1" />
                      </svg>
                    </span>
                    <span className={styles.barCount}>{reviewCount(count)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        );
      }}
    </TotalsPage>
  );
}
