import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, loadEnv, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './scripts/lib/security-policy.ts';

/**
 * Finishes index.html for the configured API: the Content-Security-Policy with
 * the API origin in connect-src (the dev server gets none: its React refresh
 * preamble is an inline script), and a preload of the catalogue index, which
 * the home page needs first, so it downloads alongside the JavaScript.
 */
function htmlForApi(apiBaseUrl: string | undefined, base: string): Plugin {
  const api = apiBaseUrl ? (apiBaseUrl.endsWith('/') ? apiBaseUrl : `${apiBaseUrl}/`) : `${base}api/v1/`;
  return {
    name: 'reel-notes:html-for-api',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const withPreload = html.replace(
          '</title>',
          `</title>\n    <link rel="preload" href="${api}catalog/index.json" as="fetch" crossorigin="anonymous" />`,
        );
        if (ctx.server) return withPreload.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        return withPreload.replace('%CSP%', contentSecurityPolicy({ apiBaseUrl, forMeta: true }));
      },
    },
  };
}

/**
 * The dev and preview servers answer any unknown path with index.html, as an
 * SPA host should (public/_redirects does the same on static hosts); but a
 * missing API or other .json file must be a 404, so an unknown review reads as not found, and
 * a page path with broken percent-encoding still gets the app, which shows its
 * not-found page, rather than the server's error.
 */
function staticHostRules(): Plugin {
  const handler =
    (root: string, appShell: () => string | null): Connect.NextHandleFunction =>
    (req, res, next) => {
      let path: string;
      try {
        path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      } catch {
        const html = appShell();
        if (!html) return next();
        res.setHeader('Content-Type', 'text/html');
        return void res.end(html);
      }
      const isData = path.startsWith('/api/') || path.endsWith('.json');
      if (!isData || existsSync(join(root, path))) return next();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end('{"error":"not found"}');
    };
  return {
    name: 'reel-notes:static-host-rules',
    configureServer: (server) => void server.middlewares.use(handler(server.config.publicDir, () => null)),
    configurePreviewServer: (server) => {
      const outDir = server.config.build.outDir;
      server.middlewares.use(handler(outDir, () => readFileSync(join(outDir, 'index.html'), 'utf8')));
    },
  };
}

/**
 * Three chunks load at most on a first visit: the core (libraries and what
 * every page shares, in one file so it compresses as one), and the code of the
 * list views or of the review page. Measured in docs/performance.md.
 */
const ROUTE_CHUNKS: Record<string, string[]> = {
  review: [
    'app/routes/review.tsx',
    'app/routes/not-found.tsx',
    'features/reviews/components/review-article',
    'features/reviews/review-schema',
    'features/reviews/review-json-ld',
    'lib/durations',
  ],
  list: [
    'app/routes/lists.tsx',
    'features/reviews/components/review-list-view',
    'features/reviews/components/filter-controls',
    'features/reviews/filters.ts',
    'features/reviews/use-review-list',
    'features/reviews/use-list-filters',
  ],
  // Search and sort indexes: needed once the whole catalogue arrives, after the first list.
  catalog: ['features/reviews/catalog.ts', 'lib/search-text'],
  facets: [
    'app/routes/genres.tsx',
    'app/routes/ratings.tsx',
    'app/routes/totals-page.tsx',
    'features/reviews/use-catalog-totals',
  ],
};

function routeChunk(id: string): string {
  const path = id.split('/src/')[1] ?? '';
  const chunk = Object.entries(ROUTE_CHUNKS).find(([, files]) => files.some((file) => path.startsWith(file)));
  return chunk?.[0] ?? 'core';
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), htmlForApi(env.VITE_API_BASE_URL, '/'), staticHostRules()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      target: 'es2022',
      // Every browser that runs this build supports modulepreload: skip the polyfill's bytes.
      modulePreload: { polyfill: false },
      // Read by scripts/check-size.ts to know which files each route loads first.
      manifest: true,
      rollupOptions: {
        output: {
          // Modules go exactly where routeChunk says, without pulling their imports along.
          codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: routeChunk }] },
        },
      },
    },
    css: {
      // Short class names: CSS module maps ship inside the JavaScript.
      modules: { generateScopedName: mode === 'production' ? '_[hash:base64:5]' : '[name]__[local]' },
    },
    preview: { port: 4173, strictPort: false },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
    },
  };
});
