import { delay, http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../tests/mocks/server';
import { fetchJson as fetchWithOptions, seedResponses, type FetchJsonOptions } from './api-client';
import { ApiError, isApiError } from './api-error';

const URL = 'https://api.example.test/v2/film.json';
const PORTAL = 'https://wifi.hotel.example/login?continue=api.example.test';
const filmSchema = v.object({ title: v.string(), year: v.pipe(v.number(), v.integer()) });

/** The error fetchJson fails with, or a failed test if it succeeds. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(isApiError(error)).toBe(true);
  return error as ApiError;
}

/** fetchJson with a generous size limit unless the test sets one. */
function fetchJson<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema,
  options: Partial<FetchJsonOptions> = {},
): Promise<v.InferOutput<TSchema>> {
  return fetchWithOptions(url, schema, { maxBytes: 64 * 1024, ...options });
}

function answer(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(URL, resolver));
}

describe('fetchJson', () => {
  it('returns the checked data of a 200 answer', async () => {
    answer(() => HttpResponse.json({ title: 'Ballerina', year: 2023, extra: 'ignored' }));
    await expect(fetchJson(URL, filmSchema)).resolves.toEqual({ title: 'Ballerina', year: 2023 });
  });

  it.each([404, 410])('calls a %i not found, and not worth retrying', async (status) => {
    answer(() => HttpResponse.json({ error: 'not found' }, { status }));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('not-found');
    expect(error.status).toBe(status);
    expect(error.url).toBe(URL);
    expect(error.isTransient).toBe(false);
  });

  it.each([500, 502, 503, 504])('calls a %i an HTTP error worth retrying', async (status) => {
    answer(() => new HttpResponse('Internal error', { status }));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.message).toContain(String(status));
    expect(error.isTransient).toBe(true);
  });

  it.each([400, 401, 403, 429])('calls a %i an HTTP error not worth retrying', async (status) => {
    answer(() => new HttpResponse('No', { status }));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.isTransient).toBe(false);
  });

  it('recognises the index.html a static host sends for a missing file', async () => {
    answer(() => HttpResponse.html('<!doctype html><html><body><div id="root"></div></body></html>'));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('html-instead-of-json');
    expect(error.isTransient).toBe(false);
  });

  it('recognises a web page even when its content type has parameters', async () => {
    answer(
      () => new HttpResponse('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    );
    expect((await failure(fetchJson(URL, filmSchema))).kind).toBe('html-instead-of-json');
  });

  it('calls a web page reached through a redirect a web page too: the CSP keeps a browser from following one elsewhere', async () => {
    server.use(
      http.get(URL, () => new HttpResponse(null, { status: 302, headers: { Location: PORTAL } })),
      http.get(PORTAL, () => HttpResponse.html('<html><body><form>Accept and connect</form></body></html>')),
    );
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('html-instead-of-json');
    expect(error.isTransient).toBe(false);
  });

  it('calls a web page in place of the archive’s entry (a file that always exists) a sign-in page', async () => {
    answer(() => HttpResponse.html('<html><body>Welcome to the hotel Wi-Fi</body></html>'));
    expect((await failure(fetchJson(URL, filmSchema, { entry: true }))).kind).toBe('sign-in-page');
    // The entry itself, when it is JSON, is read as usual.
    answer(() => HttpResponse.json({ title: 'Ballerina', year: 2023 }));
    await expect(fetchJson(URL, filmSchema, { entry: true })).resolves.toEqual({ title: 'Ballerina', year: 2023 });
  });

  it('tells every kind of failure apart, so that none is passed off as another (such as "offline")', async () => {
    const kinds: Record<string, [Parameters<typeof http.get>[1], console: string]> = {
      'not-found': [() => new HttpResponse(null, { status: 404 }), 'not found'],
      http: [() => new HttpResponse(null, { status: 503 }), 'status 503'],
      'html-instead-of-json': [() => HttpResponse.html('<html></html>'), 'a web page, not JSON'],
      'not-json': [
        () => new HttpResponse('{"title', { headers: { 'Content-Type': 'application/json' } }),
        'not valid JSON',
      ],
      invalid: [() => HttpResponse.json({ title: 7 }), '× Invalid type'],
      'too-large': [() => HttpResponse.json({ title: 'x'.repeat(3_000), year: 2023 }), 'larger than the 2 kB limit'],
      network: [() => HttpResponse.error(), 'unreachable, or cut off'],
    };
    const seen: string[] = [];
    for (const [kind, [resolver, detail]] of Object.entries(kinds)) {
      answer(resolver);
      const error = await failure(fetchJson(URL, filmSchema, { maxBytes: 2_048 }));
      seen.push(error.kind);
      expect(error.kind, kind).toBe(kind);
      // The console says which file, and what went wrong with it.
      expect(error.message, kind).toContain(`${URL}: ${detail}`);
    }
    expect(new Set(seen).size).toBe(Object.keys(kinds).length);
  });

  it('says a file that arrives nested too deeply to check is invalid, instead of overflowing', async () => {
    type Nested = Nested[];
    const nested: v.GenericSchema<Nested> = v.array(v.lazy(() => nested));
    answer(
      () =>
        new HttpResponse('['.repeat(50_000) + ']'.repeat(50_000), { headers: { 'Content-Type': 'application/json' } }),
    );
    const error = await failure(fetchJson(URL, nested, { maxBytes: 200_000 }));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(`${URL}: nested too deeply to check`);
  });

  it('answers the first request for a document the page arrived with from it, and later ones from the network', async () => {
    seedResponses([[URL, JSON.stringify({ title: 'Ballerina', year: 2023 })]]);
    let requests = 0;
    answer(() => {
      requests++;
      return HttpResponse.json({ title: 'Ballerina', year: 2024 });
    });
    await expect(fetchJson(URL, filmSchema)).resolves.toEqual({ title: 'Ballerina', year: 2023 });
    expect(requests).toBe(0);
    await expect(fetchJson(URL, filmSchema)).resolves.toEqual({ title: 'Ballerina', year: 2024 });
    expect(requests).toBe(1);
  });

  it.each([
    ['truncated JSON', '{"title": "Ballerina", "year": 20'],
    ['an empty body', ''],
    ['plain text', 'Ballerina (2023)'],
    ['JavaScript', 'while(1);{"title":"Ballerina"}'],
  ])('calls %s not JSON', async (_, body) => {
    answer(() => new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('not-json');
    expect(error.isTransient).toBe(false);
  });

  it('calls data that fails the schema invalid, naming the field', async () => {
    answer(() => HttpResponse.json({ title: 'Ballerina', year: '2023' }));
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/\byear\b/);
    expect(error.message).not.toMatch(/\btitle\b/);
    expect(error.isTransient).toBe(false);
  });

  it('names a nested field that fails the schema', async () => {
    const schema = v.object({ film: v.object({ cast: v.array(v.object({ name: v.string() })) }) });
    answer(() => HttpResponse.json({ film: { cast: [{ name: 'Jeon Jong-seo' }, { name: 7 }] } }));
    const error = await failure(fetchJson(URL, schema));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('film.cast.1.name');
  });

  it('gives up on a server that does not answer within the silence window', async () => {
    let answered = false;
    answer(async () => {
      await delay(2_000);
      answered = true;
      return HttpResponse.json({ title: 'Ballerina', year: 2023 });
    });
    const error = await failure(fetchJson(URL, filmSchema, { silenceMs: 30 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`${URL}: no data for too long`);
    expect(error.isTransient).toBe(true);
    // It gave up before the server answered, not after.
    expect(answered).toBe(false);
  });

  it('does not time out an answer that arrives in time', async () => {
    answer(async () => {
      await delay(10);
      return HttpResponse.json({ title: 'Ballerina', year: 2023 });
    });
    await expect(fetchJson(URL, filmSchema, { silenceMs: 1_000 })).resolves.toEqual({
      title: 'Ballerina',
      year: 2023,
    });
  });

  it('calls a failed connection a network error worth retrying', async () => {
    answer(() => HttpResponse.error());
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
  });

  it('calls a failed connection a network error where there is no navigator to ask (prerendering)', async () => {
    vi.stubGlobal('navigator', undefined);
    answer(() => HttpResponse.error());
    const error = await failure(fetchJson(URL, filmSchema)).finally(() => vi.unstubAllGlobals());
    expect(error.kind).toBe('network');
  });

  it('says the reader is offline when the browser knows it is', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    answer(() => HttpResponse.error());
    const error = await failure(fetchJson(URL, filmSchema));
    expect(error.kind).toBe('offline');
    expect(error.message).toBe(`${URL}: offline`);
    expect(error.isTransient).toBe(true);
  });

  it('passes on a cancellation by its caller instead of calling it a failure', async () => {
    answer(async () => {
      await delay(2_000);
      return HttpResponse.json({ title: 'Ballerina', year: 2023 });
    });
    const controller = new AbortController();
    const request = fetchJson(URL, filmSchema, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await request.catch((reason: unknown) => reason);
    expect(isApiError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });
});
