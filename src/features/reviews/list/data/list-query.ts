import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArchiveEntry } from '../../api/review-api';
import { entryQuery, reviewKeys, scopeKey } from '../../api/review-queries';
import { PAGE_SIZE } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import type { FilterIndex } from '../engine/filter-index';
import { FACET_KEYS, filtersSearch, isDefaultFilters } from '../address/filters';
import {
  filterIndexQuery,
  namesInMemory,
  sketchesOf,
  withCards,
  type ListData,
  type ListRequest,
  type ListSource,
} from './list-data';
import { cardsInMemory, pageQuery } from './page-queries';

/**
 * The one list query: which reviews a list shows, for the route loader
 * (ensureQueryData) and the view (useQuery) alike. `listSource` is the one
 * rule that says where a list's data comes from; the engine that works out
 * any other list (engine-list.ts) is a chunk of its own, loaded the first
 * time a list needs it, so a plain first visit never downloads it.
 */

export function listSource({ filters, shown }: ListRequest, indexInMemory: boolean): ListSource {
  if (indexInMemory) return 'memory';
  // The facets' columns are only in the newest-first blocks: a scan of another order could not match them.
  if (filters.query || shown > PAGE_SIZE || FACET_KEYS.some((key) => filters[key] !== null)) return 'index';
  return isDefaultFilters(filters) ? 'page' : 'scan';
}

export const listQuery = (client: QueryClient, entry: ArchiveEntry, request: ListRequest, source: ListSource) =>
  queryOptions({
    queryKey: reviewKeys.list(
      entry.build,
      scopeKey(request.scope),
      filtersSearch(request.filters),
      request.shown,
      request.read.join(','),
      source,
    ),
    // The engine answers in steps (its first screen, then the page): the list shows each as it comes.
    queryFn:
      source === 'page'
        ? () => pageList(client, entry, request)
        : async (context): Promise<ListData> =>
            (await loadEngine()).streamedEngineList(client, entry, request, source)(context),
    // Drawn from memory, a list is there in the same render as its filters: no loading state, not even for a frame.
    initialData: () => (source === 'memory' ? listInMemory(client, entry, request) : undefined),
    // The files of a build never change, and each retries on its own (the app's policy): a list never does both.
    staleTime: Infinity,
    retry: false,
  });

/**
 * Starts (or, with `wait`, awaits) the downloads a list's first screen needs:
 * the route loader's part. The view reads the same query; a failure here is
 * shown by the view, which asks again.
 */
export async function loadList(client: QueryClient, request: ListRequest, { wait }: { wait: boolean }): Promise<void> {
  // A list the engine works out: its code downloads beside the archive's entry, not after it.
  if (!isDefaultFilters(request.filters)) void loadEngine().catch(() => undefined);
  const load = async () => {
    const entry = await client.ensureQueryData(entryQuery());
    // "Not read yet" needs this device's reading list, which the view reads.
    if (request.filters.unread) return;
    const indexInMemory = client.getQueryData(filterIndexQuery(entry).queryKey) !== undefined;
    await client.ensureQueryData(listQuery(client, entry, request, listSource(request, indexInMemory)));
  };
  if (wait) await load();
  else void load().catch(() => undefined);
}

/**
 * The engine's chunk, and the one it imports at once (facets-queries, a chunk
 * of its own that /genres shares), fetched together: one round trip, not two
 * in a row (the build adds no preloads: vite.config.ts, modulePreload).
 */
function loadEngine() {
  return Promise.all([import('./engine-list'), import('../../api/facets-queries')]).then(([engine]) => engine);
}

async function pageList(client: QueryClient, entry: ArchiveEntry, request: ListRequest): Promise<ListData> {
  const page = await client.fetchQuery(pageQuery(entry.build, request.scope));
  return {
    cards: page.cards,
    count: page.total,
    exact: true,
    genreCounts: null,
    facets: null,
    rejected: page.rejected,
    arriving: 0,
    sketches: [],
    request,
  };
}

/**
 * The list, worked out in memory, when the index, the cards and any words
 * searched for are all there. With `sketched`, also when only the titles are,
 * not every card: the cards already here, then a sketch (title, year, stars)
 * in each place still to come.
 */
function listInMemory(
  client: QueryClient,
  entry: ArchiveEntry,
  request: ListRequest,
  { sketched = false } = {},
): ListData | undefined {
  const index = client.getQueryData<FilterIndex>(reviewKeys.filterIndex(entry.build));
  const cards = client.getQueryData<(Card | null)[] | null>(reviewKeys.allCards(entry.build));
  const names = request.filters.query ? namesInMemory(client, entry.build, request.filters.query) : null;
  const excluded = request.filters.unread
    ? client.getQueryData<Uint32Array>(reviewKeys.readIds(entry.build, request.read.join(',')))
    : null;
  if (!index || (!cards && !sketched) || names === undefined || excluded === undefined) return undefined;
  const selection = index.select(request.scope, request.filters, names, excluded);
  const ids = Array.from(selection.ids.subarray(0, request.shown));
  const count = selection.ids.length;
  if (cards)
    return withCards(
      request,
      ids.map((id) => cards[id] ?? null),
      count,
      true,
      selection,
    );
  const here = cardsInMemory(client, entry.build, ids);
  const sketches = sketchesOf(client, entry.build, ids.slice(here.length));
  if (sketches.length === 0 && here.length < ids.length) return undefined;
  return withCards(request, here, count, true, selection, ids.length - here.length, sketches);
}

/** A list drawn at once while its cards load, each one still to come sketched; undefined when the titles are not in memory. */
export const sketchedList = (client: QueryClient, entry: ArchiveEntry, request: ListRequest) =>
  listInMemory(client, entry, request, { sketched: true });
