import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { LoadState } from '@/components/query-state';
import { prefersLessData } from '@/lib/connection';
import { useProgress, type Progress } from '@/lib/progress';
import type { ArchiveEntry } from '../api/review-api';
import { entryQuery } from '../api/review-queries';
import { PAGE_SIZE, type ListScope } from '../format/archive-layout';
import type { Card } from '../format/card-schema';
import type { Genre } from '../format/genres';
import type { ListFilters } from './filters';
import {
  allCardsQuery,
  cardsQuery,
  filterIndexProgressKey,
  filterIndexQuery,
  firstPageProgressKey,
  firstPageQuery,
  nameSearchQuery,
  readIdsQuery,
} from './engine-queries';
import { useReadSlugs } from './use-read-slugs';

/** What a list view shows. */
export interface ReviewList {
  /** The cards shown, in order: up to `shown` of them. */
  cards: Card[];
  /** How many reviews match: exactly, or at least this many while the index is still loading. */
  count: number;
  exact: boolean;
  /** More cards are on their way (after "Show more"). */
  loadingMore: boolean;
  /** A newer filter's results are being worked out: what is shown is the previous filter's. */
  updating: boolean;
  /** For each genre, how many matches are in it; known once the whole index is loaded. */
  genreCounts: Map<Genre, number> | null;
  /** Reviews that could not be shown because their published data is broken. */
  rejected: number;
  /** The whole index is loading in the background: how far it has got. */
  indexProgress: Progress | null;
  /** Every card of the archive is in memory: any other list is drawn without a request. */
  allCards: boolean;
}

/** Stands in for the entry while it loads, in queries that stay disabled until it arrives. */
const NO_ARCHIVE: ArchiveEntry = { build: '', total: 0, genreTotals: new Map(), starTotals: new Map() };

/**
 * The reviews of a list view. Its first page comes from a few small files
 * (the first page file, or the first blocks of the filter index and the cards
 * they point to); once it has painted, the whole filter index loads in the
 * background, after which every filter, sort and count is worked out in
 * memory. A search waits for the index and its own chunks of the name search.
 */
export function useReviewList(scope: ListScope, filters: ListFilters, shown: number): LoadState<ReviewList> {
  const client = useQueryClient();
  const entry = useQuery(entryQuery());
  const archive = entry.data ?? NO_ARCHIVE;
  const deferred = useDeferredValue(filters);
  const searching = deferred.query !== '';
  const read = useReadSlugs(deferred.unread);
  const readIds = useQuery({
    ...readIdsQuery(archive, read ?? []),
    enabled: !!entry.data && read !== null,
    placeholderData: keepPreviousData,
  });
  // "Not read yet" waits for this device's read marks; until then, nothing is excluded yet.
  const excluded = deferred.unread ? (readIds.data ?? null) : null;
  const unreadPending = deferred.unread && readIds.data === undefined;
  const [painted, setPainted] = useState(false);

  const index = useQuery({
    ...filterIndexQuery(archive),
    enabled: !!entry.data && (painted || searching || shown > PAGE_SIZE),
  });
  const names = useQuery({
    ...nameSearchQuery(archive.build, deferred.query),
    enabled: !!entry.data && searching,
    placeholderData: keepPreviousData,
  });
  // While a first search's words download, the list stays as it was (greyed), not a skeleton.
  const searchPending = searching && names.data === undefined;
  const selection = useMemo(
    () =>
      index.data?.select(
        scope,
        searchPending ? { ...deferred, query: '' } : deferred,
        searching ? (names.data ?? null) : null,
        excluded,
      ) ?? null,
    [index.data, names.data, searching, searchPending, excluded, scope, deferred],
  );
  // Once the index is in, the cards follow in the background (on a connection that can spare it), after which
  // any list is drawn from memory: no request, no loading state.
  const allCards = useQuery({ ...allCardsQuery(archive), enabled: !!index.data && !prefersLessData() });
  const first = useQuery({
    ...firstPageQuery(archive, scope, deferred, read ?? []),
    enabled: !!entry.data && !selection && !searching && !unreadPending,
  });
  const ids = selection ? Array.from(selection.ids.subarray(0, shown)) : (first.data?.ids ?? null);
  const cards = useQuery({
    ...cardsQuery(client, archive.build, ids ?? []),
    enabled: ids !== null,
    placeholderData: keepPreviousData,
  });
  const scanProgress = useProgress(entry.data && !selection ? firstPageProgressKey(archive, scope, deferred) : null);
  const indexProgress = useProgress(entry.data ? filterIndexProgressKey(archive) : null);

  const ready = !!cards.data;
  useEffect(() => {
    if (!ready || painted) return;
    // After the first page has painted, so the index never competes with it for the network.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);

  const steps: UseQueryResult<unknown>[] = [
    entry,
    ...(deferred.unread ? [readIds] : []),
    ...(searching ? [names, index] : selection ? [] : [first]),
    cards,
  ];
  const failed = steps.find((query) => query.isError && !query.data);
  if (failed) {
    return {
      data: undefined,
      error: failed.error,
      isPaused: false,
      isRefreshError: false,
      retry: () => void failed.refetch(),
      retrying: failed.isFetching,
    };
  }
  if (!cards.data) {
    return {
      data: undefined,
      error: null,
      isPaused: steps.some((query) => query.fetchStatus === 'paused'),
      isRefreshError: false,
      retry: () => undefined,
      retrying: false,
      progress: searching ? indexProgress : scanProgress,
    };
  }

  const shownCards = cards.data.filter((card) => card !== null);
  const newIds = cards.isPlaceholderData;
  return {
    data: {
      cards: shownCards,
      count: selection ? selection.ids.length : (first.data?.count ?? 0),
      exact: !!selection || !!first.data?.exact,
      // "Show more" keeps the cards on screen while the next ones arrive; a new filter greys them.
      loadingMore: newIds && ids !== null && ids.length > cards.data.length,
      updating:
        filters !== deferred ||
        searchPending ||
        unreadPending ||
        (newIds && !(ids !== null && ids.length > cards.data.length)),
      genreCounts: selection?.genreCounts ?? null,
      rejected: cards.data.length - shownCards.length + (selection ? 0 : (first.data?.rejected ?? 0)),
      indexProgress: selection ? null : (indexProgress ?? null),
      allCards: !!allCards.data,
    },
    error: index.isError ? index.error : null,
    isPaused: false,
    // The background index, or a newer archive's entry, failed: the list stays, with a notice and a Retry.
    isRefreshError: index.isError || entry.isRefetchError,
    retry: () => void (index.isError ? index.refetch() : entry.refetch()),
    retrying: index.isFetching || entry.isFetching,
  };
}
