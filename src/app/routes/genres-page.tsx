import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { reviewCount } from '@/features/reviews/count';
import { GENRE_SLUGS, genreLabel } from '@/format/genres';
import styles from './simple-page.module.css';
import { TotalsPage } from './totals-page';

/** Every genre with reviews, with how many. */
export function GenresPage() {
  return (
    <TotalsPage
      title="Genres"
      description="Every genre Reel Notes reviews, with how many reviews each has."
      intro="Every genre we have reviewed, with how many reviews it has. A film can belong to several."
      skeleton={
        <ul className={styles.facets} aria-hidden="true">
          {Array.from({ length: 12 }, (_, index) => (
            <li key={index} className={styles.skeleton} />
          ))}
        </ul>
      }
    >
      {({ genreTotals }) => (
        <ul className={styles.facets}>
          {GENRE_SLUGS.filter((genre) => genreTotals.get(genre)).map((genre) => (
            <li key={genre}>
              <Link className={styles.facet} to={paths.genre(genre)}>
                <span className={styles.facetName}>{genreLabel(genre)}</span>
                <span className={styles.facetCount}>{reviewCount(genreTotals.get(genre)!)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </TotalsPage>
  );
}
