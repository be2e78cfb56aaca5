import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { catalogQuery, listPreviewQuery } from './api/review-queries';
import type { ListScope } from './catalog';
import { isDefaultFilters, type ListFilters } from './filters';
import type { Genre } from './genres';
import type { ReviewSummary } from './summary-schema';

export type ReviewListState =
  | { status: 'loading' }
  | { status: 'offline' }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | {
      status: 'ready';
      reviews: ReviewSummary[];
      total: number;
      /** False while only the first page is here and the whole catalogue is still on its way. */
      complete: boolean;
      /** True while a newer filter's results are being worked out. */
      updating: boolean;
      genreCounts: Map<Genre, number> | null;
      rejectedCount: number;
      /** The catalogue is on screen but could not be refreshed. */
      refreshError: unknown;
      retryRefresh: () => void;
    };

/**
 * The reviews of a list view. A view with no filters shows its first page from
 * a small file at once, then loads the whole catalogue (only after that first
 * paint, so it does not compete for the network); filters, search and sort run
 * in memory over the catalogue, deferred so typing never waits for the list.
 */
export function useReviewList(scope: ListScope, filters: ListFilters): ReviewListState {
  const deferredFilters = useDeferredValue(filters);
  const previewable = isDefaultFilters(filters);
  const preview = useQuery({ ...listPreviewQuery(scope), enabled: previewable });
  const previewPainted = useAfterPaint(preview.isSuccess);
  const catalog = useQuery({ ...catalogQuery(), enabled: !previewable || previewPainted });

  const selection = useMemo(() => catalog.data?.select(scope, deferredFilters), [catalog.data, scope, deferredFilters]);

  if (selection && catalog.data) {
    return {
      status: 'ready',
      reviews: selection.reviews,
      total: selection.reviews.length,
      complete: true,
      updating: filters !== deferredFilters,
      genreCounts: selection.genreCounts,
      rejectedCount: catalog.data.rejectedCount,
      refreshError: catalog.isRefetchError ? catalog.error : null,
      retryRefresh: () => void catalog.refetch(),
    };
  }
  if (previewable && preview.data) {
    return {
      status: 'ready',
      reviews: preview.data.reviews,
      total: preview.data.total,
      complete: false,
      updating: false,
      genreCounts: null,
      rejectedCount: 0,
      refreshError: catalog.error,
      retryRefresh: () => void catalog.refetch(),
    };
  }
  const failed = previewable && preview.isError ? preview : catalog.isError ? catalog : null;
  if (failed) {
    return { status: 'error', error: failed.error, retry: () => void failed.refetch(), retrying: failed.isFetching };
  }
  const waiting = previewable ? preview : catalog;
  if (waiting.fetchStatus === 'paused') return { status: 'offline' };
  return { status: 'loading' };
}

/** Becomes true a frame after `ready` does, and stays true. */
function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
