import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { reviewCount } from '../count';
import { PAGE_SIZE, type ListScope } from '../format/archive-layout';
import { countActiveFilters, DEFAULT_FILTERS, type ListFilters } from './filters';
import { SearchField } from './search-field';
import { ListResults } from './list-results';
import { useAnnounceResults } from './use-announce-results';
import { useSetFilters } from './use-list-filters';
import { useReviewList } from './use-review-list';
import styles from './review-list-view.module.css';

const FilterFields = lazy(async () => ({ default: (await import('./filter-fields')).FilterFields }));

interface ReviewListViewProps {
  scope: ListScope;
  filters: ListFilters;
  title: string;
  description: string;
  intro?: ReactNode;
}

/**
 * A list of reviews with filters, search and sort: the view behind `/`, `/genres/:genre` and `/ratings/:stars`.
 * On wide screens the filters sit beside the list; on phones they fold into a
 * compact bar that opens in place (a disclosure, not a modal: nothing to trap).
 */
export function ReviewListView({ scope, filters, title, description, intro }: ReviewListViewProps) {
  const setFilters = useSetFilters();
  const location = useLocation();
  const shown = Math.max(PAGE_SIZE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);
  const list = useReviewList(scope, filters, shown);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const activeCount = countActiveFilters(filters);
  const exactCount = list.data?.exact && !list.data.updating ? list.data.count : null;
  useAnnounceResults(exactCount, filters);
  const closeFilters = () => {
    setFiltersOpen(false);
    toggleRef.current?.focus();
  };
  const clearAll = () => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort });

  return (
    <>
      <PageMeta title={title} description={description} />
      <h1 className={styles.title}>{title}</h1>
      {intro}
      <div className={styles.layout}>
        <div className={styles.toolbar}>
          <SearchField filters={filters} setFilters={setFilters} />
          <button
            ref={toggleRef}
            type="button"
            className={`button ${styles.toggle}`}
            aria-expanded={filtersOpen}
            aria-controls="filters"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            Filters
            {activeCount > 0 && <span className={styles.badge}>{activeCount} active</span>}
          </button>
          {activeCount > 0 && (
            <button type="button" className="button" onClick={clearAll}>
              Clear all
            </button>
          )}
        </div>
        {/* Escape from any control inside folds the panel, as it would close a menu. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys bubble from the controls */}
        <section
          id="filters"
          className={styles.filters}
          data-open={filtersOpen}
          aria-labelledby="filters-heading"
          onKeyDown={(event) => event.key === 'Escape' && filtersOpen && closeFilters()}
        >
          <h2 id="filters-heading">Filter and sort</h2>
          <Suspense>
            <FilterFields
              filters={filters}
              setFilters={setFilters}
              scope={scope}
              genreCounts={list.data?.genreCounts ?? null}
            />
          </Suspense>
          <button type="button" className={`button button-primary ${styles.toggle}`} onClick={closeFilters}>
            {exactCount === null ? 'Show reviews' : `Show ${reviewCount(exactCount)}`}
          </button>
        </section>
        <div className={styles.results}>
          <ListResults list={list} shown={shown} filters={filters} scope={scope} clear={clearAll} />
        </div>
      </div>
    </>
  );
}
