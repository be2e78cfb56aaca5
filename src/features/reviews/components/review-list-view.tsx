import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAnnouncer } from '@/components/announcer';
import { ErrorMessage } from '@/components/error-message';
import { PageMeta } from '@/components/page-meta';
import { Sheet } from '@/components/sheet';
import { paths } from '@/config/paths';
import { useMediaQuery } from '@/lib/use-media-query';
import type { ListScope } from '../catalog';
import { countActiveFilters, DEFAULT_FILTERS, filtersSearch, type ListFilters } from '../filters';
import { genreLabel } from '../genres';
import { useListFilters } from '../use-list-filters';
import { useReviewList, type ReviewListState } from '../use-review-list';
import { FilterFields, SearchField, type SetFilters } from './filter-controls';
import { ReviewCard, ReviewCardSkeleton } from './review-card';
import styles from './review-list-view.module.css';

export const PAGE_SIZE = 24;
const WIDE_LAYOUT = '(min-width: 64rem)';

interface ReviewListViewProps {
  scope: ListScope;
  title: string;
  description: string;
  intro?: ReactNode;
}

/** A list of reviews with filters, search and sort: the view behind `/`, `/genres/:genre` and `/ratings/:stars`. */
export function ReviewListView({ scope, title, description, intro }: ReviewListViewProps) {
  const [filters, setFilters] = useListFilters();
  const list = useReviewList(scope, filters);
  const wide = useMediaQuery(WIDE_LAYOUT);
  const [sheetOpen, setSheetOpen] = useState(false);
  const activeCount = countActiveFilters(filters);
  useAnnounceResults(list, filters);

  const fields = (
    <FilterFields
      filters={filters}
      setFilters={setFilters}
      scope={scope}
      genreCounts={list.status === 'ready' ? list.genreCounts : null}
    />
  );

  return (
    <>
      <PageMeta title={title} description={description} />
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        {intro}
      </header>
      <div className={styles.layout}>
        {wide && (
          <aside className={styles.sidebar} aria-labelledby="filters-heading">
            <h2 id="filters-heading" className={styles.sidebarTitle}>
              Filter and sort
            </h2>
            {fields}
          </aside>
        )}
        <div className={styles.results}>
          <div className={styles.toolbar}>
            <SearchField filters={filters} setFilters={setFilters} />
            {!wide && (
              <button
                type="button"
                className={`button ${styles.filtersButton}`}
                aria-haspopup="dialog"
                onClick={() => setSheetOpen(true)}
              >
                Filters{activeCount > 0 && <span className={styles.badge}>{activeCount}</span>}
                {activeCount > 0 && <span className="visually-hidden"> active</span>}
              </button>
            )}
          </div>
          <ActiveFilters filters={filters} setFilters={setFilters} />
          <ListBody list={list} filters={filters} setFilters={setFilters} scope={scope} />
        </div>
      </div>
      {!wide && (
        <Sheet
          open={sheetOpen}
          onClose={() => setSheetOpen(false)}
          title="Filter and sort"
          footer={
            <>
              <button
                type="button"
                className="button"
                onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
                disabled={activeCount === 0}
              >
                Clear filters
              </button>
              <button type="button" className="button button-primary" onClick={() => setSheetOpen(false)}>
                {list.status === 'ready' && list.complete ? `Show ${countLabel(list.total)}` : 'Show reviews'}
              </button>
            </>
          }
        >
          {fields}
        </Sheet>
      )}
    </>
  );
}

function ListBody({
  list,
  filters,
  setFilters,
  scope,
}: {
  list: ReviewListState;
  filters: ListFilters;
  setFilters: SetFilters;
  scope: ListScope;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  const listRef = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  // How many are shown lives in this history entry, so Back returns to the same length and scroll.
  const shown = Math.max(PAGE_SIZE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);

  useEffect(() => {
    if (focusFrom.current === null || list.status !== 'ready') return;
    const link = listRef.current?.children[focusFrom.current]?.querySelector('a');
    if (link) {
      link.focus();
      focusFrom.current = null;
    }
  });

  if (list.status === 'loading' || list.status === 'offline') {
    return (
      <>
        {list.status === 'offline' && (
          <p className={styles.notice} role="status">
            You’re offline. The reviews will load when your connection returns.
          </p>
        )}
        <p className={styles.count} aria-hidden="true">
          &nbsp;
        </p>
        <div className={styles.grid} aria-busy="true" aria-label="Loading reviews" role="status">
          {Array.from({ length: 6 }, (_, index) => (
            <ReviewCardSkeleton key={index} />
          ))}
        </div>
      </>
    );
  }
  if (list.status === 'error') {
    return <ErrorMessage what="the reviews" error={list.error} onRetry={list.retry} retrying={list.retrying} />;
  }

  const visible = list.reviews.slice(0, shown);
  const waitingForMore = !list.complete && shown > list.reviews.length;
  const showMore = () => {
    focusFrom.current = visible.length;
    void navigate(
      { search: location.search },
      { replace: true, preventScrollReset: true, state: { shown: shown + PAGE_SIZE } },
    );
  };

  return (
    <>
      {list.refreshError != null && (
        <p className={styles.notice} role="status">
          {list.complete
            ? 'We couldn’t refresh the reviews, so you are seeing the copy we already had.'
            : 'We couldn’t load the rest of the reviews.'}{' '}
          <button type="button" className={`button ${styles.inlineButton}`} onClick={list.retryRefresh}>
            Retry
          </button>
        </p>
      )}
      <p className={styles.count}>
        {list.total === 0
          ? 'No reviews match'
          : visible.length < list.total
            ? `Showing ${visible.length} of ${countLabel(list.total)}`
            : `${countLabel(list.total)}`}
        {list.rejectedCount > 0 && (
          <span className={styles.rejected}>
            {' '}
            · {list.rejectedCount === 1 ? '1 review' : `${list.rejectedCount} reviews`} could not be shown
          </span>
        )}
      </p>
      {list.total === 0 ? (
        <EmptyResult filters={filters} setFilters={setFilters} scope={scope} />
      ) : (
        <ol ref={listRef} className={styles.grid} aria-busy={list.updating} data-updating={list.updating}>
          {visible.map((review) => (
            <li key={review.slug}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ol>
      )}
      {(visible.length < list.total || waitingForMore) && (
        <div className={styles.more}>
          <button type="button" className="button" onClick={showMore} disabled={waitingForMore}>
            {waitingForMore ? 'Loading more reviews…' : `Show ${Math.min(PAGE_SIZE, list.total - visible.length)} more`}
          </button>
        </div>
      )}
    </>
  );
}

function EmptyResult({
  filters,
  setFilters,
  scope,
}: {
  filters: ListFilters;
  setFilters: SetFilters;
  scope: ListScope;
}) {
  return (
    <div className={styles.empty}>
      <h2>No reviews match these filters</h2>
      <p>Try fewer genres, a lower minimum rating or a shorter search.</p>
      <div className={styles.emptyActions}>
        <button type="button" className="button button-primary" onClick={() => setFilters(DEFAULT_FILTERS)}>
          Clear all filters
        </button>
        {scope.kind !== 'all' && (
          <Link className="button" to={{ pathname: paths.home(), search: filtersSearch(filters) }}>
            Search all reviews instead
          </Link>
        )}
      </div>
    </div>
  );
}

/** The filters in force, each removable, and one button to clear them all. */
function ActiveFilters({ filters, setFilters }: { filters: ListFilters; setFilters: SetFilters }) {
  if (countActiveFilters(filters) === 0) return null;
  const chips = [
    ...filters.genres.map((genre) => ({
      label: genreLabel(genre),
      remove: () => setFilters({ ...filters, genres: filters.genres.filter((other) => other !== genre) }),
    })),
    ...(filters.minRating === null
      ? []
      : [{ label: `${filters.minRating}+ stars`, remove: () => setFilters({ ...filters, minRating: null }) }]),
    ...(filters.query ? [{ label: `“${filters.query}”`, remove: () => setFilters({ ...filters, query: '' }) }] : []),
  ];
  return (
    <div className={styles.active}>
      <h2 className="visually-hidden">Active filters</h2>
      <ul className={styles.chips}>
        {chips.map((chip) => (
          <li key={chip.label}>
            <button
              type="button"
              className={styles.chip}
              onClick={chip.remove}
              aria-label={`Remove filter: ${chip.label}`}
            >
              <span>{chip.label}</span>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={`button ${styles.clear}`}
        onClick={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
      >
        Clear all
      </button>
    </div>
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
      announce(total === 0 ? 'No reviews match these filters.' : `${countLabel(total)} found.`);
    }, 500);
    return () => clearTimeout(timer);
  }, [total, key, announce]);
}

function countLabel(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'review' : 'reviews'}`;
}
