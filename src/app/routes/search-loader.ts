import { startSearch } from '@/features/reviews/search/search-queries';
import { readSearchLocation } from '@/features/reviews/search/search-location';
import type { LoaderContext } from './loader-context';
import { Redirect, type LoaderArgs } from '@/lib/page-router/page-router';

export interface SearchLoaderData {
  query: string;
}

/**
 * The loader of `/search`: reads the query from the address once, redirects
 * any other spelling of it to the canonical one, and starts what a search
 * needs (the entry, the engine, the index's list of chunks) without waiting.
 * Prerendered, it renders the empty search, and fetches nothing.
 */
export const searchLoader =
  ({ queryClient, wait }: LoaderContext) =>
  ({ request }: LoaderArgs): SearchLoaderData => {
    const url = new URL(request.url);
    const location = readSearchLocation(url);
    if (location.search !== url.search) throw new Redirect(location.canonical);
    if (!wait) startSearch(queryClient);
    return { query: location.query };
  };
