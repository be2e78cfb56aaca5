import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageMeta } from '@/components/page-meta';
import { PAGE_SIZE, type ListScope } from '@/format/archive-layout';
import { DEFAULT_FILTERS, type ListFilters } from '../address/filters';
import { ListResults } from './list-results';
import { listCounts } from './list-counts';
import { useSetFilters } from './use-list-filters';
import { useReviewList } from '../data/use-review-list';
import styles from './review-list-view.module.css';

const ListControls = lazy(async () => ({ default: (await import('./list-controls')).ListControls }));

interface ReviewListViewProps {
  scope: ListScope;
  filters: ListFilters;
  title: string;
  description: string;
  intro?: ReactNode;
}

/**
 * A list of reviews with search, filters and sort: the view behind `/`,
 * `/genres/:genre` and `/ratings/:stars`. The list and its controls read the
 * one list query (use-review-list.ts); as it moves to a better source (the
 * whole index, then every card in memory) the cards on screen stay the same
 * elements, so a reader's focus or pointer on them is never lost.
 */
export function ReviewListView({ scope, filters, title, description, intro }: ReviewListViewProps) {
  const location = useLocation();
  const setFilters = useSetFilters();
  // How many are shown lives in the history entry, so Back returns to the same length and scroll.
  const shown = Math.max(PAGE_SIZE, Number((location.state as { shown?: unknown } | null)?.shown) || 0);
  const list = useReviewList(scope, filters, shown);
  return (
    <>
      <PageMeta title={title} description={description} />
      <h1 className={styles.title}>{title}</h1>
      {intro}
      <div className={styles.layout}>
        {/* The toolbar's space is kept while its code loads, so the list never moves. Its code is fetched once
            the list is drawn (or has failed): on a slow link, a filtered address's list gets the bandwidth first. */}
        <Suspense fallback={<div className={styles.toolbar} />}>
          {list.data || list.error ? (
            <ListControls scope={scope} filters={filters} counts={listCounts(list.data)} />
          ) : (
            <div className={styles.toolbar} />
          )}
        </Suspense>
        {/* data-list-results: the boot script hides a prerendered list the address's filters would change. */}
        <div id="results" className={styles.results} data-list-results="" tabIndex={-1}>
          <ListResults
            list={list}
            shown={shown}
            filters={filters}
            scope={scope}
            clear={() => setFilters({ ...DEFAULT_FILTERS, sort: filters.sort })}
          />
        </div>
      </div>
    </>
  );
}
