import { Link } from 'react-router-dom';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import { GENRE_SLUGS, genreLabel } from '@/features/reviews/genres';
import { useCatalogTotals } from '@/features/reviews/use-catalog-totals';
import styles from './simple-page.module.css';

export function GenresRoute() {
  const { totals, query } = useCatalogTotals();
  const genres = totals ? GENRE_SLUGS.filter((genre) => (totals.genres.get(genre) ?? 0) > 0) : [];
  return (
    <div>
      <PageMeta title="Genres" description="Every genre Reel Notes reviews, with how many reviews each has." />
      <h1>Genres</h1>
      <p>Every genre we have reviewed, with how many reviews it has. A film can belong to several.</p>
      {totals ? (
        <ul className={styles.facets}>
          {genres.map((genre) => {
            const count = totals.genres.get(genre) ?? 0;
            return (
              <li key={genre}>
                <Link className={styles.facet} to={paths.genre(genre)}>
                  <span className={styles.facetName}>{genreLabel(genre)}</span>
                  <span className={styles.facetCount}>
                    {count.toLocaleString('en-GB')} {count === 1 ? 'review' : 'reviews'}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : query.isError ? (
        <ErrorMessage
          what="the genres"
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <ul className={styles.facets} aria-hidden="true">
          {Array.from({ length: 12 }, (_, index) => (
            <li key={index} className={styles.skeleton} />
          ))}
        </ul>
      )}
    </div>
  );
}
