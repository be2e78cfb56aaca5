import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { SiteLayout } from './layout';
import type { ListKind } from '@/features/reviews/list/address/list-location';
import type { DirectoryRoute } from './routes/directory-routes';
import type { LoaderContext } from './routes/loader-context';

// Rare pages: their code arrives when first needed, under a heading that is true of both. If that code cannot
// arrive either (offline, with no service worker to answer), the heading stays with a way to try again: never a
// blank page.
const RouteError = lazy(() =>
  import('./routes/route-error').then(
    ({ RouteError }) => ({ default: RouteError }),
    () => ({ default: CodeUnreachable }),
  ),
);
const CANNOT_SHOW = 'This page can’t be shown right now';
const routeError = (
  <Suspense fallback={<h1>{CANNOT_SHOW}</h1>}>
    <RouteError />
  </Suspense>
);

function CodeUnreachable() {
  return (
    <main id="main">
      <h1>{CANNOT_SHOW}</h1>
      <p>Part of it didn’t download. Check your connection, then try again.</p>
      <button type="button" className="button button-primary" onClick={() => location.reload()}>
        Try again
      </button>
    </main>
  );
}

/**
 * The one route table: every public URL, used by the browser and by the
 * prerenderer alike. Each page's code is a chunk of its own, fetched when the
 * page is first visited (and preloaded by its prerendered HTML), which keeps
 * the first load of every page within budget (docs/performance.md). A page's
 * loader comes in the same chunk as its view, fetched together.
 */
export function createRoutes(context: LoaderContext): RouteObject[] {
  // A list's loader and view come in one chunk, fetched together.
  const list = (kind: ListKind) => ({
    loader: async () => (await import('./routes/list-loader')).listLoader(kind, context),
    Component: async () => (await import('./routes/list-page')).ListPage,
  });
  // A page about people, critics or lists: all of them in one chunk, imported from one place.
  const directory = (route: DirectoryRoute) => async () =>
    (await import('./routes/directory-routes')).directoryRoute(route, context);
  const totals = (Component: () => Promise<ComponentType>) => ({
    loader: async () => (await import('./routes/totals-loader')).totalsLoader(context),
    Component,
  });
  return [
    {
      element: <SiteLayout />,
      errorElement: routeError,
      // Loaders never wait in the browser, so there is nothing to show before the first render.
      HydrateFallback: () => null,
      children: [
        {
          errorElement: routeError,
          children: [
            { index: true, lazy: list('all') },
            {
              path: 'reviews/:slug',
              lazy: {
                loader: async () => (await import('./routes/review-loader')).reviewLoader(context),
                Component: async () => (await import('./routes/review-page')).ReviewPage,
              },
            },
            {
              path: 'genres',
              lazy: {
                loader: async () => (await import('./routes/genres-loader')).genresLoader(context),
                Component: async () => (await import('./routes/genres-page')).GenresPage,
              },
            },
            { path: 'genres/:genre', lazy: list('genre') },
            { path: 'ratings', lazy: totals(async () => (await import('./routes/ratings-page')).RatingsPage) },
            { path: 'ratings/:stars', lazy: list('stars') },
            { path: 'people/:slug', lazy: directory('person') },
            { path: 'critics', lazy: directory('critics') },
            { path: 'critics/:slug', lazy: directory('critic') },
            { path: 'lists', lazy: directory('lists') },
            { path: 'lists/:slug', lazy: directory('list') },
            { path: 'saved', lazy: async () => ({ Component: (await import('./routes/saved-page')).SavedPage }) },
            {
              path: 'search',
              lazy: {
                loader: async () => (await import('./routes/search-loader')).searchLoader(context),
                Component: async () => (await import('./routes/search-page')).SearchPage,
              },
            },
            { path: '*', lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
          ],
        },
      ],
    },
  ];
}
