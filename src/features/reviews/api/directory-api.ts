import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import { directoryPaths, DIRECTORY_MAX_BYTES } from '../format/archive-layout';
import type { Card } from '../format/card-schema';
import {
  criticListSchema,
  criticPageSchema,
  criticSchema,
  criticsIndexSchema,
  listsIndexSchema,
  personSchema,
  type Critic,
  type CriticList,
  type ListSummary,
  type Person,
} from '../format/directory-schema';
import { checkCards } from './check-cards';
import type { FetchOptions } from './review-api';
import { reviewKeys } from './review-queries';

/**
 * The documents about people, critics and critics' lists (see review-api.ts):
 * the code of their pages, loaded with them. Each is a detail document,
 * checked whole; a critic's cards are checked one by one, as a list's are.
 */

/** A critic with their cards checked: broken ones dropped (and reported in the console). */
export type CheckedCritic = Omit<Critic, 'cards'> & { cards: Card[] };

export async function fetchPerson(slug: string, { signal }: FetchOptions = {}): Promise<Person> {
  return fetchJson(apiUrl(directoryPaths.person(slug)), personSchema, { signal, maxBytes: DIRECTORY_MAX_BYTES.person });
}

export async function fetchCritic(slug: string, { signal }: FetchOptions = {}): Promise<CheckedCritic> {
  const critic = await fetchJson(apiUrl(directoryPaths.critic(slug)), criticSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.critic,
  });
  return { ...critic, cards: checkCards(critic.cards).cards };
}

/** Page `page` (from 1) of a critic's older reviews' cards. */
export async function fetchCriticPage(slug: string, page: number, { signal }: FetchOptions = {}): Promise<Card[]> {
  const file = await fetchJson(apiUrl(directoryPaths.criticPage(slug, page)), criticPageSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.critic,
  });
  return checkCards(file.cards).cards;
}

export async function fetchCritics({ signal }: FetchOptions = {}) {
  const file = await fetchJson(apiUrl(directoryPaths.critics()), criticsIndexSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.index,
  });
  return file.critics;
}

export async function fetchLists({ signal }: FetchOptions = {}): Promise<ListSummary[]> {
  const file = await fetchJson(apiUrl(directoryPaths.lists()), listsIndexSchema, {
    signal,
    maxBytes: DIRECTORY_MAX_BYTES.index,
  });
  return file.lists;
}

export async function fetchList(slug: string, { signal }: FetchOptions = {}): Promise<CriticList> {
  return fetchJson(apiUrl(directoryPaths.list(slug)), criticListSchema, { signal, maxBytes: DIRECTORY_MAX_BYTES.list });
}

export const personQuery = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.directory('person', slug),
    queryFn: ({ signal }) => fetchPerson(slug, { signal }),
  });

export const criticQuery = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.directory('critic', slug),
    queryFn: ({ signal }) => fetchCritic(slug, { signal }),
  });

export const criticPageQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: reviewKeys.directory('critic-page', `${slug}/${page}`),
    queryFn: ({ signal }) => fetchCriticPage(slug, page, { signal }),
  });

export const criticsQuery = () =>
  queryOptions({
    queryKey: reviewKeys.directory('critics', 'index'),
    queryFn: ({ signal }) => fetchCritics({ signal }),
  });

export const listsQuery = () =>
  queryOptions({
    queryKey: reviewKeys.directory('lists', 'index'),
    queryFn: ({ signal }) => fetchLists({ signal }),
  });

export const listQuery = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.directory('list', slug),
    queryFn: ({ signal }) => fetchList(slug, { signal }),
  });
