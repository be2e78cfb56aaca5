import { queryOptions } from '@tanstack/react-query';
import type { ArchiveEntry } from '../../api/review-api';
import { reviewKeys } from '../../api/review-queries';
import { readIds } from '../engine/index-engine';
import { searchNames } from '../engine/name-search';

/**
 * The engine's own queries: the ids of the reviews read on this device, and
 * the name search. Each is made of the files' own queries (fetchQuery), which
 * retry a failed file as the app's policy says: these never retry themselves,
 * or one file would be tried three times three times.
 */
const composed = { retry: false, staleTime: Infinity, structuralSharing: false } as const;

/** The ids, in this build, of the reviews read on this device. */
export const readIdsQuery = (entry: ArchiveEntry, read: readonly string[]) =>
  queryOptions({
    queryKey: reviewKeys.readIds(entry.build, read.join(',')),
    queryFn: ({ client }) => readIds(client, entry, read),
    ...composed,
  });

/** The ids of the reviews whose title, director or cast match every word of the query; null when no word can narrow it. */
export const nameSearchQuery = (build: string, query: string) =>
  queryOptions({
    queryKey: reviewKeys.nameSearch(build, query),
    queryFn: ({ client }) => searchNames(client, build, query),
    ...composed,
  });
