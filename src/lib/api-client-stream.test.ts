import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delay, http, HttpResponse, passthrough } from 'msw';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '../../tests/mocks/server';
import { fetchJson, SILENCE_TIMEOUT_MS } from './api-client';
import { isApiError, type ApiError } from './api-error';

/**
 * fetchJson as a body arrives: the silence timeout (restarted by every chunk),
 * the size limit (declared or counted), and a body cut off on the way.
 */
const URL = 'https://api.example.test/v2/big.json';
const listSchema = v.object({ items: v.array(v.string()) });
const encoder = new TextEncoder();

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a failure, got ${JSON.stringify(value).slice(0, 200)}`);
    },
    (reason: unknown) => reason,
  );
  expect(isApiError(error)).toBe(true);
  return error as ApiError;
}

/** A JSON body sent as these chunks, `gapMs` apart; `then: 'fail'` breaks the connection after them. */
function streamed(chunks: readonly string[], { gapMs = 0, then = 'end' as 'end' | 'fail' } = {}) {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(encoder.encode(chunk));
        if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
      }
      if (then === 'end') controller.close();
      if (then === 'fail') controller.error(new TypeError('terminated'));
    },
  });
  server.use(http.get(URL, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
}

/**
 * A real server on this machine, for what MSW cannot show: a mocked body goes
 * on arriving after its request is aborted, where a browser's (or Node's)
 * fetch errors it. Each test says how to answer a path.
 */
const slowHost = {
  base: '',
  answers: new Map<string, (response: ServerResponse) => void>(),
  server: createServer((request, response) => slowHost.answers.get(request.url ?? '')?.(response)),
};
beforeAll(async () => {
  await new Promise<void>((resolve) => slowHost.server.listen(0, '127.0.0.1', resolve));
  slowHost.base = `http://127.0.0.1:${(slowHost.server.address() as AddressInfo).port}`;
});
afterEach(() => slowHost.answers.clear());
afterAll(() => {
  slowHost.server.closeAllConnections();
  slowHost.server.close();
});

/** The URL of a path on the real server, answered by `answer`, and let through MSW. */
function onSlowHost(path: string, answer: (response: ServerResponse) => void): string {
  slowHost.answers.set(path, answer);
  server.use(http.get(`${slowHost.base}/*`, () => passthrough()));
  return `${slowHost.base}${path}`;
}

/** `count` items, as JSON split into one chunk per item. */
function itemChunks(count: number, item = 'x'): string[] {
  return ['{"items":[', ...Array.from({ length: count }, (_, i) => `${i ? ',' : ''}"${item}${i}"`), ']}'];
}

afterEach(() => void vi.useRealTimers());

describe('the silence timeout', () => {
  /** A body sent in `chunks` items, one every `gapMs`, by the real server; `unsent()` counts the parts not yet written. */
  const trickling = (path: string, chunks: number, gapMs: number) => {
    const parts = itemChunks(chunks);
    const url = onSlowHost(path, (response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(parts.shift());
      const timer = setInterval(() => {
        response.write(parts.shift());
        if (!parts.length) {
          clearInterval(timer);
          response.end();
        }
      }, gapMs);
      response.on('close', () => clearInterval(timer));
    });
    return { url, unsent: () => parts.length };
  };

  it('lets a body take far longer than the silence window, as long as it keeps arriving', async () => {
    // 26 chunks 80 ms apart: two seconds in all, twice the silence window, but never silent for more than a tenth of it.
    const { url } = trickling('/trickles-in.json', 24, 80);
    const started = performance.now();
    const data = await fetchJson(url, listSchema, { maxBytes: 10_000, silenceMs: 1_000 });
    // A lower bound only: a slow machine makes the body take longer, never shorter.
    expect(performance.now() - started).toBeGreaterThan(1_900);
    expect(data.items).toHaveLength(24);
    expect(data.items.at(-1)).toBe('x23');
  });

  it('gives up on a body whose chunks come further apart than the silence window', async () => {
    const { url, unsent } = trickling('/drips.json', 10, 400);
    expect((await failure(fetchJson(url, listSchema, { maxBytes: 10_000, silenceMs: 150 }))).kind).toBe('timeout');
    // It gave up before the body was complete.
    expect(unsent()).toBeGreaterThan(0);
  });

  it('gives up, as a timeout worth retrying, when a body stops arriving', async () => {
    let closed = false;
    const url = onSlowHost('/stalls.json', (response) => {
      response.on('close', () => (closed = true));
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"items":["a","b",');
    });
    const error = await failure(fetchJson(url, listSchema, { maxBytes: 10_000, silenceMs: 80 }));
    expect(error.kind).toBe('timeout');
    expect(error.isTransient).toBe(true);
    expect(error.url).toBe(url);
    // The connection is let go, not left open.
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 5_000 });
  });

  describe('by default', () => {
    it(`waits ${SILENCE_TIMEOUT_MS / 1000} s for a server that says nothing`, async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      server.use(
        http.get(URL, async () => {
          await delay('infinite');
          return HttpResponse.json({ items: [] });
        }),
      );
      let settled = false;
      const request = fetchJson(URL, listSchema, { maxBytes: 1_000 }).finally(() => (settled = true));
      const outcome = failure(request);
      await vi.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS - 100);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect((await outcome).kind).toBe('timeout');
    });
  });
});

describe('the size limit', () => {
  it('refuses a body whose declared length is over the limit, before reading it', async () => {
    const body = JSON.stringify({ items: ['x'.repeat(5_000)] });
    server.use(
      http.get(
        URL,
        () =>
          new HttpResponse(body, {
            headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
          }),
      ),
    );
    const error = await failure(fetchJson(URL, listSchema, { maxBytes: 4 * 1024 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('4 kB');
    expect(error.isTransient).toBe(false);
    await expect(fetchJson(URL, listSchema, { maxBytes: body.length })).resolves.toEqual({
      items: ['x'.repeat(5_000)],
    });
  });

  it('counts the bytes of a body sent without a length, and stops reading past the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1_000;
        controller.enqueue(encoder.encode(pulled === 1_000 ? `{"items":["${'x'.repeat(988)}` : 'x'.repeat(1_000)));
      },
    });
    server.use(http.get(URL, () => new HttpResponse(endless, { headers: { 'Content-Type': 'application/json' } })));
    const error = await failure(fetchJson(URL, listSchema, { maxBytes: 10_000, silenceMs: 1_000 }));
    expect(error.kind).toBe('too-large');
    expect(pulled).toBeLessThan(100_000);
  });

  it('lets go of the connection of an endless body', async () => {
    let closed = false;
    const url = onSlowHost('/endless.json', (response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"items":["');
      const timer = setInterval(() => response.write('x'.repeat(4_096)), 5);
      response.on('close', () => {
        closed = true;
        clearInterval(timer);
      });
    });
    // MSW keeps a passed-through body open when its reader is cancelled; Node's own fetch, like a browser's, closes it.
    server.close();
    try {
      expect((await failure(fetchJson(url, listSchema, { maxBytes: 64 * 1024 }))).kind).toBe('too-large');
      await vi.waitFor(() => expect(closed).toBe(true), { timeout: 5_000 });
    } finally {
      server.listen({ onUnhandledRequest: 'error' });
    }
  });

  it('counts bytes, not characters', async () => {
    // 400 characters of three bytes each: 1,200 bytes.
    streamed(['{"items":["', '€'.repeat(400), '"]}']);
    expect((await failure(fetchJson(URL, listSchema, { maxBytes: 1_000 }))).kind).toBe('too-large');
    streamed(['{"items":["', '€'.repeat(400), '"]}']);
    await expect(fetchJson(URL, listSchema, { maxBytes: 1_300 })).resolves.toEqual({ items: ['€'.repeat(400)] });
  });
});

describe('a body as it arrives', () => {
  it('calls a body cut off halfway a network failure worth retrying', async () => {
    streamed(itemChunks(5).slice(0, 3), { then: 'fail' });
    const error = await failure(fetchJson(URL, listSchema, { maxBytes: 10_000 }));
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
  });

  it('calls a body that ends early (but cleanly) not JSON', async () => {
    streamed(itemChunks(5).slice(0, 3));
    expect((await failure(fetchJson(URL, listSchema, { maxBytes: 10_000 }))).kind).toBe('not-json');
  });

  it('joins characters split between chunks', async () => {
    const bytes = encoder.encode('{"items":["Amélie","발레리나","👩‍👩‍👧"]}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // One byte a chunk: every multi-byte character is split.
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    server.use(http.get(URL, () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })));
    await expect(fetchJson(URL, listSchema, { maxBytes: 1_000 })).resolves.toEqual({
      items: ['Amélie', '발레리나', '👩‍👩‍👧'],
    });
  });

  it('passes on a cancellation during the body instead of calling it a failure', async () => {
    const url = onSlowHost('/trickles.json', (response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"items":[');
      const timer = setInterval(() => response.write('"x",'), 20);
      response.on('close', () => clearInterval(timer));
    });
    const controller = new AbortController();
    const request = fetchJson(url, listSchema, { maxBytes: 100_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 60);
    const error = await request.catch((reason: unknown) => reason);
    expect(isApiError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  it('never starts a request already cancelled', async () => {
    let requests = 0;
    server.use(
      http.get(URL, () => {
        requests++;
        return HttpResponse.json({ items: [] });
      }),
    );
    const error = await fetchJson(URL, listSchema, { maxBytes: 1_000, signal: AbortSignal.abort() }).catch(
      (reason: unknown) => reason,
    );
    expect((error as Error).name).toBe('AbortError');
    expect(requests).toBe(0);
  });
});
