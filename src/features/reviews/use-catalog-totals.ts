import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { catalogIndexQuery, catalogQuery } from './api/review-queries';
import type { Genre } from './genres';
import type { StarBucket } from './ratings';

export interface CatalogTotals {
  genres: Map<Genre, number>;
  stars: Map<StarBucket, number>;
}

/**
 * Reviews per genre and per star rating, from the small catalogue index; from
 * the catalogue itself when it is already loaded, since only it knows which
 * entries were dropped as broken.
 */
export function useCatalogTotals() {
  const index = useQuery(catalogIndexQuery());
  const catalog = useQuery({ ...catalogQuery(), enabled: false });
  // Counting a 20,000-review catalogue is a pass over all of it: once per catalogue, not per render.
  const totals = useMemo<CatalogTotals | null>(
    () =>
      catalog.data
        ? { genres: catalog.data.genreTotals(), stars: catalog.data.starTotals() }
        : index.data
          ? { genres: index.data.genreTotals, stars: index.data.starTotals }
          : null,
    [catalog.data, index.data],
  );
  return { totals, query: index };
}
