import { data } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';

/**
 * What every loader is given. In the browser a loader starts its page's
 * downloads and returns at once, so the page shows its skeleton while they
 * land; when prerendering (`wait`), it waits for them, so the HTML holds the content.
 */
export interface LoaderContext {
  queryClient: QueryClient;
  /**
   * Read when a loader runs, never when it is made: a prerendered page's
   * loaders wait while it hydrates, then this turns false (main.tsx), and the
   * loaders React Router made then are the ones it keeps using.
   */
  wait: boolean;
}

/** React Router renders the route's error element, the not-found page, for this. */
export function notFound(): never {
  throw data('Not found', { status: 404, statusText: 'Not found' });
}
