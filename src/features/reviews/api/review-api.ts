import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import type { Catalog, ListScope } from '../catalog';
import { checkEntries } from '../catalog-entries';
import { catalogIndexSchema, catalogShardSchema, facetPageSchema } from '../catalog-schema';
import { GENRE_SLUGS, type Genre } from '../genres';
import { STAR_BUCKETS, type StarBucket } from '../ratings';
import type { Review } from '../review-schema';
import type { ReviewSummary } from '../summary-schema';

/**
 * The review API: every document the app reads is fetched and checked here,
 * and nowhere else. Swapping the static files for a server, or changing the
 * file layout, touches this module alone.
 */

export interface CatalogIndex {
  total: number;
  shards: string[];
  genreTotals: Map<Genre, number>;
  starTotals: Map<StarBucket, number>;
  /** The newest page of reviews: enough for the first screen of `/`. */
  latest: ReviewSummary[];
}

/** The newest page of a list scope: what its first screen shows while the whole catalogue loads. */
export interface ListPreview {
  total: number;
  reviews: ReviewSummary[];
}

type FetchOptions = { signal?: AbortSignal };

export async function fetchCatalogIndex({ signal }: FetchOptions = {}): Promise<CatalogIndex> {
  const document = await fetchJson(apiUrl('catalog/index.json'), catalogIndexSchema, { signal });
  return {
    total: document.total,
    shards: document.shards,
    genreTotals: new Map(GENRE_SLUGS.map((genre) => [genre, document.genres[genre] ?? 0])),
    starTotals: new Map(STAR_BUCKETS.map((stars) => [stars, document.ratings[stars] ?? 0])),
    // A preview only: broken entries are reported once, when the whole catalogue is checked.
    latest: checkEntries(document.latest).entries,
  };
}

/**
 * Every review summary, from all shards in parallel. Each shard is checked
 * entry by entry as it arrives, in a task of its own, so a large catalogue
 * never blocks the page for long.
 */
export async function fetchCatalog(index: CatalogIndex, { signal }: FetchOptions = {}): Promise<Catalog> {
  const shards = await Promise.all(
    index.shards.map(async (path) =>
      checkEntries((await fetchJson(apiUrl(path), catalogShardSchema, { signal })).entries),
    ),
  );
  // The catalogue's indexes are list-view code: loaded with the data, never on a review's first load.
  const { Catalog } = await import('../catalog');
  return Catalog.fromShards(shards);
}

/** The newest page of one genre or one star rating. */
export async function fetchFacetPage(
  facet: Exclude<ListScope, { kind: 'all' }>,
  { signal }: FetchOptions = {},
): Promise<ListPreview> {
  const path = facet.kind === 'genre' ? `catalog/genres/${facet.genre}.json` : `catalog/ratings/${facet.stars}.json`;
  const document = await fetchJson(apiUrl(path), facetPageSchema, { signal });
  return { total: document.total, reviews: checkEntries(document.entries).entries };
}

export async function fetchReview(slug: string, { signal }: FetchOptions = {}): Promise<Review> {
  // The full review schema is review-page code: it arrives with it (and with a prefetch from a card).
  const { reviewSchema } = await import('../review-schema');
  return fetchJson(apiUrl(`reviews/${encodeURIComponent(slug)}.json`), reviewSchema, { signal });
}
