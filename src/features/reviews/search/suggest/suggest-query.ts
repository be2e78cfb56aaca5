import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ArchiveEntry } from '../../api/review-api';
import { reviewKeys } from '../../api/review-queries';
import type { Card } from '@/format/card-schema';
import { fetchCards, matchingNames } from '../../list/data/engine-list';
import { nameIndexQuery } from '../../list/data/list-data';

/**
 * The header's suggestions: the reviews whose title, director or cast match
 * what is typed, by the list's own name search (the same index, the same
 * rules, newest first), with their cards.
 */

/** Reviews suggested at most; "Search inside reviews" always comes after them. */
export const MAX_SUGGESTIONS = 6;

export const suggestionsQuery = (build: string, query: string) =>
  queryOptions({
    queryKey: reviewKeys.suggestions(build, query),
    queryFn: async ({ client }): Promise<Card[]> => {
      const ids = await matchingNames(client, build, query);
      if (!ids) return [];
      const cards = await fetchCards(client, build, Array.from(ids.subarray(0, MAX_SUGGESTIONS)));
      return cards.filter((card) => card !== null);
    },
    // Made of the files' own queries, which retry as the app's policy says: this one never retries them again.
    retry: false,
    staleTime: Infinity,
  });

/**
 * Starts loading the whole name search, so that every keystroke is answered
 * from memory. On Save-Data or a slow connection nameIndexQuery fetches
 * nothing, and each query fetches only its own words' chunks instead.
 */
export function prepareSuggestions(client: QueryClient, entry: ArchiveEntry): void {
  void client.prefetchQuery(nameIndexQuery(entry));
}
