import { request as httpRequest } from 'node:http';
import type { APIRequestContext, Page } from '@playwright/test';
import type { RawResponse } from '../raw-request';

/** Tags the checks of a server's own config (nginx, Caddy), which a _headers file cannot express. */
export const SERVER_CONFIG = '@server-config';

/**
 * Errors the page reports while a test runs: script errors, and console
 * errors such as a Content-Security-Policy refusing something the app needs.
 * A 404 of the page itself, which a test asks for, is not one.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/** What every response of the site carries (scripts/deploy/headers.ts). */
export const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
} as const;

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A GET sent exactly as written: a browser or a URL parser would resolve
 * `..` and `%2e%2e` before sending, and the point is to see what the server
 * does with them.
 */
export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((done, fail) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** The build's files a page names: its hashed script and stylesheet, and the archive's current build. */
export async function builtFiles(request: APIRequestContext) {
  const html = await (await request.get('/')).text();
  // A prerendered page names its modules for the boot script to start after the first paint.
  const script = /<meta name="app-modules" content="(\/assets\/[^" ]+\.js)/.exec(html)?.[1];
  const stylesheet = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  const index = (await (await request.get('/api/v2/index.json')).json()) as { build: string };
  if (!script || !stylesheet) throw new Error('The home page names no script or stylesheet under /assets/');
  return { script, stylesheet, build: index.build, buildFile: `/api/v2/builds/${index.build}/pages/all.json` };
}
