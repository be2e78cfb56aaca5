import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider } from 'react-router-dom';
import { AppProvider } from './app/provider';
import { BASENAME } from './config/basename';
import { createRoutes } from './app/router';
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
export async function renderPage(path: string, origin = 'http://localhost'): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const handler = createStaticHandler(createRoutes({ queryClient, wait: true }), { basename: BASENAME });
  const base = BASENAME === '/' ? '' : BASENAME;
  const context = await handler.query(new Request(new URL(base + path, origin)));
  if (context instanceof Response) {
    queryClient.clear();
    return { status: context.status, html: '', redirect: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        {/* No hydration script: the page embeds its own data as JSON (the CSP allows no inline script). */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
    // Every part inline, whatever its size: completing parts later takes inline scripts, which the CSP refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  // The cache's timers would keep Node running for the hour a browser tab keeps data.
  queryClient.clear();
  const [error] = Object.values(context.errors ?? {});
  return { status: context.statusCode, html, ...(error !== undefined && { error: describe(error) }) };
}

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`.trim();
  return error instanceof Error ? error.message : String(error);
}
