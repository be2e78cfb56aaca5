import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArchiveEntry } from '../../api/review-api';
import { reviewKeys, scopeKey } from '../../api/review-queries';
import type { ListScope } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import type { Genre } from '@/format/genres';
import { filtersSearch, type ListFilters } from '../address/filters';
import type { FacetCounts } from '../address/facet-labels';
import type { FilterIndex, Selection } from '../engine/filter-index';
import type { NameIndex } from '../engine/name-search';

/**
 * What the list query (list-query.ts) and the engine (engine-list.ts) share:
 * a list as asked for and as answered, and the background downloads that
 * let the engine work out any list in memory.
 */

/** A list as asked for: the address's scope and filters, how many are shown, and (for "Not read yet") what was read. */
export interface ListRequest {
  scope: ListScope;
  filters: ListFilters;
  shown: number;
  /** The slugs read on this device; empty unless the filter "Not read yet" is on. */
  read: readonly string[];
}

/** What a list holds: its cards, and what is known of its matches. */
export interface ListData {
  /** The cards shown, in order: up to `shown` of them. */
  cards: Card[];
  /** How many reviews match: exactly, or at least this many while the index is still loading. */
  count: number;
  exact: boolean;
  /** For each genre, how many matches are in it; known once the whole index is loaded. */
  genreCounts: Map<Genre, number> | null;
  /** For each value of each facet (decade, country…), how many reviews choosing it would leave; as genreCounts. */
  facets: FacetCounts | null;
  /** Reviews that could not be shown because their published data is broken. */
  rejected: number;
  /** Cards of this page still on their way, after `cards`: a slow link shows the first screen before the rest. */
  arriving: number;
  /** What the places of the cards still arriving show, in order, when it is known: each film's title, year and stars. */
  sketches: readonly (CardSketch | null)[];
  /** The request this is the answer to (the view tells "Show more" from a new filter by it). */
  request: ListRequest;
}

/** A card before it has arrived: what the filter index and the title files know of its review. */
export interface CardSketch {
  id: number;
  title: string;
  year: number;
  /** Out of 5, in half stars, as a card's. */
  rating: number;
}

/**
 * Where a list's data comes from:
 * - `memory`: the whole filter index is in memory, so any list is worked out at once;
 * - `page`: an unfiltered list's first page, one published file with its cards;
 * - `index`: a search, or more than a first page, waits for the whole index (and a search for its words);
 * - `scan`: any other first page reads the index's blocks in the chosen order until a page matches.
 */
export type ListSource = 'memory' | 'page' | 'index' | 'scan';

/**
 * The background loads' options: their data (typed arrays, class instances) is compared by identity; a build never
 * changes; each file in them retries on its own, as the app's policy says, so the whole never retries too.
 */
const backgroundLoad = { structuralSharing: false, staleTime: Infinity, retry: false } as const;

/** The whole archive's filter index: for exact counts, the genre counts, and any list at once. */
export const filterIndexQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.filterIndex(entry.build),
    // Reading the signal lets a query no view uses any more stop (TanStack Query cancels it).
    queryFn: async ({ client, signal }) =>
      (await import('../engine/index-engine')).loadFilterIndex(client, entry, progressKeys.index(entry), signal),
    ...backgroundLoad,
  });

/**
 * Every card of the archive, by id (a broken one null): read after the index, so that lists need no request.
 * Null on Save-Data or a connection of 3G or slower: there, cards are fetched as lists need them.
 */
export const allCardsQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.allCards(entry.build),
    queryFn: async ({ client, signal }) => (await import('../engine/index-engine')).loadAllCards(client, entry, signal),
    ...backgroundLoad,
  });

/**
 * Every film title of the archive, by id: read after the index and before the cards, so that a list's new order
 * shows at once, each place with its film's title, year and stars, while its cards load. Null as allCardsQuery.
 */
export const allTitlesQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.allTitles(entry.build),
    queryFn: async ({ client, signal }) =>
      (await import('../engine/index-engine')).loadAllTitles(client, entry, signal),
    ...backgroundLoad,
  });

/** The whole name search, read after the cards: a search of any words needs no request. Null as allCardsQuery. */
export const nameIndexQuery = (entry: ArchiveEntry) =>
  queryOptions({
    queryKey: reviewKeys.allNames(entry.build),
    queryFn: async ({ client, signal }) =>
      (await import('../engine/name-search')).loadNameIndex(client, entry.build, signal),
    ...backgroundLoad,
  });

/** The reviews a search matches, if its words are known in memory (undefined if not; null: no word narrows it). */
export function namesInMemory(client: QueryClient, build: string, query: string): Uint32Array | null | undefined {
  const index = client.getQueryData<NameIndex | null>(reviewKeys.allNames(build));
  return index ? index.search(query) : client.getQueryData<Uint32Array | null>(reviewKeys.nameSearch(build, query));
}

/**
 * What the places of some reviews' cards can show before the cards arrive
 * (each film's title, year and stars): known once the filter index and the
 * title files are in memory; else none.
 */
export function sketchesOf(client: QueryClient, build: string, ids: readonly number[]): (CardSketch | null)[] {
  const index = client.getQueryData<FilterIndex>(reviewKeys.filterIndex(build));
  const titles = client.getQueryData<string[] | null>(reviewKeys.allTitles(build));
  if (!index || !titles) return [];
  return ids.map((id) => {
    const title = titles[id];
    return title === undefined ? null : { id, title, ...index.glance(id) };
  });
}

/** A list from the cards of its first matches (a broken one null, and counted) and what is known of the rest. */
export function withCards(
  request: ListRequest,
  found: readonly (Card | null)[],
  count: number,
  exact: boolean,
  counts: Pick<Selection, 'genreCounts' | 'facets'> | null = null,
  arriving = 0,
  sketches: readonly (CardSketch | null)[] = [],
): ListData {
  // A broken card, or a second card with a slug already shown, is left out and counted.
  const slugs = new Set<string>();
  const cards = found.filter((card): card is Card => card !== null && !slugs.has(card.slug) && !!slugs.add(card.slug));
  return {
    cards,
    count,
    exact,
    genreCounts: counts?.genreCounts ?? null,
    facets: counts?.facets ?? null,
    rejected: found.length - cards.length,
    arriving,
    sketches,
    request,
  };
}

/** Keys of the progress of a list's long downloads (lib/progress.ts), for the view to show. */
export const progressKeys = {
  index: (entry: ArchiveEntry) => JSON.stringify(reviewKeys.filterIndex(entry.build)),
  scan: (entry: ArchiveEntry, { scope, filters }: ListRequest) =>
    JSON.stringify([...reviewKeys.build(entry.build), 'scan', scopeKey(scope), filtersSearch(filters)]),
};
