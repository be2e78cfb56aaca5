import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import type { ListScope, SortKey } from '@/format/archive-layout';
import { fetchEntry } from './review-api';

/**
 * Query keys, only ever built here: reviews → entry / build → its files /
 * review. Every file of a build is keyed by the build, so two builds never mix
 * in one view: when a new one is published, the entry names it and every
 * view reads its files afresh.
 */
export const reviewKeys = {
  all: ['reviews'] as const,
  entry: () => [...reviewKeys.all, 'entry'] as const,
  build: (build: string) => [...reviewKeys.all, 'build', build] as const,
  page: (build: string, scope: ListScope) => [...reviewKeys.build(build), 'page', scopeKey(scope)] as const,
  block: (build: string, sort: SortKey, block: number) => [...reviewKeys.build(build), 'block', sort, block] as const,
  card: (build: string, id: number) => [...reviewKeys.build(build), 'card', id] as const,
  cardChunk: (build: string, chunk: number) => [...reviewKeys.build(build), 'card-chunk', chunk] as const,
  titles: (build: string, block: number) => [...reviewKeys.build(build), 'titles', block] as const,
  /** Every film title of the build, by id: the title files together. */
  allTitles: (build: string) => [...reviewKeys.build(build), 'all-titles'] as const,
  /** Every card of the build, by id: the card chunks together. */
  allCards: (build: string) => [...reviewKeys.build(build), 'all-cards'] as const,
  /** Every chunk of the name search, as one index. */
  allNames: (build: string) => [...reviewKeys.build(build), 'all-names'] as const,
  nameKeys: (build: string) => [...reviewKeys.build(build), 'name-keys'] as const,
  names: (build: string, key: string) => [...reviewKeys.build(build), 'names', key] as const,
  idBucket: (build: string, bucket: number) => [...reviewKeys.build(build), 'ids', bucket] as const,
  /** The ids of some reviews (the ones read on this device), by their slugs. */
  readIds: (build: string, slugs: string) => [...reviewKeys.build(build), 'read-ids', slugs] as const,
  /** A list: its scope, its filters as a canonical query string, how many shown, what was read, where it came from. */
  list: (build: string, scope: string, filters: string, shown: number, read: string, source: string) =>
    [...reviewKeys.build(build), 'list', scope, filters, shown, read, source] as const,
  filterIndex: (build: string) => [...reviewKeys.build(build), 'filter-index'] as const,
  facets: (build: string) => [...reviewKeys.build(build), 'facets'] as const,
  nameSearch: (build: string, query: string) => [...reviewKeys.build(build), 'name-search', query] as const,
  /** The header's suggestions: the cards of a name search's first matches. */
  suggestions: (build: string, query: string) => [...reviewKeys.nameSearch(build, query), 'suggestions'] as const,
  textKeys: (build: string) => [...reviewKeys.build(build), 'text-keys'] as const,
  text: (build: string, key: string) => [...reviewKeys.build(build), 'text', key] as const,
  /** Search inside reviews: the reviews that match a query, best first; then its results, `shown` of them. */
  textMatches: (build: string, query: string) => [...reviewKeys.build(build), 'text-matches', query] as const,
  textResults: (build: string, query: string, shown: number) =>
    [...reviewKeys.build(build), 'text-results', query, shown] as const,
  detail: (slug: string) => [...reviewKeys.all, 'detail', slug] as const,
};

export function scopeKey(scope: ListScope): string {
  return scope.kind === 'all' ? 'all' : scope.kind === 'genre' ? scope.genre : String(scope.stars);
}

export const entryQuery = () =>
  queryOptions({
    queryKey: reviewKeys.entry(),
    queryFn: ({ signal }) => fetchEntry({ signal }),
  });

/**
 * Fetches a file of a build. If it has gone (a newer build replaced it and the
 * host kept only that one), asks for the entry again, so that every view
 * moves to the new build as a whole instead of failing.
 */
export async function fromBuild<T>(client: QueryClient, build: string, fetch: () => Promise<T>): Promise<T> {
  try {
    return await fetch();
  } catch (error) {
    if (isApiError(error) && error.kind === 'not-found') {
      const entry = await client.fetchQuery({ ...entryQuery(), staleTime: 0 }).catch(() => null);
      if (entry && entry.build !== build) console.info(`Reel Notes: build ${build} was replaced by ${entry.build}.`);
    }
    throw error;
  }
}
