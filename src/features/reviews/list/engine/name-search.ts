import { queryOptions, type QueryClient } from '@tanstack/react-query';
import pLimit from 'p-limit';
import { prefersLessData } from '@/lib/connection';
import { fetchWithin } from '@/lib/fetch-within';
import { fetchNameKeys, fetchNames } from '../../api/index-api';
import { fromBuild, reviewKeys } from '../../api/review-queries';
import { MIN_SEARCH_WORD, searchChunkKey, searchWords } from '@/format/search-words';
import { PARALLEL_BLOCKS } from './index-engine';

/**
 * The name search (titles, directors, cast) over its published chunks: each
 * word of the query matches every indexed word it begins, and a review must
 * match every word of the query. Matching is pure; the rest fetches the
 * chunks a query needs, or all of them for the name index in memory.
 */

/** The ids of the reviews with a word that begins with `prefix`, ascending. */
export function idsStartingWith(chunk: ReadonlyMap<string, Uint32Array>, prefix: string): Uint32Array {
  const lists: Uint32Array[] = [];
  for (const [word, ids] of chunk) if (word.startsWith(prefix)) lists.push(ids);
  if (lists.length === 1) return lists[0]!;
  const union = new Set<number>();
  for (const ids of lists) for (const id of ids) union.add(id);
  return Uint32Array.from(union).sort();
}

/** The ids in every one of the lists, ascending. */
export function intersect(lists: readonly Uint32Array[]): Uint32Array {
  if (!lists.length) return new Uint32Array();
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((ids) => new Set(ids));
  return shortest!.filter((id) => sets.every((set) => set.has(id)));
}

/** The words of a query that can be looked up: single letters are too common to narrow anything. */
export function lookupWords(query: string): string[] {
  return [...new Set(searchWords(query).filter((word) => word.length >= MIN_SEARCH_WORD))];
}

type NamesChunk = Awaited<ReturnType<typeof fetchNames>>;

const nameKeysQuery = (client: QueryClient, build: string) =>
  queryOptions({
    queryKey: reviewKeys.nameKeys(build),
    queryFn: ({ signal }) => fromBuild(client, build, () => fetchNameKeys(build, { signal })),
    staleTime: Infinity,
  });

const namesQuery = (client: QueryClient, build: string, key: string) =>
  queryOptions({
    queryKey: reviewKeys.names(build, key),
    queryFn: ({ signal }) => fromBuild(client, build, () => fetchNames(build, key, { signal })),
    structuralSharing: false,
    staleTime: Infinity,
  });

/** The reviews whose names match every word: null when no word can narrow the list. */
function matchNames(words: readonly string[], chunkOf: (key: string) => NamesChunk | undefined): Uint32Array | null {
  if (!words.length) return null;
  return intersect(words.map((word) => idsStartingWith(chunkOf(searchChunkKey(word)) ?? new Map(), word)));
}

/** The ids of the reviews whose title, director or cast has words beginning with each word of the query. */
export async function searchNames(client: QueryClient, build: string, query: string): Promise<Uint32Array | null> {
  const words = lookupWords(query);
  if (!words.length) return null;
  const keys = await client.fetchQuery(nameKeysQuery(client, build));
  const chunks = new Map<string, NamesChunk>();
  await Promise.all(
    words
      .map(searchChunkKey)
      .filter((key) => keys.has(key))
      .map(async (key) => chunks.set(key, await client.fetchQuery(namesQuery(client, build, key)))),
  );
  return matchNames(words, (key) => chunks.get(key));
}

/** Every chunk of the name search, in memory: a search of any words, at once. */
export class NameIndex {
  constructor(private readonly chunks: ReadonlyMap<string, NamesChunk>) {}

  search(query: string): Uint32Array | null {
    return matchNames(lookupWords(query), (key) => this.chunks.get(key));
  }
}

/** The whole name search, a few chunks at a time; null when the reader would rather save data. */
export async function loadNameIndex(
  client: QueryClient,
  build: string,
  signal?: AbortSignal,
): Promise<NameIndex | null> {
  if (prefersLessData()) return null;
  const keys = await fetchWithin(client, nameKeysQuery(client, build), signal);
  const limit = pLimit(PARALLEL_BLOCKS);
  const chunks = await Promise.all(
    [...keys].map((key) =>
      limit(async () => [key, await fetchWithin(client, namesQuery(client, build, key), signal)] as const),
    ),
  );
  return new NameIndex(new Map(chunks));
}
