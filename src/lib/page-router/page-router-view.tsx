import {
  Component,
  createContext,
  startTransition,
  use,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { Router, useLocation, type Location, type NavigationType } from 'react-router-dom';
import { withoutBase, type PageRouter, type ShownPage } from './page-router';

const PageData = createContext<unknown>(undefined);
const PageError = createContext<unknown>(undefined);
const RouterContext = createContext<PageRouter | null>(null);

/** What the page's loader returned. */
export function usePageData<T>(): T {
  return use(PageData) as T;
}

/** What the page's code, loader or view threw: for the error element. */
export function usePageError(): unknown {
  return use(PageError);
}

/**
 * The address a navigation is loading, until its page shows (a ticked box
 * shows ticked meanwhile); as the view sees addresses, without the base path.
 * Read from the router as a store: only the components that ask render
 * again, at once, as a navigation starts. An address the router has moved to
 * but the view has not yet shown (its transition is rendering) is pending still.
 */
export function usePendingLocation(): Location | undefined {
  const router = use(RouterContext);
  const shown = useLocation();
  const latest = useSyncExternalStore(
    (changed) => router?.subscribe(changed) ?? (() => undefined),
    () => router?.state.pending ?? router?.state.location,
    () => undefined,
  );
  if (!router || !latest || latest.key === shown.key) return undefined;
  return { ...latest, pathname: withoutBase(latest.pathname, router.basename) };
}

interface PageRouterViewProps {
  router: PageRouter;
  /** The frame around every page (masthead, footer): its children are the page. */
  layout: ComponentType<{ children: ReactNode }>;
  /** Shown for a page that failed, and for a frame that failed; it reads the error with usePageError. */
  errorElement: ReactNode;
  /** Prerendering: the address never changes. */
  isStatic?: boolean;
}

/**
 * The router's current page inside the frame. A new page is shown in a
 * transition, so the page before stays until everything the new one needs
 * has arrived; one asked for with `flushSync` (a filter the reader ticked:
 * its code and data are in) at once, in one render, with nothing between the
 * ticked box and its list. A navigation's start renders nothing here (usePendingLocation
 * is for that). Nothing renders before the first page is known (a
 * prerendered page is hydrated only after that).
 */
export function PageRouterView({ router, layout: Layout, errorElement, isStatic = false }: PageRouterViewProps) {
  const [state, setState] = useState(router.state);
  // Subscribed in the commit of the first render: nothing can change the router between the two.
  useLayoutEffect(() => {
    let shown = router.state;
    return router.subscribe((next) => {
      if (next.page === shown.page && next.location === shown.location) return;
      shown = next;
      if (next.immediate) setState(next);
      else startTransition(() => setState(next));
    });
  }, [router]);

  const { location, action, page } = state;
  if (!page) return null;
  return (
    <Router
      basename={router.basename}
      location={location}
      navigationType={action as NavigationType}
      navigator={router.navigator}
      static={isStatic}
    >
      <RouterContext value={router}>
        <ErrorBoundary location={location} fallback={errorElement}>
          <Layout>
            <ErrorBoundary location={location} fallback={errorElement}>
              <ShowPage page={page} errorElement={errorElement} />
            </ErrorBoundary>
          </Layout>
        </ErrorBoundary>
      </RouterContext>
    </Router>
  );
}

function ShowPage({ page, errorElement }: { page: ShownPage; errorElement: ReactNode }) {
  if (!page.Component) return <PageError value={page.error}>{errorElement}</PageError>;
  return (
    <PageData value={page.data}>
      <page.Component />
    </PageData>
  );
}

interface ErrorBoundaryProps {
  location: Location;
  fallback: ReactNode;
  children: ReactNode;
}

/** A page that throws while rendering shows the error element, until the reader goes elsewhere. */
class ErrorBoundary extends Component<ErrorBoundaryProps, { error?: unknown; location: Location }> {
  state: { error?: unknown; location: Location } = { location: this.props.location };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('A page failed') };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: { error?: unknown; location: Location }) {
    return props.location === state.location ? null : { error: undefined, location: props.location };
  }

  render() {
    if (this.state.error === undefined) return this.props.children;
    return <PageError value={this.state.error}>{this.props.fallback}</PageError>;
  }
}
