/**
 * What the page downloaded, from Chromium's own network events (CDP): each
 * request's start and finish, and the bytes Chromium received for it
 * (Network.loadingFinished encodedDataLength: the compressed body plus the
 * response headers, as they came over the wire).
 */
import type { CDPSession } from 'playwright-core';

interface RequestRecord {
  url: string;
  /** Chromium's resource type: Document, Script, Stylesheet, Fetch, Image… */
  type: string;
  /** CDP monotonic time, seconds. */
  started: number;
  finished: number | null;
  bytes: number;
  /** Of those, the response headers (CDP responseReceived encodedDataLength: what had come in with them). */
  headerBytes: number;
  status: number | null;
  /** Why it failed: an HTTP status of 400 or more, or Chromium's error text. */
  failure: string | null;
}

export interface TransferSummary {
  /** Bytes received (bodies as sent, compressed, plus response headers) by requests finished by then. */
  bytes: number;
  /** Of those, the response headers. */
  headerBytes: number;
  /** Requests finished by then. */
  requests: number;
  /** Requests started by then, finished or not. */
  started: number;
  /** Requests that failed by then, with why. */
  failed: string[];
  /** Bytes by resource type (Document, Script, Stylesheet, Fetch…). */
  bytesByType: Record<string, number>;
  /** The scripts' compressed bodies, without their headers: the JavaScript downloaded. */
  scriptBodyBytes: number;
}

export class NetworkLog {
  private readonly requests = new Map<string, RequestRecord>();
  private origin: string | null = null;
  /** performance.now() of the last request started or ended. */
  private lastActivity = performance.now();

  constructor(cdp: CDPSession) {
    for (const event of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
      cdp.on(event, () => (this.lastActivity = performance.now()));
    }
    cdp.on('Network.requestWillBeSent', (event) => {
      // A redirect reuses the id: the new hop replaces the old one.
      this.requests.set(event.requestId, {
        url: event.request.url,
        type: event.type ?? 'Other',
        started: event.timestamp,
        finished: null,
        bytes: 0,
        headerBytes: 0,
        status: null,
        failure: null,
      });
      this.origin ??= new URL(event.request.url).origin;
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      request.status = event.response.status;
      request.headerBytes = event.response.encodedDataLength;
      if (event.response.status >= 400) request.failure = `HTTP ${event.response.status}`;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      request.finished = event.timestamp;
      request.bytes = event.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (event) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      request.finished = event.timestamp;
      request.failure = event.canceled ? `cancelled (${event.errorText})` : event.errorText;
    });
  }

  /**
   * What had been transferred `untilMs` after navigation start, where
   * `navigationStart` is the page's navigation start on CDP's clock (seconds).
   */
  summarise(navigationStart: number, untilMs = Infinity): TransferSummary {
    const by = (time: number | null) => time !== null && (time - navigationStart) * 1000 <= untilMs;
    const all = [...this.requests.values()];
    const finished = all.filter((request) => by(request.finished));
    return {
      bytes: finished.reduce((sum, request) => sum + request.bytes, 0),
      headerBytes: finished.reduce((sum, request) => sum + request.headerBytes, 0),
      requests: finished.filter((request) => request.failure === null).length,
      started: all.filter((request) => by(request.started)).length,
      failed: finished
        .filter((request) => request.failure !== null)
        .map((request) => `${request.failure}: ${this.shortUrl(request.url)}`),
      bytesByType: finished.reduce<Record<string, number>>((types, request) => {
        types[request.type] = (types[request.type] ?? 0) + request.bytes;
        return types;
      }, {}),
      scriptBodyBytes: finished
        .filter((request) => request.type === 'Script')
        .reduce((sum, request) => sum + request.bytes - request.headerBytes, 0),
    };
  }

  /**
   * Resolves once no request is open and none has started or ended for
   * `quietMs` (the page's background downloads are over); false if that does
   * not happen within `timeoutMs`.
   */
  async settled(quietMs: number, timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const open = [...this.requests.values()].some((request) => request.finished === null);
      if (!open && performance.now() - this.lastActivity >= quietMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  /**
   * How many requests have started so far: for data (fetch()), or for images. A filter change must need no data
   * request once the archive's list data is in memory; the new cards' thumbnails are images, counted apart.
   */
  startedCount(kind: 'data' | 'images'): number {
    const type = kind === 'data' ? 'Fetch' : 'Image';
    return [...this.requests.values()].filter((request) => request.type === type).length;
  }

  /** Every request that has failed so far. */
  failures(): string[] {
    return this.summarise(0).failed;
  }

  private shortUrl(url: string): string {
    return this.origin && url.startsWith(this.origin) ? url.slice(this.origin.length) : url;
  }
}
