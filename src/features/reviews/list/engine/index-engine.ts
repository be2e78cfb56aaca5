import { queryOptions, type QueryClient } from '@tanstack/react-query';
import pLimit from 'p-limit';
import { prefersLessData } from '@/lib/connection';
import { reportProgress } from '@/lib/progress';
import { fetchBlock, fetchIdBucket, fetchNameKeys, fetchNames } from '../../api/index-api';
import { fetchCardChunk } from '../../api/list-api';
import type { ArchiveEntry } from '../../api/review-api';
import { fromBuild, reviewKeys } from '../../api/review-queries';
import { BLOCK_SIZE, CARD_CHUNK_SIZE, PAGE_SIZE, type ListScope, type SortKey } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import { MIN_SEARCH_WORD, searchChunkKey, searchWords } from '@/format/search-words';
import { bucketCount, slugBucket } from '@/format/slug-buckets';
import { criteriaOf, FilterIndex, matchesInBlock, membership } from './filter-index';
import type { ListFilters } from '../address/filters';
import { idsStartingWith, intersect } from './name-search';

/**
 * The work behind any list beyond its published first page: scanning the
 * filter index for a first page, loading the whole index, and the name
 * search. A chunk of its own, loaded the first time a list needs it (see
 * list-query.ts), so a plain first visit never downloads it.
 */

/** The first matches of a list, and how many match. */
export interface FirstPage {
  ids: number[];
  /** Exact when `exact`; otherwise at least this many match. */
  count: number;
  exact: boolean;
  /** Cards published in a page file but left out as broken. */
  rejected?: number;
}

/** Blocks fetched at once when scanning for a rare filter, and when loading the whole index. */
const PARALLEL_BLOCKS = 3;
const blockCount = (entry: ArchiveEntry) => Math.ceil(entry.total / BLOCK_SIZE);

const blockQuery = (build: string, sort: SortKey, block: number) =>
  queryOptions({
    queryKey: reviewKeys.block(build, sort, block),
    queryFn: ({ client, signal }) => fromBuild(client, build, () => fetchBlock(build, sort, block, { signal })),
    // Typed arrays: compare by identity, not deeply. A build never changes: nothing to refetch.
    structuralSharing: false,
    staleTime: Infinity,
  });

/**
 * Reads the blocks of the chosen order from the start until a page of reviews
 * matches: one block of 1,024 reviews for most filters, a few more for rare
 * ones, fetched several at a time.
 */
export async function scanFirstPage(
  client: QueryClient,
  entry: ArchiveEntry,
  scope: ListScope,
  filters: ListFilters,
  progressKey: string,
  excluded: Uint32Array | null = null,
): Promise<FirstPage> {
  const criteria = criteriaOf(scope, filters, null, excluded && membership(excluded, entry.total));
  const blocks = blockCount(entry);
  const ids: number[] = [];
  let count = 0;
  let scanned = 0;
  while (scanned < blocks && count < PAGE_SIZE) {
    // How many more blocks are likely needed, judging by the matches so far.
    const rate = count / Math.max(1, scanned);
    const wanted = scanned === 0 ? 1 : rate > 0 ? Math.ceil((PAGE_SIZE - count) / rate) : PARALLEL_BLOCKS;
    const batch = Array.from({ length: Math.min(wanted, PARALLEL_BLOCKS, blocks - scanned) }, (_, i) => scanned + i);
    const loaded = await Promise.all(
      batch.map((block) => client.fetchQuery(blockQuery(entry.build, filters.sort, block))),
    );
    for (const block of loaded) {
      const found = matchesInBlock(block, criteria);
      count += found.length;
      ids.push(...found.slice(0, PAGE_SIZE - ids.length));
    }
    scanned += batch.length;
    reportProgress(progressKey, scanned, blocks);
  }
  reportProgress(progressKey, blocks, blocks);
  return { ids, count, exact: scanned === blocks };
}

/** The whole archive's filter index: every newest-first block, a few at a time. */
export async function loadFilterIndex(
  client: QueryClient,
  entry: ArchiveEntry,
  progressKey: string,
  signal?: AbortSignal,
): Promise<FilterIndex> {
  const total = blockCount(entry);
  const limit = pLimit(PARALLEL_BLOCKS);
  let done = 0;
  const blocks = await Promise.all(
    Array.from({ length: total }, (_, block) =>
      limit(async () => {
        signal?.throwIfAborted();
        const loaded = await client.fetchQuery(blockQuery(entry.build, 'newest', block));
        reportProgress(progressKey, ++done, total);
        return loaded;
      }),
    ),
  );
  const index = FilterIndex.fromBlocks(blocks);
  index.warmUp();
  return index;
}

/**
 * Every card of the archive, by id (a broken one is null): the card chunks, a
 * few at a time; null when the reader would rather save data. With them in memory a list of any filters is drawn without a request.
 */
export async function loadAllCards(
  client: QueryClient,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<(Card | null)[] | null> {
  // On Save-Data or a slow connection, cards are fetched when a list needs them, not ahead.
  if (prefersLessData()) return null;
  const total = Math.ceil(entry.total / CARD_CHUNK_SIZE);
  const limit = pLimit(PARALLEL_BLOCKS);
  const chunks = await Promise.all(
    Array.from({ length: total }, (_, chunk) =>
      limit(() => {
        // A list no longer on screen stops asking for more (the chunks it has are kept).
        signal?.throwIfAborted();
        return client.fetchQuery({
          queryKey: reviewKeys.cardChunk(entry.build, chunk),
          queryFn: ({ signal }) => fromBuild(client, entry.build, () => fetchCardChunk(entry.build, chunk, { signal })),
          staleTime: Infinity,
        });
      }),
    ),
  );
  return chunks.flat();
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
  const keys = await client.fetchQuery(nameKeysQuery(client, build));
  const limit = pLimit(PARALLEL_BLOCKS);
  const chunks = await Promise.all(
    [...keys].map((key) =>
      limit(async () => {
        signal?.throwIfAborted();
        return [key, await client.fetchQuery(namesQuery(client, build, key))] as const;
      }),
    ),
  );
  return new NameIndex(new Map(chunks));
}

/** The ids, in this build, of the reviews with these slugs (those read on this device); slugs not in it are left out. */
export async function readIds(
  client: QueryClient,
  entry: ArchiveEntry,
  slugs: readonly string[],
): Promise<Uint32Array> {
  const count = bucketCount(entry.total);
  const buckets = [...new Set(slugs.map((slug) => slugBucket(slug, count)))];
  const limit = pLimit(PARALLEL_BLOCKS);
  const maps = await Promise.all(
    buckets.map((bucket) =>
      limit(() =>
        client.fetchQuery({
          queryKey: reviewKeys.idBucket(entry.build, bucket),
          queryFn: ({ signal }) => fromBuild(client, entry.build, () => fetchIdBucket(entry.build, bucket, { signal })),
          staleTime: Infinity,
        }),
      ),
    ),
  );
  const ids = slugs.flatMap((slug) => maps.map((map) => map.get(slug)).filter((id) => id !== undefined));
  return Uint32Array.from(ids).sort();
}
