import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { fetchWithin } from './fetch-within';

/** A query whose every attempt fails at once, retried every 10 ms for ever, counting its attempts. */
function failingQuery() {
  const attempts = { count: 0 };
  const options = {
    queryKey: ['file'],
    queryFn: () => {
      attempts.count += 1;
      return Promise.reject(new Error('unreachable'));
    },
    retry: true,
    retryDelay: 10,
  };
  return { attempts, options };
}

describe('fetchWithin', () => {
  it('returns what the query fetched', async () => {
    const client = new QueryClient();
    await expect(
      fetchWithin(client, { queryKey: ['file'], queryFn: () => Promise.resolve(7) }, new AbortController().signal),
    ).resolves.toBe(7);
  });

  it('stops the query and its retries when the load it is part of is cancelled', async () => {
    const client = new QueryClient();
    const { attempts, options } = failingQuery();
    const load = new AbortController();
    const fetched = fetchWithin(client, options, load.signal);
    await expect.poll(() => attempts.count).toBeGreaterThanOrEqual(2);
    load.abort();
    const rejected = expect(fetched).rejects.toThrow();
    const stoppedAt = attempts.count;
    // Long enough for several more retries, had they gone on.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(attempts.count).toBe(stoppedAt);
    await rejected;
    expect(client.getQueryState(['file'])?.fetchStatus).toBe('idle');
  });

  it('does not start once the load is already cancelled', async () => {
    const client = new QueryClient();
    const { attempts, options } = failingQuery();
    const load = new AbortController();
    load.abort();
    await expect(fetchWithin(client, options, load.signal)).rejects.toThrow();
    expect(attempts.count).toBe(0);
  });

  it('without a signal, is fetchQuery', async () => {
    const client = new QueryClient();
    const { attempts, options } = failingQuery();
    await expect(fetchWithin(client, { ...options, retry: 2 }, undefined)).rejects.toThrow('unreachable');
    expect(attempts.count).toBe(3);
  });
});
