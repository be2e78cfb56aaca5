/// <reference lib="webworker" />
/**
 * The service worker: the site keeps working offline, and a new deployment
 * never mixes with the old one. Built by vite-plugin-pwa (injectManifest),
 * which lists the build's hashed files in self.__WB_MANIFEST.
 *
 * - The app's code, styles and icons are precached: the version a page was
 *   built with is always there for it, even after a deployment removed it.
 * - Pages come from the network first, so a new deployment's HTML arrives
 *   with its own code; the copy last seen serves when offline.
 * - The archive's entry is network first; its build files never change, so
 *   they come from the cache first; reviews show the cached copy and refresh it.
 * - Reviews saved for offline (features/reviews/reading-list/offline-copies.ts) sit in a cache of their
 *   own that nothing expires; any cache answers when the network cannot.
 * - A page never visited gets the app itself, which says what is unavailable.
 * - A new worker waits until the reader chooses to reload (the page asks).
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { API_DIR } from '../config/api-base';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/** The app shell for pages never visited, precached: the build writes it (vite.config.ts, appShell). */
const OFFLINE_PAGE = 'offline.html';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const api =
  (test: (path: string) => boolean) =>
  ({ url }: { url: URL }) =>
    url.origin === self.location.origin && url.pathname.includes(`/${API_DIR}`) && test(url.pathname);

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: 'pages',
    // An address with filters is the same page: its copy serves when offline.
    matchOptions: { ignoreSearch: true },
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
);
registerRoute(
  api((path) => path.endsWith('/index.json')),
  new NetworkFirst({ cacheName: 'archive-entry' }),
);
registerRoute(
  api((path) => path.includes('/builds/')),
  new CacheFirst({ cacheName: 'archive-builds', plugins: [new ExpirationPlugin({ maxEntries: 3000 })] }),
);
registerRoute(
  api((path) => path.includes('/reviews/')),
  new StaleWhileRevalidate({ cacheName: 'reviews', plugins: [new ExpirationPlugin({ maxEntries: 500 })] }),
);

// The network failed and the strategy's own cache had nothing: any cache (saved reviews among them), then the app shell.
setCatchHandler(async ({ request }) => {
  const cached = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (cached) return cached;
  if (request.mode === 'navigate') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  return Response.error();
});

// The page asks the waiting worker to take over when the reader chooses "Reload".
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker takes charge of the page that installed it, so what the reader opens on that first
// visit is cached too. It is the same build as the page: nothing mixes. (A new worker still waits, above.)
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
