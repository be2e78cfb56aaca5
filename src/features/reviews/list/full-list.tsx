import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import type { LoadState } from '@/components/query-state';
import type { ListScope } from '../format/archive-layout';
import type { ListFilters } from './filters';
import { summarise, type ListSummary } from './list-summary';
import { useReviewList, type ReviewList } from './use-review-list';

/** The archive's filter index failing behind a list on screen: the notice's state, and its Retry. */
export interface IndexRefresh {
  failed: boolean;
  retrying: boolean;
  retry: () => void;
}

/**
 * The list worked out by the engine, over the whole archive: filters, search,
 * sort, "Not read yet", "Show more", exact counts. In the engine's chunk,
 * which takes over from the published first page once it has painted.
 */
export function FullList({
  scope,
  filters,
  shown,
  onList,
  children,
}: {
  scope: ListScope;
  filters: ListFilters;
  shown: number;
  /** Tells the list's controls (outside this part, so they keep their state) what the list now holds. */
  onList: (summary: ListSummary, refresh: IndexRefresh) => void;
  children: (list: LoadState<ReviewList>) => ReactNode;
}) {
  const list = useReviewList(scope, filters, shown);
  const genreCounts = list.data?.genreCounts ?? null;
  const exactCount = summarise(list.data).exactCount;
  // The latest Retry, behind one function that stays the same, so reporting does not run on every render.
  const latestRetry = useRef(list.retry);
  useEffect(() => void (latestRetry.current = list.retry));
  const retry = useCallback(() => latestRetry.current(), []);
  const failed = list.isRefreshError;
  const retrying = list.retrying;
  useEffect(
    () => onList({ genreCounts, exactCount }, { failed, retrying, retry }),
    [genreCounts, exactCount, failed, retrying, retry, onList],
  );
  return children(list);
}
