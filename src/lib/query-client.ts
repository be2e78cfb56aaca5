import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

const MAX_RETRIES = 2;

/** Retry what may recover by itself (network, timeouts, 5xx) with backoff; never 4xx, bad data or a sign-in page. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.isTransient;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Reviews change a few times a day at most.
        staleTime: 5 * 60_000,
        // Keep what was read for offline reading in the same visit.
        gcTime: 60 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1_000 * 2 ** attempt, 8_000),
        refetchOnWindowFocus: false,
        // Offline, still ask once: the service worker may hold a copy. Only retries wait for the connection.
        networkMode: 'offlineFirst',
        // A loader may have fetched and failed just before the page mounted: show that error, don't ask again.
        retryOnMount: false,
      },
    },
  });
}

/**
 * Resolves once none of the client's queries is fetching, and none has started
 * in the task after: a query that waited on another (the list on the archive's
 * entry) starts in a microtask after it ends, which is not quiet.
 */
export function whenQuiet(client: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      if (client.isFetching() > 0) return;
      timer = setTimeout(() => {
        if (client.isFetching() > 0) return;
        stop();
        resolve();
      });
    };
    const stop = client.getQueryCache().subscribe(check);
    check();
  });
}
