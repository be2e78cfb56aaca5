import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import { queryOptions } from '@tanstack/react-query';
import { apiPaths, MAX_BYTES } from '@/format/archive-layout';
import type { Review } from '@/format/review-schema';
import type { FetchOptions } from './review-api';
import { reviewKeys } from './review-queries';

/**
 * One review in full, from the review API (see review-api.ts): review-page
 * code, loaded with that page (or ahead of it, when a card is pointed at).
 */
export async function fetchReview(slug: string, { signal }: FetchOptions = {}): Promise<Review> {
  // The schema comes with the checker's chunk, beside the document (lib/schema-check.ts).
  return fetchJson(apiUrl(apiPaths.review(slug)), async () => (await import('@/format/review-schema')).reviewSchema, {
    signal,
    maxBytes: MAX_BYTES.review,
  });
}

export const reviewQuery = (slug: string) =>
  queryOptions({
    queryKey: reviewKeys.detail(slug),
    queryFn: ({ signal }) => fetchReview(slug, { signal }),
  });
