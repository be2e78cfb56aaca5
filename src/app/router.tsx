import { lazy, Suspense, type ComponentType } from 'react';
import type { ListKind } from '@/features/reviews/list/address/list-location';
import type { DirectoryRoute } from './routes/directory-routes';
import type { LoaderContext } from './routes/loader-context';
import type { Page, PageRoute } from '@/lib/page-router/page-router';

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
export const routeError = (
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
export function createRoutes(context: LoaderContext): PageRoute[] {
  // A page's loader and view, fetched together (one chunk).
  type MakeLoader = (context: LoaderContext) => Page['loader'];
  const page = async (loader: Promise<MakeLoader> | undefined, view: Promise<ComponentType>): Promise<Page> => {
    const [makeLoader, Component] = await Promise.all([loader, view]);
    return { loader: makeLoader?.(context), Component };
  };
  const list = (kind: ListKind) => () =>
    page(
      import('./routes/list-loader').then((module) => (context) => module.listLoader(kind, context)),
      import('./routes/list-page').then((module) => module.ListPage),
    );
  const totals = () => import('./routes/totals-loader').then((module) => module.totalsLoader);
  // A page about people, critics or lists: all of them in one chunk, imported from one place.
  const directory = (route: DirectoryRoute) => async () =>
    (await import('./routes/directory-routes')).directoryRoute(route, context);
  return [
    { path: '/', page: list('all') },
    {
      path: '/reviews/:slug',
      page: () =>
        page(
          import('./routes/review-loader').then((module) => module.reviewLoader),
          import('./routes/review-page').then((module) => module.ReviewPage),
        ),
    },
    {
      path: '/genres',
      page: () =>
        page(
          import('./routes/genres-loader').then((module) => module.genresLoader),
          import('./routes/genres-page').then((module) => module.GenresPage),
        ),
    },
    { path: '/genres/:genre', page: list('genre') },
    {
      path: '/ratings',
      page: () =>
        page(
          totals(),
          import('./routes/ratings-page').then((module) => module.RatingsPage),
        ),
    },
    { path: '/ratings/:stars', page: list('stars') },
    { path: '/people/:slug', page: directory('person') },
    { path: '/critics', page: directory('critics') },
    { path: '/critics/:slug', page: directory('critic') },
    { path: '/lists', page: directory('lists') },
    { path: '/lists/:slug', page: directory('list') },
    {
      path: '/saved',
      page: () =>
        page(
          undefined,
          import('./routes/saved-page').then((module) => module.SavedPage),
        ),
    },
    {
      path: '/search',
      page: () =>
        page(
          import('./routes/search-loader').then((module) => module.searchLoader),
          import('./routes/search-page').then((module) => module.SearchPage),
        ),
    },
    {
      path: '*',
      page: () =>
        page(
          undefined,
          import('./routes/not-found').then((module) => module.NotFoundRoute),
        ),
    },
  ];
}
