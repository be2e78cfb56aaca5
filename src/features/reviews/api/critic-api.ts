import { queryOptions } from '@tanstack/react-query';
import { apiUrl } from '@/config/api';
import { fetchJson } from '@/lib/api-client';
import type { Card } from '@/format/card-schema';
import { directoryPaths, DIRECTORY_MAX_BYTES } from '@/format/directory-layout';
import type { Critic } from '@/format/directory-schema';
import { directoryKeys } from './directory-api';
import type { FetchOptions } from './review-api';

/**
 * A critic's page (see directory-api.ts): the critic's page's code alone
 * loads it; its further pages of cards are in critic-pages-api.ts. Their cards are checked one by one,
 * as a list's are: one broken card never hides the rest.
 */

/** A critic with their cards checked: broken ones dropped (and reported in the console). */
export type CheckedCritic = Omit<Critic, 'cards'> & { cards: Card[] };

export async function fetchCritic(slug: string, { signal }: FetchOptions = {}): Promise<CheckedCritic> {
  const [critic, { checkCards }] = await Promise.all([
    fetchJson(
      apiUrl(directoryPaths.critic(slug)),
      async () => (await import('@/format/directory-schema')).criticSchema,
      { signal, maxBytes: DIRECTORY_MAX_BYTES.critic },
    ),
    // The checker of cards is the lists' code: it arrives beside the document, not on the page's first load.
    import('./check-cards'),
  ]);
  return { ...critic, cards: checkCards(critic.cards).cards };
}

export const criticQuery = (slug: string) =>
  queryOptions({
    queryKey: directoryKeys.document('critic', slug),
    queryFn: ({ signal }) => fetchCritic(slug, { signal }),
  });
