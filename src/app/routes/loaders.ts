import { redirect, type LoaderFunctionArgs, type ShouldRevalidateFunction } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { catalogIndexQuery, catalogQuery, listPreviewQuery, reviewQuery } from '@/features/reviews/api/review-queries';
import type { ListScope } from '@/features/reviews/catalog';
import { isGenre } from '@/features/reviews/genres';
import { STAR_BUCKETS, type StarBucket } from '@/features/reviews/ratings';
import { SLUG_PATTERN } from '@/features/reviews/summary-schema';

/**
 * The loaders: each checks its path parameters (a 404 for what names nothing,
 * a redirect to the canonical spelling) and starts the data its view needs
 * without waiting for it, so the view shows its skeleton at once and the data
 * downloads while the route's code does.
 */
type Loader = (queryClient: QueryClient) => (args: LoaderFunctionArgs) => null;

/** Lists with no query string show their first page from a small file; filtered lists need the catalogue. */
function startList(queryClient: QueryClient, request: Request, scope: ListScope): null {
  if (new URL(request.url).search) void queryClient.prefetchQuery(catalogQuery());
  else void queryClient.prefetchQuery(listPreviewQuery(scope));
  return null;
}

/** List loaders only start downloads: a filter change (same path, new query) has nothing to reload. */
export const onlyOnNewPath: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.pathname !== nextUrl.pathname;

export const homeLoader: Loader =
  (queryClient) =>
  ({ request }) =>
    startList(queryClient, request, { kind: 'all' });

/** "action", "Action" and "science fiction" name a genre; anything else is a 404. */
export const genreLoader: Loader =
  (queryClient) =>
  ({ params, request }) => {
    const genre = (params.genre ?? '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-');
    if (!isGenre(genre)) notFound();
    if (genre !== params.genre) throw redirect(paths.genre(genre) + new URL(request.url).search);
    return startList(queryClient, request, { kind: 'genre', genre });
  };

/** "4", "04" and "4.5" mean the 4-star page; anything else is a 404. */
export const ratingLoader: Loader =
  (queryClient) =>
  ({ params, request }) => {
    const stars = /^\d{1,3}(\.\d{1,3})?$/.test(params.stars ?? '') ? Math.floor(Number(params.stars)) : 0;
    if (!(STAR_BUCKETS as readonly number[]).includes(stars)) notFound();
    if (String(stars) !== params.stars) throw redirect(paths.rating(stars) + new URL(request.url).search);
    return startList(queryClient, request, { kind: 'stars', stars: stars as StarBucket });
  };

export const reviewLoader: Loader =
  (queryClient) =>
  ({ params }) => {
    const slug = (params.slug ?? '').trim().toLowerCase();
    if (!SLUG_PATTERN.test(slug) || slug.length > 120) notFound();
    if (slug !== params.slug) throw redirect(paths.review(slug));
    void queryClient.prefetchQuery(reviewQuery(slug));
    return null;
  };

/** /genres and /ratings need only the catalogue index. */
export const facetsLoader: Loader = (queryClient) => () => {
  void queryClient.prefetchQuery(catalogIndexQuery());
  return null;
};

function notFound(): never {
  // React Router renders the route's error element for a thrown 404 Response.
  throw new Response('Not found', { status: 404, statusText: 'Not found' });
}
