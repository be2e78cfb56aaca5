import { queryOptions, type QueryClient, type QueryFunction, type QueryKey } from '@tanstack/react-query';
import pLimit from 'p-limit';
import { prefersLessData } from '@/lib/connection';
import { fetchWithin } from '@/lib/fetch-within';
import { reportProgress } from '@/lib/progress';
import { facetsQuery } from '../../api/facets-queries';
import { fetchBlock, fetchIdBucket, fetchTitles } from '../../api/index-api';
import { fetchCardChunk } from '../../api/list-api';
import type { ArchiveEntry } from '../../api/review-api';
import { fromBuild, reviewKeys } from '../../api/review-queries';
import { BLOCK_SIZE, CARD_CHUNK_SIZE, PAGE_SIZE, type ListScope, type SortKey } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';
import { bucketCount, slugBucket } from '@/format/slug-buckets';
import { criteriaOf, matchesInBlock, membership } from './criteria';
import { FilterIndex } from './filter-index';
import type { ListFilters } from '../address/filters';

/**
 * The work behind any list beyond its published first page: scanning the
 * filter index for a first page, loading the whole index and every card, and
 * the ids of the reviews read. With the name search (name-search.ts), a chunk
 * of its own, loaded the first time a list needs it (see list-query.ts), so a
 * plain first visit never downloads it.
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

/** Files of the index fetched at once: blocks when scanning for a rare filter, and any file when loading them all. */
export const PARALLEL_BLOCKS = 3;
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

/** The whole archive's filter index: every newest-first block, a few at a time, and the dictionary of its facets. */
export async function loadFilterIndex(
  client: QueryClient,
  entry: ArchiveEntry,
  progressKey: string,
  signal?: AbortSignal,
): Promise<FilterIndex> {
  const total = blockCount(entry);
  const limit = pLimit(PARALLEL_BLOCKS);
  let done = 0;
  const facets = fetchWithin(client, facetsQuery(entry.build), signal);
  const blocks = Promise.all(
    Array.from({ length: total }, (_, block) =>
      limit(async () => {
        const loaded = await fetchWithin(client, blockQuery(entry.build, 'newest', block), signal);
        reportProgress(progressKey, ++done, total);
        return loaded;
      }),
    ),
  );
  const index = FilterIndex.fromBlocks(...(await Promise.all([blocks, facets])));
  index.warmUp();
  return index;
}

/**
 * Every film title of the archive, by id: the title files, a few at a time,
 * read after the index and before the cards (an eighth of their size), so that
 * while the cards load a list's new order shows at once with each film's
 * title, year and stars. Null when the reader would rather save data.
 */
export async function loadAllTitles(
  client: QueryClient,
  entry: ArchiveEntry,
  signal?: AbortSignal,
): Promise<(string | undefined)[] | null> {
  if (prefersLessData()) return null;
  const files = await everyFile(client, blockCount(entry), signal, (block) => ({
    queryKey: reviewKeys.titles(entry.build, block),
    queryFn: ({ signal }) => fromBuild(client, entry.build, () => fetchTitles(entry.build, block, { signal })),
  }));
  return rowsById(files, BLOCK_SIZE, entry.total, undefined);
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
  const chunks = await everyFile(client, Math.ceil(entry.total / CARD_CHUNK_SIZE), signal, (chunk) => ({
    queryKey: reviewKeys.cardChunk(entry.build, chunk),
    queryFn: ({ signal }) => fromBuild(client, entry.build, () => fetchCardChunk(entry.build, chunk, { signal })),
  }));
  return rowsById(chunks, CARD_CHUNK_SIZE, entry.total, null);
}

/**
 * Files of `size` rows each, as one row per id. A broken file with too few or
 * too many rows leaves its own missing, never shifting the next file's onto
 * other reviews.
 */
function rowsById<T, Missing>(files: readonly (readonly T[])[], size: number, total: number, missing: Missing) {
  return Array.from({ length: total }, (_, id): T | Missing => files[Math.floor(id / size)]?.[id % size] ?? missing);
}

/**
 * Files 0 to count - 1 of one kind, a few at a time, each a query of its own
 * (kept for good: a build never changes). When `signal` aborts (the list is no
 * longer on screen), no more are asked for; those already here are kept.
 */
async function everyFile<T>(
  client: QueryClient,
  count: number,
  signal: AbortSignal | undefined,
  file: (n: number) => { queryKey: QueryKey; queryFn: QueryFunction<T> },
): Promise<T[]> {
  const limit = pLimit(PARALLEL_BLOCKS);
  return Promise.all(
    Array.from({ length: count }, (_, n) =>
      limit(() => fetchWithin(client, { ...file(n), staleTime: Infinity }, signal)),
    ),
  );
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
