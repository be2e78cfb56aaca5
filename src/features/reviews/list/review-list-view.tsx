import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import type { LoadState } from '@/components/query-state';
import { PAGE_SIZE, type ListScope } from '../format/archive-layout';
import { DEFAULT_FILTERS, isDefaultFilters, type ListFilters } from './filters';
import type { IndexRefresh } from './full-list';
import { ListResults } from './list-results';
import { summarise, type ListSummary } from './list-summary';
import { useFirstPage } from './use-first-page';
import { useSetFilters } from './use-list-filters';
import type { ReviewList } from './use-review-list';
import styles from './review-list-view.module.css';

const ListControls = lazy(async () => ({ default: (await import('./list-controls')).ListControls }));
const FullList = lazy(async () => ({ default: (await import('./full-list')).FullList }));
/** The engine's list while the published page file's is on screen: it only counts. */
const drawsNothing = () => null;

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
 * `/genres/:genre` and `/ratings/:stars`. An unfiltered list shows its
 * published page file; once that has painted, the engine (FullList) starts
 * beside it, for the controls' counts, and draws the list itself from the
 * first change the reader makes (at once, for any other list). Until then the
 * page's cards stay the same elements: a reader's focus or pointer on them is
 * never lost to a redraw of the same list.
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
  // The rest of the archive failing behind the published page: it stays, with the notice and Retry.
  const [refresh, setRefresh] = useState<IndexRefresh | null>(null);
  const onList = useCallback((summary: ListSummary, state: IndexRefresh) => {
    setReported(summary);
    setRefresh(state);
  }, []);
  const results = (list: LoadState<ReviewList>) => (
    <ListResults
      list={list}
      shown={shown}
      filters={filters}
      scope={scope}
      clear={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
    />
  );
  return (
    <>
      <PageMeta title={title} description={description} />
      <h1 className={styles.title}>{title}</h1>
      {intro}
      <div className={styles.layout}>
        {/* The toolbar's space is kept while its code loads, so the list never moves. */}
        <Suspense fallback={<div className={styles.toolbar} />}>
          <ListControls scope={scope} filters={filters} summary={engine ? reported : summarise(first.data)} />
        </Suspense>
        {/* data-list-results: the boot script hides a prerendered list the address's filters would change. */}
        <div className={styles.results} data-list-results="">
          {engine && (
            <Suspense fallback={published ? null : results(LOADING)}>
              <FullList scope={scope} filters={filters} shown={shown} onList={onList}>
                {published ? drawsNothing : results}
              </FullList>
            </Suspense>
          )}
          {published &&
            results(
              refresh?.failed
                ? { ...first, isRefreshError: true, retry: refresh.retry, retrying: refresh.retrying }
                : first,
            )}
        </div>
      </div>
    </>
  );
}
