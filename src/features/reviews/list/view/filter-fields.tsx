import { useId } from 'react';
import { SORT_KEYS, type ListScope, type SortKey } from '@/format/archive-layout';
import { genreLabel, GENRE_SLUGS, type Genre } from '@/format/genres';
import type { FacetCounts } from '../address/facet-labels';
import type { ListFilters } from '../address/filters';
import { minRatingWords } from '../address/list-summary';
import { FacetFields } from './facet-fields';
import type { SetFilters } from './use-list-filters';
import styles from './filter-controls.module.css';

const SORT_LABELS: Record<SortKey, string> = {
  newest: 'Newest reviews',
  rating: 'Highest rated',
  title: 'Title, A to Z',
  year: 'Release year, newest',
};

/** Minimum ratings a reader can choose, in half stars. */
const MIN_RATING_OPTIONS = [1, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;

interface FilterFieldsProps {
  filters: ListFilters;
  setFilters: SetFilters;
  scope: ListScope;
  /** How many results each genre would leave, when known. */
  genreCounts: Map<Genre, number> | null;
  /** The decade, country, language and watch options with their counts, when known. */
  facets: FacetCounts | null;
}

/** Sort, minimum rating, the facets, "Not read yet" and genres. */
export function FilterFields({ filters, setFilters, scope, genreCounts, facets }: FilterFieldsProps) {
  const ratingId = useId();
  const sortId = useId();
  // Every genre stays listed, with "(0)" where none would be left: hiding them would shift the panel when counts arrive.
  const genres = GENRE_SLUGS.filter((genre) => scope.kind !== 'genre' || genre !== scope.genre);
  const toggleGenre = (genre: Genre, on: boolean) =>
    setFilters({
      ...filters,
      genres: on ? [...filters.genres, genre] : filters.genres.filter((selected) => selected !== genre),
    });

  return (
    <div className={styles.fields}>
      <div className={styles.field}>
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          className="text-field"
          value={filters.sort}
          onChange={(event) => setFilters({ ...filters, sort: event.target.value as SortKey })}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>

      {scope.kind !== 'stars' && (
        <div className={styles.field}>
          <label htmlFor={ratingId}>Minimum rating</label>
          <select
            id={ratingId}
            className="text-field"
            value={filters.minRating ?? ''}
            onChange={(event) =>
              setFilters({ ...filters, minRating: event.target.value ? Number(event.target.value) : null })
            }
          >
            <option value="">Any rating</option>
            {MIN_RATING_OPTIONS.map((rating) => (
              <option key={rating} value={rating}>
                {minRatingWords(rating)}
              </option>
            ))}
          </select>
        </div>
      )}

      <FacetFields filters={filters} setFilters={setFilters} facets={facets} />

      <label className={styles.check}>
        <input
          type="checkbox"
          checked={filters.unread}
          onChange={(event) => setFilters({ ...filters, unread: event.target.checked })}
        />
        <span>Not read yet</span>
        <span className={styles.hint}>(on this device)</span>
      </label>

      <fieldset className={styles.genres}>
        <legend>{scope.kind === 'genre' ? 'Also in genres' : 'Genres'}</legend>
        <p className={styles.hint}>Reviews in every genre you tick.</p>
        <ul className={styles.genreList}>
          {genres.map((genre) => {
            const count = genreCounts?.get(genre);
            const checked = filters.genres.includes(genre);
            return (
              <li key={genre}>
                <label className={styles.genreChip}>
                  <input
                    type="checkbox"
                    checked={checked}
                    // A genre that would leave nothing is marked and off limits, but a ticked one can always be unticked.
                    disabled={count === 0 && !checked}
                    onChange={(event) => toggleGenre(genre, event.target.checked)}
                  />
                  <span>{genreLabel(genre)}</span>
                  {/* Its room is kept until the counts arrive, so the chips do not reflow when they do. */}
                  <span className={styles.count}>{count !== undefined && `(${count})`}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
