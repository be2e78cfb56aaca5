import * as v from 'valibot';
import { ApiError } from './api-error';

/** Long enough for a slow phone connection, short enough that nobody stares at a skeleton forever. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * Fetches a JSON document and checks it against a schema: the only place the
 * app calls `fetch`. Every failure becomes an ApiError that says what went
 * wrong: offline, timeout, HTTP status, not JSON (such as the index.html a
 * static host returns for a missing file) or a document that fails the schema.
 */
export async function fetchJson<TSchema extends v.GenericSchema>(
  url: string,
  schema: TSchema,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<v.InferOutput<TSchema>> {
  const body = await fetchBody(url, options);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new ApiError('not-json', url, 'not valid JSON');
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    throw new ApiError('invalid', url, v.summarize(result.issues));
  }
  return result.output;
}

async function fetchBody(url: string, options: { signal?: AbortSignal; timeoutMs?: number }): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const forwardAbort = () => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });

  try {
    // No custom headers: the request must match index.html's preload of the catalogue index.
    const response = await fetch(url, { signal: controller.signal });
    if (response.status === 404 || response.status === 410) {
      throw new ApiError('not-found', url, 'not found', response.status);
    }
    if (!response.ok) {
      throw new ApiError('http', url, `status ${response.status}`, response.status);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html')) {
      // Static hosts answer a missing file with the app's index.html and status 200.
      throw new ApiError('html-instead-of-json', url, 'a web page instead of JSON: the file is probably missing');
    }
    return await response.text();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (timedOut) throw new ApiError('timeout', url, 'no answer in time');
    if (options.signal?.aborted) throw error; // cancelled by React Query: not a failure
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new ApiError('offline', url, 'offline');
    }
    throw new ApiError('network', url, 'unreachable');
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}
