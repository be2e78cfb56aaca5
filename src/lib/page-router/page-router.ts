import type { ComponentType } from 'react';
import {
  matchRoutes,
  parsePath,
  type Location,
  type NavigateOptions,
  type Navigator,
  type Params,
  type To,
  type UNSAFE_createBrowserHistory,
} from 'react-router-dom';

/**
 * The app's router: the part of a data router this app uses, on React
 * Router's declarative mode (its `<Router>`, links, hooks and matching). A
 * navigation finds its page, fetches the page's code, runs its loader (which
 * starts, or when prerendering waits for, the page's queries), follows a
 * loader's redirect, and only then moves the address and shows the page: the
 * order of React Router's data router, whose own code (createBrowserRouter,
 * RouterProvider, the static handler) weighed 17 kB gzip on every first load
 * (docs/performance.md). No React here: the view is page-router-view.tsx.
 */

/** A page: its view, and the loader that starts what the view needs. */
export interface Page {
  loader?: (args: LoaderArgs) => unknown;
  Component: ComponentType;
}

/** What a loader is given: the address's parameters and the request for it (whose URL has the query string). */
export interface LoaderArgs {
  params: Params;
  request: Request;
}

/** One public address: its pattern (`/reviews/:slug`, `*` for any other) and its page, fetched when first needed. */
export interface PageRoute {
  path: string;
  page: () => Promise<Page>;
}

/** What a loader throws to send the reader to another address (an app path, without the base path). */
export class Redirect {
  constructor(readonly to: string) {}
}

/** What a loader throws for an address that names nothing: the not-found page, with status 404. */
export class NotFound extends Error {
  readonly status = 404;
  constructor() {
    super('Not found');
  }
}

/** The page an address shows: its view and loader's data, or what went wrong. */
export interface ShownPage {
  Component?: ComponentType;
  data?: unknown;
  /** Whatever the page's code, its loader, or (in the view) its rendering threw. */
  error?: unknown;
  status: number;
}

/** The browser's history, or one in memory (the prerenderer, the tests). */
type History = ReturnType<typeof UNSAFE_createBrowserHistory>;

/** How the address was reached: a link (PUSH), in place of the last (REPLACE), or Back and Forward (POP). */
export type Action = 'POP' | 'PUSH' | 'REPLACE';

export interface PageRouterState {
  location: Location;
  action: Action;
  /** Undefined until the first address has its page. */
  page?: ShownPage;
  /** The address a navigation is loading, shown once its page is ready. */
  pending?: Location;
  /**
   * The page is to be shown at once, not in a transition: the navigation asked for it (React Router's
   * `flushSync` option), as a change the reader made on the page does.
   */
  immediate?: boolean;
}

export interface PageRouter {
  readonly state: PageRouterState;
  readonly basename: string;
  /** What `<Router>` and its links navigate with. */
  readonly navigator: Navigator;
  /** Loads the page of the current address (following its redirects), before the first render. */
  initialize(): Promise<void>;
  /** Goes to an address, or (a number) back or forward in the history. */
  navigate(to: To | number, options?: NavigateOptions): Promise<void>;
  /** Called with each new state: a navigation's start (`pending`), and the page it shows. */
  subscribe(listener: (state: PageRouterState) => void): () => void;
}

// A loader that redirects to an address whose loader redirects again… stops here.
const MOST_REDIRECTS = 10;

// Each route's page once its code has arrived: later visits run its loader at once. (Code that failed to arrive is
// asked for again at the next visit.)
const loaded = new WeakMap<PageRoute, Page>();

type PageMatch = NonNullable<ReturnType<typeof matchRoutes<PageRoute>>>[number];

// The last path's match, by route table: a filter change keeps the path, and matching the table afresh (React Router
// ranks every route at each call) is most of a millisecond of each change.
const lastMatch = new WeakMap<PageRoute[], { path: string; match: PageMatch | undefined }>();

/** The route a path shows. The table ends with `*`, so a path inside the base path always matches. */
function matchPage(routes: PageRoute[], pathname: string, basename: string): PageMatch | undefined {
  const path = `${basename}\n${pathname}`;
  const last = lastMatch.get(routes);
  if (last?.path === path) return last.match;
  const match = matchRoutes(routes, pathname, basename)?.at(-1);
  lastMatch.set(routes, { path, match });
  return match;
}

/** The page at an address, or where its loader redirects (with the base path). */
export async function resolvePage(
  routes: PageRoute[],
  location: Location,
  history: Pick<History, 'createURL'>,
  basename = '/',
): Promise<ShownPage | Redirect> {
  const match = matchPage(routes, location.pathname, basename);
  try {
    if (!match) throw new NotFound();
    const page = loaded.get(match.route) ?? (await match.route.page());
    loaded.set(match.route, page);
    const data = await page.loader?.({ params: match.params, request: new Request(history.createURL(location)) });
    return { Component: page.Component, data, status: 200 };
  } catch (error) {
    if (error instanceof Redirect) return new Redirect(withBase(basename, error.to));
    return { error, status: error instanceof NotFound ? 404 : 500 };
  }
}

/** A router over a history: the browser's, or one in memory (the prerenderer, the tests). */
export function createPageRouter(
  routes: PageRoute[],
  { history, basename = '/', page }: { history: History; basename?: string; page?: ShownPage },
): PageRouter {
  let state: PageRouterState = { location: history.location, action: history.action as Action, page };
  const listeners = new Set<Parameters<PageRouter['subscribe']>[0]>();
  // Each navigation's number: one overtaken by a newer one is dropped when its page arrives.
  let latest = 0;
  let initialized: Promise<void> | undefined;

  const update = (next: PageRouterState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  async function go(to: To, action: Action, entryState?: unknown, immediate = false): Promise<void> {
    const id = ++latest;
    let target = action === 'POP' ? history.location : pendingLocation(to, entryState);
    // A jump within the page (the skip link's #main, Back over it): the page stays, its loader is not run again.
    if (action === 'POP' && state.page && samePage(target, state.location)) {
      update({ ...state, location: target, action, pending: undefined });
      return;
    }
    for (let redirects = 0; ; redirects++) {
      if (state.page) update({ ...state, pending: target });
      const shown = await resolvePage(routes, target, history, basename);
      if (id !== latest) return;
      if (shown instanceof Redirect && redirects < MOST_REDIRECTS) {
        // The address asked for never shows: its canonical spelling takes its place in the history.
        if (action === 'POP') action = 'REPLACE';
        target = pendingLocation(shown.to, target.state);
        continue;
      }
      // The history gives the new entry its own key (where the reader was on it is kept by that key).
      const { pathname, search, hash } = target;
      if (action === 'PUSH') history.push({ pathname, search, hash }, target.state);
      if (action === 'REPLACE') history.replace({ pathname, search, hash }, target.state);
      const page =
        shown instanceof Redirect ? { error: new Error(`Too many redirects at ${shown.to}`), status: 500 } : shown;
      update({ location: history.location, action, page, immediate });
      return;
    }
  }

  history.listen(({ location }) => void go(location, 'POP'));

  return {
    get state() {
      return state;
    },
    basename,
    navigator: {
      createHref: (to) => history.createHref(to),
      createURL: (to) => history.createURL(to),
      encodeLocation: (to) => history.encodeLocation(to),
      go: (delta) => history.go(delta),
      push: (to, entryState, options) => void go(to, 'PUSH', entryState, options?.flushSync),
      replace: (to, entryState, options) => void go(to, 'REPLACE', entryState, options?.flushSync),
    },
    initialize: () => (initialized ??= state.page ? Promise.resolve() : go(history.location, 'POP')),
    navigate: async (to, options = {}) => {
      if (typeof to === 'number') history.go(to);
      else await go(to, options.replace ? 'REPLACE' : 'PUSH', options.state, options.flushSync);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Where a navigation is going, before the history has an entry (and a key) for it. */
function pendingLocation(to: To, state: unknown): Location {
  const path = typeof to === 'string' ? parsePath(to) : to;
  return { pathname: path.pathname ?? '/', search: path.search ?? '', hash: path.hash ?? '', state, key: 'pending' };
}

/** The same page, the same query: only the fragment differs. */
function samePage(a: Location, b: Location): boolean {
  return a.pathname === b.pathname && a.search === b.search;
}

function withBase(basename: string, path: string): string {
  if (basename === '/' || !path.startsWith('/')) return path;
  return path === '/' ? basename : `${basename.replace(/\/$/, '')}${path}`;
}

/** An address's path inside the app: without the base path the site is served under. */
export function withoutBase(pathname: string, basename: string): string {
  const base = basename.replace(/\/$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
