import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { reviewCount } from '../../count';
import type { ListScope } from '@/format/archive-layout';
import { filtersSearch, type ListFilters } from '../address/filters';
import grid from '../../components/card-grid.module.css';
import styles from './review-list-view.module.css';

/**
 * Why a list is empty, and the ways out: the search inside reviews (for a search by name that found nothing), fewer
 * filters, all reviews, or the genres and ratings that have reviews.
 */
export function NoResults({ scope, filters, clear }: { scope: ListScope; filters: ListFilters; clear: () => void }) {
  return (
    <div className={styles.empty}>
      <p className={grid.count}>{reviewCount(0)}</p>
      <h2>
        {scope.kind === 'all' || filtersSearch(filters) ? 'No reviews match these filters' : 'No reviews here yet'}
      </h2>
      {filtersSearch(filters) ? (
        <>
          <p>
            Try fewer genres, a lower minimum rating or a shorter search.
            {filters.query &&
              ' This search looks at titles, directors and cast: the words may be in the reviews’ text.'}
          </p>
          {filters.query && (
            <>
              <Link className="button button-primary" to={paths.search(filters.query)}>
                Search inside reviews for ‘{filters.query}’
              </Link>{' '}
            </>
          )}
          <button type="button" className={filters.query ? 'button' : 'button button-primary'} onClick={clear}>
            Clear all filters
          </button>{' '}
          {scope.kind !== 'all' && (
            <Link className="button" to={paths.home() + filtersSearch(filters)}>
              Search all reviews instead
            </Link>
          )}
        </>
      ) : (
        <p>
          Nothing has been reviewed in this {scope.kind === 'genre' ? 'genre' : 'rating'} yet.{' '}
          <Link to={scope.kind === 'genre' ? paths.genres() : paths.ratings()}>
            See the {scope.kind === 'genre' ? 'genres' : 'ratings'} that have reviews
          </Link>{' '}
          or <Link to={paths.home()}>the latest reviews</Link>.
        </p>
      )}
    </div>
  );
}
