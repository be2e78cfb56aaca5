import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import { directoryPaths, DIRECTORY_MAX_BYTES } from '@/format/directory-layout';
import type { CriticList, ListSummary, Person } from '@/format/directory-schema';
import type { FetchOptions } from './review-api';
import { reviewKeys } from './review-queries';

/**
 * The documents about people, critics and critics' lists (see review-api.ts):
 * the code of their pages, loaded with them. Each is a detail document,
 * checked whole. A critic's page is in critic-api.ts, with its own code.
 * Their schemas are imported when a document is fetched: a chunk of their own
 * (see lib/schema-check.ts), never in a page's first load.
 */

const schemas = () => import('@/format/directory-schema');

/**
 * Query keys of these documents, under the reviews' (review-queries.ts): like
 * a review, outside any build. Only these pages' code holds them.
 */
export const directoryKeys = {
  document: (kind: 'person' | 'critic' | 'critic-page' | 'critics' | 'lists' | 'list', slug: string) =>
    [...reviewKeys.all, 'directory', kind, slug] as const,
};

export async function fetchPerson(slug: string, { signal }: FetchOptions = {}): Promise<Person> {
  return fetchJson(apiUrl(directoryPaths.person(slug)), async () => (await schemas()).personSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.person,
  });
}

export async function fetchCritics({ signal }: FetchOptions = {}) {
  const file = await fetchJson(apiUrl(directoryPaths.critics()), async () => (await schemas()).criticsIndexSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.index,
  });
  return file.critics;
}

export async function fetchLists({ signal }: FetchOptions = {}): Promise<ListSummary[]> {
  const file = await fetchJson(apiUrl(directoryPaths.lists()), async () => (await schemas()).listsIndexSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.index,
  });
  return file.lists;
}

export async function fetchList(slug: string, { signal }: FetchOptions = {}): Promise<CriticList> {
  return fetchJson(apiUrl(directoryPaths.list(slug)), async () => (await schemas()).criticListSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.list,
  });
}

export const personQuery = (slug: string) =>
  queryOptions({
    queryKey: directoryKeys.document('person', slug),
    queryFn: ({ signal }) => fetchPerson(slug, { signal }),
  });

export const criticsQuery = () =>
  queryOptions({
    queryKey: directoryKeys.document('critics', 'index'),
    queryFn: ({ signal }) => fetchCritics({ signal }),
  });

export const listsQuery = () =>
  queryOptions({
    queryKey: directoryKeys.document('lists', 'index'),
    queryFn: ({ signal }) => fetchLists({ signal }),
  });

export const listQuery = (slug: string) =>
  queryOptions({
    queryKey: directoryKeys.document('list', slug),
    queryFn: ({ signal }) => fetchList(slug, { signal }),
  });
