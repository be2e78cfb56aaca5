import type { QueryClient } from '@tanstack/react-query';
import { NotFound } from '@/lib/page-router/page-router';

/**
 * What every loader is given. In the browser a loader starts its page's
 * downloads and returns at once, so the page shows its skeleton while they
 * land; when prerendering (`wait`), it waits for them, so the HTML holds the content.
 */
export interface LoaderContext {
  queryClient: QueryClient;
  /**
   * Read when a loader runs, never when it is made: a prerendered page's
   * loaders wait while it hydrates, then this turns false (main.tsx) for
   * every loader after, whenever it was made.
   */
  wait: boolean;
}

/** The router shows the error element, the not-found page, for this. */
export function notFound(): never {
  throw new NotFound();
}
