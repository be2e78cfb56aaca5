import { queryOptions } from '@tanstack/react-query';
import { fetchFacets } from './facets-api';
import { fromBuild, reviewKeys } from './review-queries';

/**
 * A build's facets.json: the filter index's dictionary, and the decades and
 * countries /genres links to. A file of its own so the first load of a page
 * never carries it.
 */
export const facetsQuery = (build: string) =>
  queryOptions({
    queryKey: reviewKeys.facets(build),
    queryFn: ({ client, signal }) => fromBuild(client, build, () => fetchFacets(build, { signal })),
    // A build never changes.
    staleTime: Infinity,
  });
