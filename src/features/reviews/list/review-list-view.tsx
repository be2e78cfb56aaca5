import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import type { LoadState } from '@/components/query-state';
import { PAGE_SIZE, type ListScope } from '../format/archive-layout';
import { DEFAULT_FILTERS, isDefaultFilters, type ListFilters } from './filters';
import { ListResults } from './list-results';
import { summarise, type ListSummary } from './list-summary';
import { useFirstPage } from './use-first-page';
import { useSetFilters } from './use-list-filters';
import type { ReviewList } from './use-review-list';
import styles from './review-list-view.module.css';

const ListControls = lazy(async () => ({ default: (await import('./list-controls')).ListControls }));
const FullList = lazy(async () => ({ default: (await import('./full-list')).FullList }));

/** While the engine's code arrives for a list the first page file cannot show. */
const LOADING: LoadState<ReviewList> = {
  data: undefined,
  error: null,
  isPaused: false,
  isRefreshError: false,
  retry: () => undefined,
  retrying: false,
};

interface ReviewListViewProps {
  scope: ListScope;
  filters: ListFilters;
  title: string;
  description: string;
  intro?: ReactNode;
}

/**
 * A list of reviews with search, filters and sort: the view behind `/`,
 * `/genres/:genre` and `/ratings/:stars`. An unfiltered list first shows its
 * published page file; once that has painted (or at once, for any other
 * list), the engine takes over (FullList), with the same markup.
 */
export function ReviewListView({ scope, filters, title, description, intro }: ReviewListViewProps) {
  const location = useLocation();
  const setFilters = useSetFilters();
  // How many are shown lives in the history entry, so Back returns to the same length and scroll.
  const shown = Math.max(PAGE_SIZE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);
  const published = isDefaultFilters(filters) && shown <= PAGE_SIZE;
  const first = useFirstPage(scope, published);
  const [engine, setEngine] = useState(!published);
  useEffect(() => {
    if (engine || !first.data) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setEngine(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [engine, first.data]);

  // What the controls show of the list (genre counts, the exact count), as the engine reports it.
  const [reported, setReported] = useState<ListSummary>(() => summarise(undefined));
  const results = (list: LoadState<ReviewList>) => (
    <ListResults
      list={list}
      shown={shown}
      filters={filters}
      scope={scope}
      clear={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
    />
  );
  const byEngine = engine || !published;
  return (
    <>
      <PageMeta title={title} description={description} />
      <h1 className={styles.title}>{title}</h1>
      {intro}
      <div className={styles.layout}>
        {/* The toolbar's space is kept while its code loads, so the list never moves. */}
        <Suspense fallback={<div className={styles.toolbar} />}>
          <ListControls scope={scope} filters={filters} summary={byEngine ? reported : summarise(first.data)} />
        </Suspense>
        {/* data-list-results: the boot script hides a prerendered list the address's filters would change. */}
        <div className={styles.results} data-list-results="">
          {byEngine ? (
            <Suspense fallback={results(published ? first : LOADING)}>
              <FullList scope={scope} filters={filters} shown={shown} onList={setReported}>
                {results}
              </FullList>
            </Suspense>
          ) : (
            results(first)
          )}
        </div>
      </div>
    </>
  );
}
