import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { apiBase } from './src/config/api-base.ts';
import { siteSettings } from './scripts/config/site-settings.ts';
import { routeChunk } from './scripts/lib/route-chunks.ts';
import { appShell } from './scripts/vite-plugins/app-shell.ts';
import { fontPreload } from './scripts/vite-plugins/font-preload.ts';
import { htmlForApi } from './scripts/vite-plugins/html-for-api.ts';
import { inlineBootScript } from './scripts/vite-plugins/inline-boot-script.ts';
import { offlineWorker } from './scripts/vite-plugins/offline-worker.ts';
import { plainLazyImports } from './scripts/vite-plugins/plain-lazy-imports.ts';
import { publishSite } from './scripts/vite-plugins/publish-site.ts';
import { productionBuilds } from './scripts/vite-plugins/production-builds.ts';
import { staticHost } from './scripts/vite-plugins/static-host.ts';

/**
 * The site's build, dev server and tests. The site's settings come from
 * site.config.ts (scripts/config/site-settings.ts); each plugin is a module of
 * scripts/vite-plugins/ that says what it does. `npm run build` is `vite
 * build`: the content, the app, the prerendered pages and the hosts' files
 * (publishSite, whose steps are scripts/build/site-steps.ts).
 */
export default defineConfig(({ mode, isSsrBuild }) => {
  const settings = siteSettings(mode === 'production' ? 'production' : 'development');
  const base = settings.basePath;
  const api = apiBase(settings.apiBaseUrl, base);
  return {
    base,
    define: {
      // The site's public address (canonical URLs, share images, feeds), and where the app reads the reviews: the
      // settings as every other step reads them, whatever Vite's own loading of .env files would give.
      'import.meta.env.VITE_SITE_URL': JSON.stringify(settings.siteUrl),
      'import.meta.env.VITE_API_BASE_URL': JSON.stringify(settings.apiBaseUrl ?? ''),
    },
    plugins: [
      react(),
      // The first load: no preload helper, the boot script before the first paint, the body font preloaded.
      plainLazyImports(),
      inlineBootScript(),
      fontPreload(),
      // index.html for the configured API (its Content-Security-Policy and the preload of its entry file).
      htmlForApi(settings.apiBaseUrl, api),
      // The dev and preview servers answer as the generated host configurations do.
      staticHost({ apiBaseUrl: settings.apiBaseUrl }),
      // What the prerenderer fills (the app without a page) and what the service worker serves offline.
      appShell(),
      offlineWorker(),
      // `vite build` is the whole site: the reviews published, then the app, the prerendered pages and the
      // hosts' files, swapped in when all have succeeded (APP_ONLY=1: the app alone). Last: after the worker.
      // `vite` (npm run dev) publishes the reviews the same way, and again as each is saved.
      publishSite(settings),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // React Router's and workbox-window's packages name a development or ES5 build: a production build takes
        // their production files for today's browsers.
        ...(mode === 'production' ? productionBuilds() : []),
      ],
    },
    build: {
      target: 'es2022',
      // The server build (src/entry-server.tsx, for prerendering) needs no copy of public/.
      copyPublicDir: !isSsrBuild,
      // One stylesheet for every page (about 4 kB): no CSS to fetch on a route change, and without
      // per-chunk CSS, lazy chunks need no preload helper (1 kB of JavaScript on every page).
      cssCodeSplit: false,
      modulePreload: false,
      // Read by scripts/check-size.ts to know which files each route loads first.
      manifest: true,
      rollupOptions: {
        output: {
          // Modules go exactly where routeChunk says (scripts/lib/route-chunks.ts), without pulling their imports along.
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [{ name: routeChunk, debugName: 'route chunks' }],
          },
        },
      },
    },
    css: {
      // Short class names: CSS module maps ship inside the JavaScript.
      modules: { generateScopedName: mode === 'production' ? '_[hash:base64:5]' : '[name]__[local]' },
    },
    server: {
      // Builds, benchmark archives and scratch folders are not source: watching 200,000 generated files
      // exhausts the system's file watchers, and then a saved review goes unseen.
      watch: { ignored: ['**/dist*/**', '**/.bench/**', '**/.scratch/**', '**/.lighthouse/**'] },
    },
    preview: { port: 4173, strictPort: false },
    test: {
      // The sample reviews, published for the tests (a fresh clone needs no other command first).
      globalSetup: ['tests/global-setup.ts'],
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // A test's time limit guards against a hang, not a slow machine: CI's machines are shared and two cores.
      testTimeout: 20_000,
      hookTimeout: 30_000,
      projects: [
        // Modules and scripts, each against its own tests beside it (what stryker.config.mjs measures).
        { extends: true, test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'] } },
        // Whole pages, through the router, the data layer and the mock network.
        { extends: true, test: { name: 'pages', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
        // The build's steps with the real app and renderer (tests/build/): in Node, as the build runs.
        {
          test: {
            name: 'build',
            environment: 'node',
            include: ['tests/build/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 300_000,
          },
        },
        // The date tests again, in a zone where a date read as local time would show the day before and in one
        // where it would show the day after. A time zone belongs to a process: each gets processes of its own.
        ...['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((zone) => ({
          test: {
            name: `dates in ${zone}`,
            environment: 'node',
            include: ['src/lib/dates.test.ts'],
            pool: 'forks' as const,
            env: { TZ: zone },
            setupFiles: ['tests/time-zone-setup.ts'],
          },
        })),
      ],
    },
  };
});
