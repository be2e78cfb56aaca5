import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoadState } from '@/components/query-state';
import { useProgress, type Progress } from '@/lib/progress';
import type { ArchiveEntry } from '../../api/review-api';
import { entryQuery } from '../../api/review-queries';
import type { ListScope } from '@/format/archive-layout';
import { filtersSearch, type ListFilters } from '../address/filters';
import {
  allCardsQuery,
  allTitlesQuery,
  filterIndexQuery,
  nameIndexQuery,
  progressKeys,
  type ListData,
  type ListRequest,
} from './list-data';
import { listQuery, listSource, sketchedList } from './list-query';
import { useReadSlugs } from './use-read-slugs';

/** What a list view shows: the list, and how it stands while it changes. */
export interface ReviewList extends ListData {
  /** More cards are on their way (after "Show more"): those on screen stay. */
  loadingMore: boolean;
  /** A newer filter's results are being worked out: what is shown is the previous filter's. */
  updating: boolean;
  /** The whole index is loading in the background: how far it has got. */
  indexProgress: Progress | null;
}

/** Stands in for the entry while it loads, in queries that stay disabled until it arrives. */
const NO_ARCHIVE: ArchiveEntry = { build: '', total: 0, genreTotals: new Map(), starTotals: new Map() };

/**
 * The reviews of a list view: the one list query (list-query.ts) for the
 * address's filters. Once the first list has painted, the whole filter index
 * loads in the background, then (on a connection that can spare it) every
 * film's title, then every card, after which any filter, sort or count is
 * worked out in memory, in the same render as the change. Between the titles
 * and the cards, a change shows its new order at once, sketched.
 */
export function useReviewList(scope: ListScope, filters: ListFilters, shown: number): LoadState<ReviewList> {
  const client = useQueryClient();
  const entry = useQuery(entryQuery());
  const archive = entry.data ?? NO_ARCHIVE;
  const read = useReadSlugs(filters.unread);
  const request = useMemo<ListRequest>(
    () => ({ scope, filters, shown, read: read ?? [] }),
    [scope, filters, shown, read],
  );
  const [painted, setPainted] = useState(false);
  const index = useQuery({ ...filterIndexQuery(archive), enabled: !!entry.data && painted });
  const titles = useQuery({ ...allTitlesQuery(archive), enabled: !!index.data });
  const allCards = useQuery({ ...allCardsQuery(archive), enabled: titles.isFetched });
  useQuery({ ...nameIndexQuery(archive), enabled: allCards.isFetched });
  const source = listSource(request, !!index.data);
  const titlesHere = !!titles.data;
  // While a list's cards load: its new order at once, sketched, if the titles are here; else the list before it.
  const placeholder = useCallback(
    (previous: ListData | undefined) =>
      (source === 'memory' && titlesHere ? sketchedList(client, archive, request) : undefined) ?? previous,
    [client, archive, request, source, titlesHere],
  );
  const list = useQuery({
    ...listQuery(client, archive, request, source),
    // "Not read yet" waits for this device's read marks.
    enabled: !!entry.data && (!filters.unread || read !== null),
    placeholderData: placeholder,
  });
  const scanProgress = useProgress(source === 'scan' && entry.data ? progressKeys.scan(archive, request) : null);
  const indexProgress = useProgress(entry.data ? progressKeys.index(archive) : null);

  const ready = !!list.data;
  useEffect(() => {
    if (!ready || painted) return;
    // After the first list has painted, so the index never competes with it for the network.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);

  if (!list.data) {
    const failed = entry.isError && !entry.data ? entry : list;
    return {
      data: undefined,
      error: failed.error,
      isPaused: entry.fetchStatus === 'paused' || list.fetchStatus === 'paused',
      isRefreshError: false,
      retry: () => void failed.refetch(),
      retrying: failed.isFetching,
      progress: source === 'index' ? indexProgress : scanProgress,
    };
  }
  const shownBefore = list.data.request;
  const sameList = sameFilters(shownBefore, request) && shownBefore.shown === shown;
  // A placeholder of the same filters is either the same list from a better source (nothing to show) or fewer cards.
  const loadingMore = list.isPlaceholderData && sameFilters(shownBefore, request) && shownBefore.shown < shown;
  // The rest of a page that showed its first screen failed to arrive: the first screen stays, with a Retry.
  const restFailed = list.isError;
  return {
    data: {
      ...list.data,
      arriving: restFailed ? 0 : list.data.arriving,
      loadingMore,
      updating: list.isPlaceholderData && !sameList && !loadingMore,
      indexProgress: list.data.exact ? null : (indexProgress ?? null),
    },
    error: restFailed ? list.error : index.isError ? index.error : null,
    isPaused: false,
    // The background index, or a newer archive's entry, failed: the list stays, with a notice and a Retry.
    isRefreshError: restFailed || index.isError || entry.isRefetchError,
    retry: () => void (restFailed ? list.refetch() : index.isError ? index.refetch() : entry.refetch()),
    retrying: (restFailed && list.isFetching) || index.isFetching || entry.isFetching,
  };
}

function sameFilters(a: ListRequest, b: ListRequest): boolean {
  return (
    JSON.stringify(a.scope) === JSON.stringify(b.scope) &&
    filtersSearch(a.filters) === filtersSearch(b.filters) &&
    a.read.join(',') === b.read.join(',')
  );
}
