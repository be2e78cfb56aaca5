import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { fetchCard, fetchPage } from '../../api/list-api';
import { fromBuild, reviewKeys } from '../../api/review-queries';
import type { ListScope } from '@/format/archive-layout';
import type { Card } from '@/format/card-schema';

/** A list's published first page (cards included), and one review's card by id. */
export const pageQuery = (build: string, scope: ListScope) =>
  queryOptions({
    queryKey: reviewKeys.page(build, scope),
    queryFn: async ({ client, signal }) => {
      const page = await fromBuild(client, build, () => fetchPage(build, scope, { signal }));
      // The page's cards are the same as the card files: one download serves both.
      page.cards.forEach((card, index) => client.setQueryData(reviewKeys.card(build, page.ids[index]!), card));
      return page;
    },
  });

export const cardQuery = (build: string, id: number) =>
  queryOptions({
    queryKey: reviewKeys.card(build, id),
    queryFn: ({ client, signal }) => fromBuild(client, build, () => fetchCard(build, id, { signal })),
    staleTime: Infinity,
  });

/** The cards of the first of some reviews that are in memory already, up to the first that is not. */
export function cardsInMemory(client: QueryClient, build: string, ids: readonly number[]): Card[] {
  const here: Card[] = [];
  for (const id of ids) {
    const card = client.getQueryData(cardQuery(build, id).queryKey);
    if (card === undefined) break;
    here.push(card);
  }
  return here;
}
