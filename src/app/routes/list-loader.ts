import { PAGE_SIZE, type ListScope } from '@/format/archive-layout';
import type { ListFilters } from '@/features/reviews/list/address/filters';
import { loadList } from '@/features/reviews/list/data/list-query';
import { readListLocation, type ListKind } from '@/features/reviews/list/address/list-location';
import { notFound, type LoaderContext } from './loader-context';
import { Redirect, type LoaderArgs } from '@/lib/page-router/page-router';

export interface ListLoaderData {
  scope: ListScope;
  filters: ListFilters;
}

/**
 * The loader of `/`, `/genres/:genre` and `/ratings/:stars`: reads the scope
 * and the filters from the address once, redirects any other spelling to the
 * canonical one before anything renders, and starts the downloads the first
 * screen needs. Parameters that are not filters (utm_source…) start nothing.
 */
export const listLoader =
  (kind: ListKind, context: LoaderContext) =>
  async ({ params, request }: LoaderArgs): Promise<ListLoaderData> => {
    const { queryClient, wait } = context;
    const url = new URL(request.url);
    const param = kind === 'genre' ? params.genre : kind === 'stars' ? params.stars : undefined;
    const location = readListLocation(kind, param, url);
    if (!location) notFound();
    if (location.param !== param || location.search !== url.search) throw new Redirect(location.canonical);
    await loadList(
      queryClient,
      { scope: location.scope, filters: location.filters, shown: PAGE_SIZE, read: [] },
      { wait },
    );
    return { scope: location.scope, filters: location.filters };
  };
