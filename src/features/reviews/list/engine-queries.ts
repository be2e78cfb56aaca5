import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { reviewKeys } from '../api/review-queries';
import type { ArchiveEntry } from '../api/review-api';
import type { ListScope } from '../format/archive-layout';
import type { Card } from '../format/card-schema';
import { filtersSearch, isDefaultFilters, type ListFilters } from './filters';
import { loadAllCards, loadFilterIndex, readIds, scanFirstPage, searchNames, type FirstPage } from './index-engine';
import { cardQuery, pageQuery } from './page-queries';

/**
 * The queries of a list beyond its published first page: a first page
 * scanned from the filter index, the whole index, the name search, the ids
 * of the reviews read on this device, and cards by id. Part of the engine's
 * chunk (index-engine.ts), loaded after a list's first paint or as soon as
 * its filters need it.
 *
 * Each is made of the files' own queries (fetchQuery), which retry a failed
 * file as the app's policy says: these never retry themselves, or one file
 * would be tried three times three times.
 */
const composed = { retry: false, staleTime: Infinity } as const;

export const firstPageProgressKey = (entry: ArchiveEntry, scope: ListScope, filters: ListFilters) =>
  JSON.stringify(reviewKeys.firstPage(entry.build, scope, filtersSearch(filters)));

/** `read`: the slugs read on this device, for "Not read yet" (else empty). */
export const firstPageQuery = (entry: ArchiveEntry, scope: ListScope, filters: ListFilters, read: readonly string[]) =>
  queryOptions({
    queryKey: [...reviewKeys.firstPage(entry.build, scope, filtersSearch(filters)), read.join(',')],
    queryFn: async ({ client }): Promise<FirstPage> => {
      if (isDefaultFilters(filters)) {
        const page = await client.fetchQuery(pageQuery(entry.build, scope));
        return { ids: page.ids, count: page.total, exact: true, rejected: page.rejected };
      }
      const progressKey = firstPageProgressKey(entry, scope, filters);
      const excluded = filters.unread ? await client.fetchQuery(readIdsQuery(entry, read)) : null;
      return scanFirstPage(client, entry, scope, filters, progressKey, excluded);
    },
    ...composed,
  });

/** The ids, in this build, of the reviews read on this device. */
export const readIdsQuery = (entry: ArchiveEntry, read: readonly string[]) =>
  queryOptions({
    queryKey: reviewKeys.readIds(entry.build, read.join(',')),
    queryFn: ({ client }) => readIds(client, entry, read),
    structuralSharing: false,
    ...composed,
  });

export const filterIndexProgressKey = (entry: ArchiveEntry) => JSON.stringify(reviewKeys.filterIndex(entry.build));

/** The whole archive's filter index, for exact counts and instant filter changes. */
export const filterIndexQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.filterIndex(entry.build),
    queryFn: ({ client }) => loadFilterIndex(client, entry, filterIndexProgressKey(entry)),
    structuralSharing: false,
    ...composed,
  });

/** The ids of the reviews whose title, director or cast match every word of the query; null when no word can narrow it. */
export const nameSearchQuery = (build: string, query: string) =>
  queryOptions({
    queryKey: reviewKeys.nameSearch(build, query),
    queryFn: ({ client }) => searchNames(client, build, query),
    structuralSharing: false,
    ...composed,
  });

export const allCardsProgressKey = (entry: ArchiveEntry) => JSON.stringify(reviewKeys.allCards(entry.build));

/** Every card of the archive, by id: read in the background once the filter index is in, for lists drawn from memory. */
export const allCardsQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.allCards(entry.build),
    queryFn: ({ client }) => loadAllCards(client, entry, allCardsProgressKey(entry)),
    structuralSharing: false,
    ...composed,
  });

/**
 * The cards of some reviews, in order, broken ones as null: from memory once
 * every card is in (`cardsInMemory`), else each fetched (and cached) on its own.
 */
export const cardsQuery = (client: QueryClient, build: string, ids: readonly number[]) =>
  queryOptions({
    queryKey: [...reviewKeys.build(build), 'cards', ids.join(',')],
    queryFn: () => cardsInMemory(client, build, ids) ?? fetchCards(client, build, ids),
    // A list drawn from memory is there in the same render as its filters: no loading state, not even for a frame.
    initialData: () => cardsInMemory(client, build, ids),
    ...composed,
  });

/** The cards of these reviews, if every card of the build is in memory. */
function cardsInMemory(client: QueryClient, build: string, ids: readonly number[]): (Card | null)[] | undefined {
  const all = client.getQueryData<(Card | null)[]>(reviewKeys.allCards(build));
  return all && ids.map((id) => all[id] ?? null);
}

async function fetchCards(client: QueryClient, build: string, ids: readonly number[]): Promise<(Card | null)[]> {
  return Promise.all(
    ids.map((id) =>
      client.fetchQuery(cardQuery(build, id)).catch((error: unknown) => {
        // Bad data stays out of the list (and is counted); a failed network fails the whole page, to retry.
        if (isApiError(error) && !error.isTransient) return null;
        throw error;
      }),
    ),
  );
}
