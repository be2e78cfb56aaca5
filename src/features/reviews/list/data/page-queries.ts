import { queryOptions } from '@tanstack/react-query';
import { fetchCard, fetchPage } from '../../api/list-api';
import { fromBuild, reviewKeys } from '../../api/review-queries';
import type { ListScope } from '@/format/archive-layout';

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
