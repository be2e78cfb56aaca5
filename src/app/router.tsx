import { createBrowserRouter } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { SiteLayout } from './layout';
import { genreLoader } from './routes/genre-loader';
import { genresLoader } from './routes/list-loaders';
import { homeLoader } from './routes/list-loaders';
import { NotFoundRoute } from './routes/not-found';
import { ratingLoader } from './routes/rating-loader';
import { reviewLoader } from './routes/review-loader';
import { RouteError } from './routes/route-error';

/**
 * The one route table: every public URL. Loaders check their parameters and
 * start fetching without waiting; the views show skeletons until data lands.
 * No route is lazy: the libraries are most of the weight, and a lazy route
 * would add a request before the first screen (measured: docs/performance.md).
 */
export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      element: <SiteLayout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, loader: homeLoader(queryClient), lazy: { Component: async () => (await import('./routes/home')).HomeRoute } },
            { path: 'reviews/:slug', loader: reviewLoader(queryClient), lazy: { Component: async () => (await import('./routes/review')).ReviewRoute } },
            { path: 'genres', loader: genresLoader(queryClient), lazy: { Component: async () => (await import('./routes/genres')).GenresRoute } },
            { path: 'genres/:genre', loader: genreLoader(queryClient), lazy: { Component: async () => (await import('./routes/genre')).GenreRoute } },
            { path: 'ratings', loader: genresLoader(queryClient), lazy: { Component: async () => (await import('./routes/ratings')).RatingsRoute } },
            { path: 'ratings/:stars', loader: ratingLoader(queryClient), lazy: { Component: async () => (await import('./routes/rating')).RatingRoute } },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
