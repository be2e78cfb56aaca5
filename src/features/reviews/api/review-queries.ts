import { queryOptions } from '@tanstack/react-query';
import type { ListScope } from '../catalog';
import { fetchCatalog, fetchCatalogIndex, fetchFacetPage, fetchReview, type ListPreview } from './review-api';

/** Query keys, only ever built here: all → catalogue / facet / detail. */
export const reviewKeys = {
  all: ['reviews'] as const,
  catalogIndex: () => [...reviewKeys.all, 'catalog-index'] as const,
  catalog: () => [...reviewKeys.all, 'catalog'] as const,
  preview: (scope: ListScope) =>
    [
      ...reviewKeys.all,
      'preview',
      scope.kind,
      scope.kind === 'genre' ? scope.genre : scope.kind === 'stars' ? scope.stars : '',
    ] as const,
  detail: (slug: string) => [...reviewKeys.all, 'detail', slug] as const,
};

export const catalogIndexQuery = () =>
  queryOptions({
    queryKey: reviewKeys.catalogIndex(),
    queryFn: ({ signal }) => fetchCatalogIndex({ signal }),
  });

/** The index, as a step of another query: that query's own retries cover it, so it does not retry twice over. */
const indexOnce = { ...catalogIndexQuery(), retry: false };

/** The whole catalogue with its indexes; needs the index first, to know its shards. */
export const catalogQuery = () =>
  queryOptions({
    queryKey: reviewKeys.catalog(),
    queryFn: async ({ client, signal }) => fetchCatalog(await client.ensureQueryData(indexOnce), { signal }),
    // A Catalog holds typed arrays and indexes: compare by identity, not deeply.
    structuralSharing: false,
  });

/** The first page of a list scope, from a small file, so its first screen need not wait for the catalogue. */
export const listPreviewQuery = (scope: ListScope) =>
  queryOptions({
    queryKey: reviewKeys.preview(scope),
    queryFn: async ({ client, signal }): Promise<ListPreview> => {
      if (scope.kind !== 'all') return fetchFacetPage(scope, { signal });
      const index = await client.ensureQueryData(indexOnce);
      return { total: index.total, reviews: index.latest };
    },
  });

export const reviewQuery = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(slug),
    queryFn: ({ signal }) => fetchReview(slug, { signal }),
  });
