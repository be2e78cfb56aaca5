import { fetchJson } from '@/lib/api-client';
import { buildPaths, MAX_BYTES } from '@/format/archive-layout';
import type { FacetsDocument } from '@/format/facets-schema';
import { inBuild, type FetchOptions } from './review-api';

/**
 * A build's facets.json (format/facets-schema.ts): read by the filter engine
 * with the index, and by /genres for its decades and countries. A chunk of
 * its own, so neither pulls the other's code.
 */
export async function fetchFacets(build: string, { signal }: FetchOptions = {}): Promise<FacetsDocument> {
  // The schema downloads beside the document, as the entry's does (review-api.ts): /genres's first load stays small.
  return fetchJson(
    inBuild(build, buildPaths.facets()),
    async () => (await import('@/format/facets-schema')).facetsSchema,
    { signal, maxBytes: MAX_BYTES.facets },
  );
}
