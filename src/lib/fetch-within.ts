import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * `client.fetchQuery`, cancelled when `signal` aborts: a file fetched for a
 * larger load (a background download of many files) stops, retries included,
 * when that load is cancelled, as when no view uses it any more. A plain
 * fetchQuery has no observer, so TanStack Query would let it run on.
 */
export async function fetchWithin<T, Key extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<T, Error, T, Key>,
  signal: AbortSignal | undefined,
): Promise<T> {
  signal?.throwIfAborted();
  const cancel = () => void client.cancelQueries({ queryKey: options.queryKey, exact: true });
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await client.fetchQuery(options);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
