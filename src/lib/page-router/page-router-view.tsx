import {
  Component,
  createContext,
  startTransition,
  use,
  useLayoutEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import { Router, type Location, type NavigationType } from 'react-router-dom';
import type { PageRouter, ShownPage } from './page-router';

const PageData = createContext<unknown>(undefined);
const PageError = createContext<unknown>(undefined);
const PendingLocation = createContext<Location | undefined>(undefined);

/** What the page's loader returned. */
export function usePageData<T>(): T {
  return use(PageData) as T;
}

/** What the page's code, loader or view threw: for the error element. */
export function usePageError(): unknown {
  return use(PageError);
}

/** The address a navigation is loading, until its page shows (a ticked box shows ticked meanwhile). */
export function usePendingLocation(): Location | undefined {
  return use(PendingLocation);
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
 * has arrived; a navigation's first step can ask to show at once (flushSync).
 * Nothing renders before the first page is known (a prerendered page is
 * hydrated only after that).
 */
export function PageRouterView({ router, layout: Layout, errorElement, isStatic = false }: PageRouterViewProps) {
  const [state, setState] = useState(router.state);
  // Subscribed in the commit of the first render: nothing can change the router between the two.
  useLayoutEffect(
    () =>
      router.subscribe((next, { flushSync: now }) => {
        if (now) flushSync(() => setState(next));
        else startTransition(() => setState(next));
      }),
    [router],
  );

  const { location, action, page, pending } = state;
  if (!page) return null;
  return (
    <Router
      basename={router.basename}
      location={location}
      navigationType={action as NavigationType}
      navigator={router.navigator}
      static={isStatic}
    >
      <PendingLocation value={pending}>
        <ErrorBoundary location={location} fallback={errorElement}>
          <Layout>
            <ErrorBoundary location={location} fallback={errorElement}>
              <ShowPage page={page} errorElement={errorElement} />
            </ErrorBoundary>
          </Layout>
        </ErrorBoundary>
      </PendingLocation>
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
