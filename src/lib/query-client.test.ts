import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { server } from '../../tests/mocks/server';
import { fetchJson } from './api-client';
import { ApiError } from './api-error';
import { createQueryClient, shouldRetry, whenQuiet } from './query-client';

const URL = 'https://api.example.test/v2/thing.json';

describe('shouldRetry', () => {
  const transient = [
    new ApiError('network', URL, 'unreachable'),
    new ApiError('timeout', URL, 'no answer in time'),
    new ApiError('offline', URL, 'offline'),
    new ApiError('http', URL, 'status 500', 500),
    new ApiError('http', URL, 'status 503', 503),
  ];
  const permanent = [
    new ApiError('not-found', URL, 'not found', 404),
    new ApiError('http', URL, 'status 400', 400),
    new ApiError('http', URL, 'status 403', 403),
    new ApiError('invalid', URL, 'rating: Invalid'),
    new ApiError('not-json', URL, 'not valid JSON'),
    new ApiError('html-instead-of-json', URL, 'a web page'),
    // A network's sign-in page stays until the reader signs in: asking again at once only delays the message.
    new ApiError('sign-in-page', URL, 'a web page'),
    new ApiError('too-large', URL, 'over the limit'),
  ];

  it.each(transient.map((error) => [error.kind, error.status ?? '', error] as const))(
    'retries %s %s twice, then gives up',
    (_, __, error) => {
      expect([0, 1, 2, 3].map((failures) => shouldRetry(failures, error))).toEqual([true, true, false, false]);
    },
  );

  it.each(permanent.map((error) => [error.kind, error.status ?? '', error] as const))(
    'never retries %s %s',
    (_, __, error) => {
      expect([0, 1, 2].map((failures) => shouldRetry(failures, error))).toEqual([false, false, false]);
    },
  );

  it('never retries errors that are not from the API: they are bugs', () => {
    expect(shouldRetry(0, new TypeError('x is undefined'))).toBe(false);
    expect(shouldRetry(0, 'boom')).toBe(false);
  });
});

describe('createQueryClient', () => {
  /** Fetches once through a fresh app query client, with its retry rule but no waiting between tries. */
  async function requestsMadeFor(resolver: Parameters<typeof http.get>[1]) {
    let requests = 0;
    server.use(
      http.get(URL, (info) => {
        requests++;
        return resolver(info);
      }),
    );
    const client = createQueryClient();
    const result = await client
      .fetchQuery({
        queryKey: ['thing'],
        queryFn: ({ signal }) => fetchJson(URL, v.object({ ok: v.boolean() }), { signal, maxBytes: 1_024 }),
        retryDelay: 0,
      })
      .then(
        () => 'loaded',
        (error: unknown) => (error instanceof ApiError ? error.kind : 'other'),
      );
    client.clear();
    return { requests, result };
  }

  it('tries a failing server three times in all', async () => {
    expect(await requestsMadeFor(() => new HttpResponse(null, { status: 500 }))).toEqual({
      requests: 3,
      result: 'http',
    });
  });

  it('asks once for an entry that is a network’s sign-in page: it waits for the reader to sign in', async () => {
    let requests = 0;
    server.use(
      http.get(URL, () => {
        requests++;
        return HttpResponse.html('<html><body>Sign in to the Wi-Fi</body></html>');
      }),
    );
    const client = createQueryClient();
    const kind = await client
      .fetchQuery({
        queryKey: ['entry'],
        queryFn: ({ signal }) =>
          fetchJson(URL, v.object({ ok: v.boolean() }), { signal, maxBytes: 1_024, entry: true }),
        retryDelay: 0,
      })
      .catch((error: unknown) => (error instanceof ApiError ? error.kind : 'other'));
    client.clear();
    expect({ requests, kind }).toEqual({ requests: 1, kind: 'sign-in-page' });
  });

  it('tries a failing connection three times in all', async () => {
    expect(await requestsMadeFor(() => HttpResponse.error())).toEqual({ requests: 3, result: 'network' });
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    const outcome = await requestsMadeFor(() =>
      ++calls === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: true }),
    );
    expect(outcome).toEqual({ requests: 2, result: 'loaded' });
  });

  it.each([
    ['a 404', () => HttpResponse.json({}, { status: 404 }), 'not-found'],
    ['a 400', () => new HttpResponse(null, { status: 400 }), 'http'],
    ['invalid data', () => HttpResponse.json({ ok: 'yes' }), 'invalid'],
    ['a web page', () => HttpResponse.html('<html></html>'), 'html-instead-of-json'],
  ] as const)('asks only once after %s', async (_, resolver, kind) => {
    expect(await requestsMadeFor(resolver)).toEqual({ requests: 1, result: kind });
  });

  it('waits longer before each retry, up to a limit', () => {
    const retryDelay = createQueryClient().getDefaultOptions().queries?.retryDelay;
    expect(typeof retryDelay).toBe('function');
    const delays = [0, 1, 2, 3, 10].map((attempt) =>
      (retryDelay as (attempt: number, error: unknown) => number)(attempt, new Error()),
    );
    for (let index = 1; index < delays.length; index++)
      expect(delays[index]).toBeGreaterThanOrEqual(delays[index - 1]!);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays.at(-1)).toBeLessThanOrEqual(30_000);
  });
});

describe('whenQuiet', () => {
  const settle = () => new Promise((done) => setTimeout(done, 10));

  it('resolves when nothing is fetching, else once the last fetch has ended', async () => {
    const client = createQueryClient();
    await whenQuiet(client);

    let quiet = false;
    let finishFirst!: (value: number) => void;
    let finishSecond!: (value: number) => void;
    void client.fetchQuery({ queryKey: ['first'], queryFn: () => new Promise<number>((done) => (finishFirst = done)) });
    void client.fetchQuery({
      queryKey: ['second'],
      queryFn: () => new Promise<number>((done) => (finishSecond = done)),
    });
    void whenQuiet(client).then(() => (quiet = true));
    finishFirst(1);
    await settle();
    expect(quiet, 'one query still fetching').toBe(false);
    finishSecond(2);
    await settle();
    expect(quiet).toBe(true);
  });

  it('is not fooled by the moment between a query and the one that waited on it', async () => {
    const client = createQueryClient();
    let quiet = false;
    let finishList!: (value: number) => void;
    // As the list loader does: the list's query starts once the entry's has ended.
    void client
      .fetchQuery({ queryKey: ['entry'], queryFn: async () => 1 })
      .then(() =>
        client.fetchQuery({ queryKey: ['list'], queryFn: () => new Promise<number>((done) => (finishList = done)) }),
      );
    void whenQuiet(client).then(() => (quiet = true));
    await settle();
    expect(quiet, 'the list is fetching').toBe(false);
    finishList(2);
    await settle();
    expect(quiet).toBe(true);
  });
});
