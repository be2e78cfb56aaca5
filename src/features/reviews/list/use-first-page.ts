import { useQuery } from '@tanstack/react-query';
import { fromQuery, type LoadState } from '@/components/query-state';
import { entryQuery } from '../api/review-queries';
import type { ListScope } from '../format/archive-layout';
import { pageQuery } from './page-queries';
import type { ReviewList } from './use-review-list';

/**
 * An unfiltered list's first page, from its one published page file (cards
 * included): what the list shows first, before (and without) the engine
 * that filters the whole archive.
 */
export function useFirstPage(scope: ListScope, enabled: boolean): LoadState<ReviewList> {
  const entry = useQuery({ ...entryQuery(), enabled });
  const page = useQuery({ ...pageQuery(entry.data?.build ?? '', scope), enabled: enabled && !!entry.data });
  const state = entry.data ? fromQuery<unknown>(page) : fromQuery<unknown>(entry);
  // A newer archive could not be asked for: the list on screen stays, with the notice and its Retry.
  const stale = entry.isRefetchError && {
    isRefreshError: true,
    retry: () => void entry.refetch(),
    retrying: entry.isFetching,
  };
  return {
    ...state,
    ...stale,
    data: page.data && {
      cards: page.data.cards,
      count: page.data.total,
      exact: true,
      loadingMore: false,
      updating: false,
      genreCounts: null,
      rejected: page.data.rejected,
      indexProgress: null,
      allCards: false,
    },
  };
}
