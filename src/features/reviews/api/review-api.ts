import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import { apiPaths, MAX_BYTES } from '@/format/archive-layout';
import { GENRE_SLUGS, type Genre } from '@/format/genres';
import { STAR_BUCKETS, type StarBucket } from '@/format/ratings';

/**
 * The review API: every document the app reads is fetched and checked in
 * this folder, and nowhere else. This module has what every page needs (the
 * entry, a review); list-api.ts what lists need; index-api.ts what filtering
 * the whole archive needs, loaded last. Swapping the static files for a
 * server, or changing the file layout, touches these modules and
 * format/archive-layout.ts alone.
 */

export type FetchOptions = { signal?: AbortSignal };

/** The current build of the archive and its counts. */
export interface ArchiveEntry {
  build: string;
  total: number;
  genreTotals: Map<Genre, number>;
  starTotals: Map<StarBucket, number>;
}

export async function fetchEntry({ signal }: FetchOptions = {}): Promise<ArchiveEntry> {
  const entry = await fetchJson(
    apiUrl(apiPaths.entry()),
    async () => (await import('@/format/archive-schema')).entrySchema,
    {
      signal,
      maxBytes: MAX_BYTES.entry,
      entry: true,
    },
  );
  return {
    build: entry.build,
    total: entry.total,
    genreTotals: new Map(GENRE_SLUGS.map((genre) => [genre, entry.genres[genre] ?? 0])),
    starTotals: new Map(STAR_BUCKETS.map((stars) => [stars, entry.ratings[stars] ?? 0])),
  };
}

/** The URL of a file of a build. */
export const inBuild = (build: string, path: string) => apiUrl(apiPaths.inBuild(build, path));
