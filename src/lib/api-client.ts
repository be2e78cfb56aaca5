import type * as v from 'valibot';
import { ApiError } from './api-error';

/**
 * How long a request may go without receiving a byte, from being sent to its
 * last byte. Silence, not total time: on a slow link a large file takes long
 * but keeps arriving, and that is not a failure.
 */
export const SILENCE_TIMEOUT_MS = 15_000;

export interface FetchJsonOptions {
  signal?: AbortSignal;
  /** Refuse a document larger than this: a runaway file must not freeze the tab. */
  maxBytes: number;
  silenceMs?: number;
  /**
   * The document always exists (the archive's entry): a web page in its place
   * cannot be a static host's answer for a missing file, so it is a network's
   * sign-in page.
   */
  entry?: boolean;
}

/**
 * Fetches a JSON document and checks it against a schema: the only place the
 * app calls `fetch`. Every failure becomes an ApiError that says what went
 * wrong: offline, silence, HTTP status, too large, a web page (the index.html
 * a static host returns for a missing file, or a network's sign-in page), not
 * JSON, or a document that fails the schema.
 */
export async function fetchJson<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema | (() => Promise<TSchema>),
  options: FetchJsonOptions,
): Promise<v.InferOutput<TSchema>> {
  // The checker and the schema (a chunk of their own, see schema-check.ts) download beside the document.
  const checker = Promise.all([typeof schema === 'function' ? schema() : schema, import('./schema-check')]);
  checker.catch(() => undefined); // a failed download of the document is the error to report, not this
  const body = await fetchBody(url, options);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new ApiError('not-json', url, 'not valid JSON');
  }
  const [resolved, { checkDocument }] = await checker.catch(() => {
    throw new ApiError('network', url, 'the code that checks it could not be downloaded');
  });
  return checkDocument(resolved, data, url);
}

/** Documents the page arrived with (a prerendered page embeds what it was rendered from), by URL. */
const arrived = new Map<string, string>();

/**
 * Hands over documents the page already holds, so the first request for each
 * is answered from them without the network (later requests go out as usual).
 */
export function seedResponses(documents: Iterable<readonly [url: string, body: string]>): void {
  for (const [url, body] of documents) arrived.set(url, body);
}

async function fetchBody(url: string, options: FetchJsonOptions): Promise<string> {
  options.signal?.throwIfAborted();
  const seeded = arrived.get(url);
  if (seeded !== undefined) {
    arrived.delete(url);
    return seeded;
  }
  const controller = new AbortController();
  let silent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const heardFrom = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      silent = true;
      controller.abort();
    }, options.silenceMs ?? SILENCE_TIMEOUT_MS);
  };
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    heardFrom();
    // No custom headers: the request must match index.html's preload of the entry file.
    const response = await fetch(url, { signal: controller.signal });
    heardFrom();
    if (response.status === 404 || response.status === 410) {
      throw new ApiError('not-found', url, 'not found', response.status);
    }
    if (!response.ok) {
      throw new ApiError('http', url, `status ${response.status}`, response.status);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html')) {
      // Static hosts answer a missing file with the app's index.html and status 200. A network that wants the reader
      // to sign in (a captive portal) answers with its own page: the entry, which always exists, tells them apart.
      // (Its redirects to its own origin never get here: the Content-Security-Policy refuses them, a network error.)
      throw new ApiError(options.entry ? 'sign-in-page' : 'html-instead-of-json', url, 'a web page, not JSON');
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) throw tooLarge(url, options.maxBytes);
    return await readText(response, url, options.maxBytes, heardFrom);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (silent) throw new ApiError('timeout', url, 'no data for too long');
    if (options.signal?.aborted) throw error; // cancelled by React Query: not a failure
    if (globalThis.navigator?.onLine === false) throw new ApiError('offline', url, 'offline');
    throw new ApiError('network', url, 'unreachable, or cut off');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

/** The body as text, chunk by chunk: every chunk restarts the silence timer, and too many bytes stop it. */
async function readText(response: Response, url: string, maxBytes: number, heardFrom: () => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    heardFrom();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(url: string, maxBytes: number): ApiError {
  return new ApiError('too-large', url, `larger than the ${Math.round(maxBytes / 1024)} kB limit`);
}
