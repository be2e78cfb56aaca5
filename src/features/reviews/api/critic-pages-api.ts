import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import type { Card } from '@/format/card-schema';
import { directoryPaths, DIRECTORY_MAX_BYTES } from '@/format/directory-layout';
import { directoryKeys } from './directory-api';
import type { FetchOptions } from './review-api';

/** A critic's further pages of cards (see critic-api.ts): loaded when a reader asks for more. */

/** Page `page` (from 1) of a critic's older reviews' cards. */
export async function fetchCriticPage(slug: string, page: number, { signal }: FetchOptions = {}): Promise<Card[]> {
  const [file, { checkCards }] = await Promise.all([
    fetchJson(
      apiUrl(directoryPaths.criticPage(slug, page)),
      async () => (await import('@/format/directory-schema')).criticPageSchema,
      {
        signal,
        maxBytes: DIRECTORY_MAX_BYTES.critic,
      },
    ),
    import('./check-cards'),
  ]);
  return checkCards(file.cards).cards;
}

export const criticPageQuery = (slug: string, page: number) =>
  queryOptions({
    queryKey: directoryKeys.document('critic-page', `${slug}/${page}`),
    queryFn: ({ signal }) => fetchCriticPage(slug, page, { signal }),
  });
