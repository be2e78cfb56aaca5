import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import type { ArchiveEntry } from '../../api/review-api';
import { reviewKeys } from '../../api/review-queries';
import type { Card } from '@/format/card-schema';
import { nameSearchQuery, readIdsQuery } from './engine-queries';
import { scanFirstPage } from '../engine/index-engine';
import { cardQuery } from './page-queries';
import {
  filterIndexQuery,
  namesInMemory,
  progressKeys,
  withCards,
  type ListData,
  type ListRequest,
  type ListSource,
} from './list-data';

/**
 * Any list but an unfiltered first page, worked out by the engine (see
 * list-query.ts, listSource): from the index in memory, from the whole index
 * once it has loaded, or by scanning the index's first blocks. Part of the
 * engine's chunk.
 */
export async function engineList(
  client: QueryClient,
  entry: ArchiveEntry,
  request: ListRequest,
  source: Exclude<ListSource, 'page'>,
): Promise<ListData> {
  const { scope, filters, shown } = request;
  const excluded = filters.unread ? await client.fetchQuery(readIdsQuery(entry, request.read)) : null;
  if (source === 'scan') {
    const first = await scanFirstPage(client, entry, scope, filters, progressKeys.scan(entry, request), excluded);
    return withCards(request, await fetchCards(client, entry.build, first.ids), first.count, first.exact);
  }
  const [index, names] = await Promise.all([
    client.fetchQuery(filterIndexQuery(entry)),
    filters.query ? matchingNames(client, entry.build, filters.query) : null,
  ]);
  const selection = index.select(scope, filters, names, excluded);
  const ids = Array.from(selection.ids.subarray(0, shown));
  return withCards(request, await fetchCards(client, entry.build, ids), selection.ids.length, true, selection);
}

/**
 * The reviews whose title, director or cast match every word of the query, newest first (null when no word can
 * narrow them): from the whole name search in memory, else from the chunks of the query's words. The list's
 * search box and the header's suggestions both ask here.
 */
export async function matchingNames(client: QueryClient, build: string, query: string): Promise<Uint32Array | null> {
  return namesInMemory(client, build, query) ?? client.fetchQuery(nameSearchQuery(build, query));
}

/**
 * The cards of some reviews, in order, a broken one as null: from memory once
 * every card is in, else each fetched (and cached) on its own.
 */
export async function fetchCards(client: QueryClient, build: string, ids: readonly number[]): Promise<(Card | null)[]> {
  const all = client.getQueryData<(Card | null)[] | null>(reviewKeys.allCards(build));
  if (all) return ids.map((id) => all[id] ?? null);
  return Promise.all(
    ids.map((id) =>
      client.fetchQuery(cardQuery(build, id)).catch((error: unknown) => {
        // Bad data stays out of the list (and is counted); a failed network fails the whole list, to retry.
        if (isApiError(error) && !error.isTransient) return null;
        throw error;
      }),
    ),
  );
}
