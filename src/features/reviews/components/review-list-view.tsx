import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAnnouncer } from '@/components/announcer';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { paths } from '@/config/paths';
import type { ListScope } from '../catalog';
import { PAGE_SIZE } from '../catalog-schema';
import { reviewCount } from '../count';
import { countActiveFilters, DEFAULT_FILTERS, filtersSearch, type ListFilters } from '../filters';
import { useListFilters } from '../use-list-filters';
import { useReviewList, type ReviewListState } from '../use-review-list';
import { FilterFields, SearchField } from './filter-controls';
import { ReviewCard, ReviewCardSkeleton } from './review-card';
import styles from './review-list-view.module.css';

interface ReviewListViewProps {
  scope: ListScope;
  title: string;
  description: string;
  intro?: ReactNode;
}

/**
 * A list of reviews with filters, search and sort: the view behind `/`, `/genres/:genre` and `/ratings/:stars`.
 * On wide screens the filters sit beside the list; on phones they fold into a
 * compact bar that opens in place (a disclosure, not a modal: nothing to trap).
 */
export function ReviewListView({ scope, title, description, intro }: ReviewListViewProps) {
  const [filters, setFilters] = useListFilters(scope);
  const list = useReviewList(scope, filters);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const activeCount = countActiveFilters(filters);
  useAnnounceResults(list, filters);
  const closeFilters = () => {
    setFiltersOpen(false);
    toggleRef.current?.focus();
  };

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
            <button
              type="button"
              className="button"
              onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
            >
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
          <FilterFields
            filters={filters}
            setFilters={setFilters}
            scope={scope}
            genreCounts={list.status === 'ready' ? list.genreCounts : null}
          />
          <button type="button" className={`button button-primary ${styles.toggle}`} onClick={closeFilters}>
            {list.status === 'ready' && list.complete ? `Show ${reviewCount(list.total)}` : 'Show reviews'}
          </button>
        </section>
        <div className={styles.results}>
          <ListBody list={list} filters={filters} clear={() => setFilters(DEFAULT_FILTERS)} scope={scope} />
        </div>
      </div>
    </>
  );
}

interface ListBodyProps {
  list: ReviewListState;
  filters: ListFilters;
  clear: () => void;
  scope: ListScope;
}

function ListBody({ list, filters, clear, scope }: ListBodyProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const listRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  // How many are shown lives in this history entry, so Back returns to the same length and scroll.
  const shown = Math.max(PAGE_SIZE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);

  // After "Show more", focus moves to the first new review, as if the reader had scrolled there.
  useEffect(() => {
    const link = focusFrom.current === null ? null : listRef.current?.children[focusFrom.current]?.querySelector('a');
    if (link) {
      link.focus();
      focusFrom.current = null;
    }
  });

  if (list.status === 'error') {
    return <ErrorMessage what="the reviews" error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  }
  if (list.status !== 'ready') {
    return (
      <>
        <p className={styles.count} role="status">
          {list.status === 'offline'
            ? 'You’re offline: the reviews will load when your connection returns.'
            : 'Loading reviews…'}
        </p>
        <div className={styles.grid}>
          {Array.from({ length: 6 }, (_, index) => (
            <ReviewCardSkeleton key={index} />
          ))}
        </div>
      </>
    );
  }

  const visible = list.reviews.slice(0, shown);
  const waitingForMore = !list.complete && shown > list.reviews.length;
  const showMore = () => {
    focusFrom.current = visible.length;
    void navigate(location, { replace: true, preventScrollReset: true, state: { shown: shown + PAGE_SIZE } });
  };

  return (
    <>
      {list.refreshError != null && (
        <p className={styles.notice} role="status">
          {list.complete
            ? 'We couldn’t refresh the reviews: you are seeing the copy already loaded.'
            : 'We couldn’t load the rest of the reviews.'}{' '}
          <button type="button" className="button" onClick={list.retryRefresh}>
            Retry
          </button>
        </p>
      )}
      <p className={styles.count}>
        {visible.length < list.total ? `Showing ${visible.length} of ` : ''}
        {reviewCount(list.total)}
        {list.rejectedCount > 0 && ` · ${reviewCount(list.rejectedCount)} could not be shown`}
      </p>
      {list.total === 0 ? (
        <div className={styles.empty}>
          <h2>No reviews match these filters</h2>
          <p>Try fewer genres, a lower minimum rating or a shorter search.</p>
          <button type="button" className="button button-primary" onClick={clear}>
            Clear all filters
          </button>{' '}
          {scope.kind !== 'all' && (
            <Link className="button" to={paths.home() + filtersSearch(filters)}>
              Search all reviews instead
            </Link>
          )}
        </div>
      ) : (
        <ol ref={listRef} className={styles.grid} aria-busy={list.updating}>
          {visible.map((review) => (
            <li key={review.slug}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ol>
      )}
      {(visible.length < list.total || waitingForMore) && (
        <button type="button" className={`button ${styles.more}`} onClick={showMore} disabled={waitingForMore}>
          {waitingForMore ? 'Loading more reviews…' : `Show ${Math.min(PAGE_SIZE, list.total - visible.length)} more`}
        </button>
      )}
    </>
  );
}

/** Says the new number of results after a filter change, without moving focus; waits for typing to pause. */
function useAnnounceResults(list: ReviewListState, filters: ListFilters) {
  const { announce } = useAnnouncer();
  const key = filtersSearch(filters);
  const lastKey = useRef(key);
  const total = list.status === 'ready' && list.complete && !list.updating ? list.total : null;
  useEffect(() => {
    if (total === null || lastKey.current === key) return;
    const timer = setTimeout(() => {
      lastKey.current = key;
      announce(`${reviewCount(total)} found.`);
    }, 500);
    return () => clearTimeout(timer);
  }, [total, key, announce]);
}
