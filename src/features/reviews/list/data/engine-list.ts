import { experimental_streamedQuery as streamedQuery, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import type { ArchiveEntry } from '../../api/review-api';
import { reviewKeys } from '../../api/review-queries';
import type { Card } from '@/format/card-schema';
import { nameSearchQuery, readIdsQuery } from './engine-queries';
import { scanFirstPage } from '../engine/index-engine';
import { cardQuery, cardsInMemory } from './page-queries';
import {
  filterIndexQuery,
  namesInMemory,
  progressKeys,
  sketchesOf,
  withCards,
  type ListData,
  type ListRequest,
  type ListSource,
} from './list-data';

/**
 * Any list but an unfiltered first page, worked out by the engine (see
 * list-query.ts, listSource): from the index in memory, from the whole index
 * once it has loaded, or by scanning the index's first blocks. Answered in up
 * to two steps (cardsAsTheyArrive): the first screen, then the whole page.
 * Part of the engine's chunk.
 */
export async function* engineList(
  client: QueryClient,
  entry: ArchiveEntry,
  request: ListRequest,
  source: Exclude<ListSource, 'page'>,
): AsyncGenerator<ListData> {
  const { scope, filters, shown } = request;
  const excluded = filters.unread ? await client.fetchQuery(readIdsQuery(entry, request.read)) : null;
  if (source === 'scan') {
    const first = await scanFirstPage(client, entry, scope, filters, progressKeys.scan(entry, request), excluded);
    for await (const { found, arriving } of cardsAsTheyArrive(client, entry.build, first.ids))
      yield withCards(request, found, first.count, first.exact, null, arriving, sketches(first.ids, arriving));
    return;
  }
  const [index, names] = await Promise.all([
    client.fetchQuery(filterIndexQuery(entry)),
    filters.query ? matchingNames(client, entry.build, filters.query) : null,
  ]);
  const selection = index.select(scope, filters, names, excluded);
  const ids = Array.from(selection.ids.subarray(0, shown));
  for await (const { found, arriving } of cardsAsTheyArrive(client, entry.build, ids))
    yield withCards(request, found, selection.ids.length, true, selection, arriving, sketches(ids, arriving));

  /** The last `arriving` places of a page, sketched if the titles are in memory. */
  function sketches(ids: readonly number[], arriving: number) {
    return arriving > 0 ? sketchesOf(client, entry.build, ids.slice(ids.length - arriving)) : [];
  }
}

/** The list query's function for the engine's sources (list-query.ts): each step of engineList becomes its data. */
export const streamedEngineList = (
  client: QueryClient,
  entry: ArchiveEntry,
  request: ListRequest,
  source: Exclude<ListSource, 'page'>,
) =>
  streamedQuery({
    streamFn: () => engineList(client, entry, request, source),
    reducer: (_before, list: ListData) => list,
    initialValue: withCards(request, [], 0, false),
  });

/** The cards of a first screen: two rows of three on a desktop, more than a phone shows. */
export const FIRST_SCREEN = 6;
/** How long the rest of a page may take to join its first screen in one answer: less than a reader notices. */
const JOIN_MS = 50;

/**
 * The cards of some reviews, in order: all at once when they arrive together
 * (from memory, or a fast link), else first the first screen's (or all those
 * already here, after "Show more"), with how many are still arriving, then all
 * of them. On 3G a page's cards come about six at a time (one per
 * connection), so the top of the list shows a second or more before its end.
 */
export async function* cardsAsTheyArrive(
  client: QueryClient,
  build: string,
  ids: readonly number[],
): AsyncGenerator<{ found: (Card | null)[]; arriving: number }> {
  const all = fetchCards(client, build, ids);
  const here = cardsInMemory(client, build, ids).length;
  const first = Math.max(FIRST_SCREEN, here);
  if (here < ids.length && first < ids.length) {
    const firstPart = fetchCards(client, build, ids.slice(0, first));
    const joined = await Promise.race([all, firstPart.then(async () => delay(JOIN_MS)).then(() => null)]);
    if (joined === null) yield { found: await firstPart, arriving: ids.length - first };
  }
  yield { found: await all, arriving: 0 };
}

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

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
