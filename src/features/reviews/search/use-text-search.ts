import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LoadState } from '@/components/query-state';
import type { ArchiveEntry } from '../api/review-api';
import { entryQuery } from '../api/review-queries';
import { textResultsQuery } from './search-queries';
import type { TextResults } from './text-engine';

export interface TextSearch {
  state: LoadState<TextResults>;
  /** The results on screen are an earlier query's, kept (greyed) while this one's arrive. */
  updating: boolean;
  /** This query's results are still arriving: the rest of the page, or the next after "Show more". */
  loadingMore: boolean;
}

/** Stands in for the entry while it loads, in a query that stays disabled until it arrives. */
const NO_ARCHIVE: ArchiveEntry = { build: '', total: 0, genreTotals: new Map(), starTotals: new Map() };

/**
 * The results of a search inside reviews, `shown` of them. Works before the
 * archive's entry has arrived (it waits for it), and keeps the previous
 * query's results while the next arrive.
 */
export function useTextSearch(query: string, shown: number): TextSearch {
  const entry = useQuery(entryQuery());
  const results = useQuery({
    ...textResultsQuery(entry.data ?? NO_ARCHIVE, query, shown),
    enabled: !!entry.data && query !== '',
    placeholderData: keepPreviousData,
  });
  const earlier = results.isPlaceholderData ? results.data : undefined;
  const failed = [entry, results].find((step) => step.isError && !step.data);
  const state: LoadState<TextResults> = failed
    ? {
        data: undefined,
        error: failed.error,
        isPaused: false,
        isRefreshError: false,
        retry: () => void failed.refetch(),
        retrying: failed.isFetching,
      }
    : {
        data: results.data,
        error: results.error,
        isPaused: entry.fetchStatus === 'paused' || results.fetchStatus === 'paused',
        // Some results arrived, then reading the rest failed: they stay, with a notice and a Retry.
        isRefreshError: results.isError,
        retry: () => void results.refetch(),
        retrying: results.isFetching,
      };
  return {
    state,
    updating: !!earlier && earlier.query !== query,
    loadingMore: (!!earlier && earlier.query === query) || (!earlier && !!results.data && !results.data.complete),
  };
}
