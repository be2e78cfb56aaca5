import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { SiteLayout } from './layout';
import { facetsLoader, genreLoader, homeLoader, onlyOnNewPath, ratingLoader, reviewLoader } from './routes/loaders';
import { RouteError } from './routes/route-error';

/**
 * The one route table: every public URL. Loaders live here, in the first
 * file the browser loads, so data starts downloading at once; each view's code
 * is a separate chunk fetched at the same time (lazy Component), which keeps
 * the first load of `/` and of a review within budget (docs/performance.md).
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <SiteLayout />,
      errorElement: <RouteError />,
      // Loaders never wait for data, so there is nothing to show before the first render.
      HydrateFallback: () => null,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: homeLoader(queryClient),
              shouldRevalidate: onlyOnNewPath,
              lazy: { Component: async () => (await import('./routes/lists')).HomeRoute },
            },
            {
              path: 'reviews/:slug',
              loader: reviewLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/review')).ReviewRoute },
            },
            {
              path: 'genres',
              loader: facetsLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/genres')).GenresRoute },
            },
            {
              path: 'genres/:genre',
              loader: genreLoader(queryClient),
              shouldRevalidate: onlyOnNewPath,
              lazy: { Component: async () => (await import('./routes/lists')).GenreRoute },
            },
            {
              path: 'ratings',
              loader: facetsLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/ratings')).RatingsRoute },
            },
            {
              path: 'ratings/:stars',
              loader: ratingLoader(queryClient),
              shouldRevalidate: onlyOnNewPath,
              lazy: { Component: async () => (await import('./routes/lists')).RatingRoute },
            },
            { path: '*', lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute } },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
