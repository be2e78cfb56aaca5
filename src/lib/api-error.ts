/** Why a request for data failed, in terms a reader's message can be chosen from. */
export type ApiErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'not-found'
  | 'http'
  | 'too-large'
  | 'not-json'
  | 'html-instead-of-json'
  /** A web page where data should be, from a network that wants the reader to sign in first (a captive portal). */
  | 'sign-in-page'
  | 'invalid';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    /** What went wrong, for the console: the URL is added. */
    detail: string,
    readonly status?: number,
  ) {
    super(`${url}: ${detail}`);
  }

  /**
   * Worth trying again at once: the network or the server may recover by
   * itself; bad data and 4xx will not, nor a network's sign-in page, which
   * waits for the reader.
   */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'offline' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
