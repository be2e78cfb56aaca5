import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router-dom';
import { App } from './app/app';
import { BASENAME } from './config/basename';
import { createRoutes } from './app/router';
import { createPageRouter, NotFound, Redirect, resolvePage } from './lib/page-router/page-router';
import { createQueryClient } from './lib/query-client';

/**
 * The app rendered to HTML in Node, for the prerenderer (scripts/prerender.ts):
 * the same route table, loaders and components as in the browser. Loaders
 * wait for their data here, so the HTML holds the content; React's own
 * prerenderer waits for every lazy part. Never part of the browser's bundle.
 */
export interface RenderedPage {
  status: number;
  /** The page's HTML: React places its <title>, <meta> and <link> elements first. */
  html: string;
  /** Where the address redirects, when it does. */
  redirect?: string;
  /** What went wrong, when a loader or the page failed: for the prerenderer's message. */
  error?: string;
}

/** Renders a page by its address inside the app (`/reviews/ballerina-2023`, without any base path). */
export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const routes = createRoutes({ queryClient, wait: true });
  const base = BASENAME === '/' ? '' : BASENAME;
  const history = createMemoryHistory({ initialEntries: [base + path] });
  const page = await resolvePage(routes, history.location, history, BASENAME);
  if (page instanceof Redirect) {
    queryClient.clear();
    return { status: 302, html: '', redirect: page.to };
  }
  const router = createPageRouter(routes, { history, basename: BASENAME, page });
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      {/* No hydration script: the page embeds its own data as JSON (the CSP allows no inline script). */}
      <App queryClient={queryClient} router={router} isStatic />
    </StrictMode>,
    // Every part inline, whatever its size: completing parts later takes inline scripts, which the CSP refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // The cache's timers would keep Node running for the hour a browser tab keeps data.
  queryClient.clear();
  return { status: page.status, html, ...(page.error !== undefined && { error: describe(page.error) }) };
}

function describe(error: unknown): string {
  if (error instanceof NotFound) return '404 Not found';
  return error instanceof Error ? error.message : String(error);
}
