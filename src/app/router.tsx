import type { RouteObject } from 'react-router-dom';
import { SiteLayout } from './layout';
import type { ListKind } from '@/features/reviews/list/list-location';
import type { LoaderContext } from './routes/loader-context';
import { reviewLoader } from './routes/review-loader';
import { RouteError } from './routes/route-error';
import { totalsLoader } from './routes/totals-loader';

/**
 * The one route table: every public URL, used by the browser and by the
 * prerenderer alike. Each page's code is a chunk of its own, fetched when the
 * page is first visited (and preloaded by its prerendered HTML), which keeps
 * the first load of every page within budget (docs/performance.md). The
 * review and count pages' loaders are small and stay here, so their data
 * starts downloading at once.
 */
export function createRoutes(context: LoaderContext): RouteObject[] {
  // A list's loader and view come in one chunk, fetched together.
  const list = (kind: ListKind) => ({
    loader: async () => (await import('./routes/list-loader')).listLoader(kind, context),
    Component: async () => (await import('./routes/list-page')).ListPage,
  });
  return [
    {
      element: <SiteLayout />,
      errorElement: <RouteError />,
      // Loaders never wait in the browser, so there is nothing to show before the first render.
      HydrateFallback: () => null,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: list('all') },
            {
              path: 'reviews/:slug',
              loader: reviewLoader(context),
              lazy: async () => ({ Component: (await import('./routes/review-page')).ReviewPage }),
            },
            {
              path: 'genres',
              loader: totalsLoader(context),
              lazy: async () => ({ Component: (await import('./routes/genres-page')).GenresPage }),
            },
            { path: 'genres/:genre', lazy: list('genre') },
            {
              path: 'ratings',
              loader: totalsLoader(context),
              lazy: async () => ({ Component: (await import('./routes/ratings-page')).RatingsPage }),
            },
            { path: 'ratings/:stars', lazy: list('stars') },
            { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
          ],
        },
      ],
    },
  ];
}
