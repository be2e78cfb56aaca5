import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArchiveEntry } from '../api/review-api';
import { entryQuery, reviewKeys } from '../api/review-queries';
import type { TextResults } from './text-engine';

/**
 * The queries behind the search inside reviews, shared by its loader and its
 * view. The work is done by the text engine, a chunk of its own that the
 * loader starts loading with the page.
 */
const engine = () => import('./text-engine');

/**
 * A query's first `shown` results. The query's data grows as they arrive (the
 * first few at once, then one by one), so the page shows them before the
 * last has been read; a newer query (its signal aborts) stops the reading.
 */
export const textResultsQuery = (entry: ArchiveEntry, query: string, shown: number) =>
  queryOptions({
    queryKey: reviewKeys.textResults(entry.build, query, shown),
    queryFn: async ({ client, queryKey, signal }): Promise<TextResults> => {
      const publish = (results: TextResults) => {
        if (!signal.aborted) client.setQueryData(queryKey, results);
      };
      return (await engine()).collectResults(client, entry, query, shown, signal, publish);
    },
    // A build's results never change; results cut short by a newer query are read again when wanted.
    staleTime: (query) => (query.state.data?.complete ? Infinity : 0),
    structuralSharing: false,
    // Made of the files' own queries, which retry as the app's policy says: not again on top of that.
    retry: false,
  });

/**
 * What a search needs before its first query, started without waiting: the
 * archive's entry, the engine's code and the list of the index's chunks.
 */
export function startSearch(client: QueryClient): void {
  const start = async () => {
    const [entry, { prefetchTextKeys }] = await Promise.all([client.ensureQueryData(entryQuery()), engine()]);
    await prefetchTextKeys(client, entry.build);
  };
  // The view shows what fails (and asks again).
  void start().catch(() => undefined);
}

/** While the reader types: the index's chunks for the words so far (see text-engine.ts), once the engine is here. */
export function prefetchWhileTyping(client: QueryClient, text: string): void {
  const entry = client.getQueryData(entryQuery().queryKey);
  if (entry) void engine().then(({ prefetchTextChunks }) => prefetchTextChunks(client, entry, text));
}
