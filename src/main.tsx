import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { onlineManager } from '@tanstack/react-query';
import { UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router-dom';
import { removePrerenderedPageMeta } from '@/components/page-meta';
import { apiUrl } from '@/config/api';
import { BASENAME } from '@/config/basename';
import { reviewKeys } from '@/features/reviews/api/review-queries';
import { seedResponses } from '@/lib/api-client';
import { readPrerendered } from '@/lib/prerendered';
import { createPageRouter, withoutBase } from '@/lib/page-router/page-router';
import { createQueryClient, whenQuiet } from '@/lib/query-client';
import { App } from './app/app';
import type { LoaderContext } from './app/routes/loader-context';
import { createRoutes } from './app/router';
import './styles/global.css';

/**
 * Starts the app. A prerendered page is hydrated: its loaders run first,
 * answered from the documents the page embeds, so the first render matches
 * the HTML exactly. Any other page (an address with filters, which the HTML
 * could not know, or the app shell) is rendered afresh.
 */
// A page opened offline (from the service worker) waits for the connection instead of failing.
onlineManager.setOnline(navigator.onLine);
const queryClient = createQueryClient();
const prerendered = readPrerendered();
if (prerendered) seedResponses(Object.entries(prerendered.documents).map(([path, body]) => [apiUrl(path), body]));
const hydrating =
  prerendered?.path === withoutBase(location.pathname, BASENAME) &&
  !document.documentElement.hasAttribute('data-client-list');
const context: LoaderContext = { queryClient, wait: hydrating };
const router = createPageRouter(createRoutes(context), { history: createBrowserHistory(), basename: BASENAME });
const app = (
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>
);
const root = document.getElementById('root')!;

if (hydrating) {
  void router.initialize().then(() => {
    hydrateRoot(root, app);
    context.wait = false;
  });
} else {
  // Rendered once the page's code is in, and in one go (flushSync), before the boot script's mark goes: until
  // then the page's HTML stays, its list replaced by the boot script's loading line; the next frame shows the
  // app's loading state, in the same words, or the right list. Never a blank frame, never the HTML's list.
  void router.initialize().then(() => {
    removePrerenderedPageMeta();
    flushSync(() => createRoot(root).render(app));
    document.documentElement.removeAttribute('data-client-list');
  });
}

// The service worker (offline reading, calm updates) after the page has loaded: never part of its first load. On
// Save-Data or 3G (the boot script's mark), only once the page has its data too (its route's loaders have run and
// no query is fetching), so that its precaching never shares the slow link with the page's first list.
// (A prerendered page starts the app after its first paint, often once it has loaded already.)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const slowLink = document.documentElement.hasAttribute('data-less-data');
  const register = () =>
    void (slowLink ? router.initialize().then(() => whenQuiet(queryClient)) : Promise.resolve()).then(
      () => import('./features/offline/register-worker'),
    );
  if (document.readyState == 'complete') register();
  else addEventListener('load', register, { once: true });
}

// npm run dev: a review saved in content/ was republished; read it again (scripts/vite-plugins/republish-on-save.ts).
if (import.meta.hot) {
  import.meta.hot.on(
    'reel-notes:content-published',
    () => void queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  );
}
