import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { fetchCard, fetchPage } from '../api/list-api';
import { entryQuery, fromBuild, reviewKeys } from '../api/review-queries';
import type { ArchiveEntry } from '../api/review-api';
import type { ListScope } from '../format/archive-layout';
import type { Card } from '../format/card-schema';
import { filtersSearch, isDefaultFilters, type ListFilters } from './filters';
import type { FirstPage } from './index-engine';

/**
 * The queries behind a list view, shared by its loader (which starts or
 * awaits them) and its hook (which reads them). An unfiltered list's first
 * page is one published file; anything more is worked out by the index
 * engine, a chunk loaded the first time it is needed.
 */
const engine = () => import('./index-engine');

export const pageQuery = (build: string, scope: ListScope) =>
  queryOptions({
    queryKey: reviewKeys.page(build, scope),
    queryFn: async ({ client, signal }) => {
      const page = await fromBuild(client, build, () => fetchPage(build, scope, { signal }));
      // The page's cards are the same as the card files: one download serves both.
      page.cards.forEach((card, index) => client.setQueryData(reviewKeys.card(build, page.ids[index]!), card));
      return page;
    },
  });

export const cardQuery = (build: string, id: number) =>
  queryOptions({
    queryKey: reviewKeys.card(build, id),
    queryFn: ({ client, signal }) => fromBuild(client, build, () => fetchCard(build, id, { signal })),
    staleTime: Infinity,
  });

export const firstPageProgressKey = (entry: ArchiveEntry, scope: ListScope, filters: ListFilters) =>
  JSON.stringify(reviewKeys.firstPage(entry.build, scope, filtersSearch(filters)));

export const firstPageQuery = (entry: ArchiveEntry, scope: ListScope, filters: ListFilters) =>
  queryOptions({
    queryKey: reviewKeys.firstPage(entry.build, scope, filtersSearch(filters)),
    queryFn: async ({ client }): Promise<FirstPage> => {
      if (isDefaultFilters(filters)) {
        const page = await client.fetchQuery(pageQuery(entry.build, scope));
        return { ids: page.ids, count: page.total, exact: true, rejected: page.rejected };
      }
      const progressKey = firstPageProgressKey(entry, scope, filters);
      return (await engine()).scanFirstPage(client, entry, scope, filters, progressKey);
    },
    staleTime: Infinity,
  });

export const filterIndexProgressKey = (entry: ArchiveEntry) => JSON.stringify(reviewKeys.filterIndex(entry.build));

/** The whole archive's filter index, for exact counts and instant filter changes. */
export const filterIndexQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.filterIndex(entry.build),
    queryFn: async ({ client }) => (await engine()).loadFilterIndex(client, entry, filterIndexProgressKey(entry)),
    structuralSharing: false,
    staleTime: Infinity,
  });

/** The ids of the reviews whose title, director or cast match every word of the query; null when no word can narrow it. */
export const nameSearchQuery = (build: string, query: string) =>
  queryOptions({
    queryKey: reviewKeys.nameSearch(build, query),
    queryFn: async ({ client }) => (await engine()).searchNames(client, build, query),
    structuralSharing: false,
    staleTime: Infinity,
  });

/** The cards of some reviews, in order; each is fetched (and cached) on its own. Broken ones are null. */
export const cardsQuery = (build: string, ids: readonly number[]) =>
  queryOptions({
    queryKey: [...reviewKeys.build(build), 'cards', ids.join(',')],
    queryFn: ({ client }) => fetchCards(client, build, ids),
    staleTime: Infinity,
  });

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

/**
 * Everything a list's first screen needs, started (or, with `wait`, awaited):
 * the entry, then the first page and its cards, or for a search the name
 * matches and the whole index. Loaders call this; the view reads the same queries.
 */
export async function loadList(
  client: QueryClient,
  scope: ListScope,
  filters: ListFilters,
  { wait }: { wait: boolean },
): Promise<void> {
  const load = async () => {
    const entry = await client.ensureQueryData(entryQuery());
    // With the whole index in memory, the view works out any list at once: nothing to start here.
    if (client.getQueryData(filterIndexQuery(entry).queryKey)) return;
    if (filters.query) {
      await Promise.all([
        client.ensureQueryData(nameSearchQuery(entry.build, filters.query)),
        client.ensureQueryData(filterIndexQuery(entry)),
      ]);
      return;
    }
    const page = await client.ensureQueryData(firstPageQuery(entry, scope, filters));
    await client.ensureQueryData(cardsQuery(entry.build, page.ids));
  };
  if (wait) await load();
  // In the browser the view shows its skeleton at once and reads these queries as they land;
  // a failure here is shown by the view, which asks again.
  else void load().catch(() => undefined);
}
