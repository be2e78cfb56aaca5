import { redirect, type LoaderFunctionArgs } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { catalogIndexQuery, catalogQuery, listPreviewQuery } from '@/features/reviews/api/review-queries';
import type { ListScope } from '@/features/reviews/catalog';
import { filtersSearch, isDefaultFilters, parseFilters } from '@/features/reviews/filters';

/**
 * Shared by the list routes: puts the query string in canonical form (invalid
 * values dropped, order fixed) with a redirect, then starts the data the view
 * will need without waiting for it, so the view can show its skeleton at once.
 */
export function startListLoad(queryClient: QueryClient, { request }: LoaderFunctionArgs, scope: ListScope, pathname: string) {
  const url = new URL(request.url);
  const filters = parseFilters(url.searchParams);
  if (scope.kind === 'genre') filters.genres = filters.genres.filter((genre) => genre !== scope.genre);
  if (scope.kind === 'stars') filters.minRating = null;
  const search = filtersSearch(filters);
  if (url.pathname !== pathname || url.search !== search) throw redirect(pathname + search);
  if (isDefaultFilters(filters)) void queryClient.prefetchQuery(listPreviewQuery(scope));
  else void queryClient.prefetchQuery(catalogQuery());
  return null;
}

export const ALL: ListScope = { kind: 'all' };

export const homeLoader = (queryClient: QueryClient) => (args: LoaderFunctionArgs) =>
  startListLoad(queryClient, args, ALL, paths.home());

/** /genres and /ratings need only the catalogue index. */
export const genresLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(catalogIndexQuery());
  return null;
};

/** A 404 for a path parameter that names nothing. */
export function notFound(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's way to render the 404 error element
  throw new Response('Not found', { status: 404, statusText: 'Not found' });
}
