import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, loadEnv, type Connect, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { apiBase } from './src/config/api-base.ts';
import { routeChunk } from './scripts/lib/route-chunks.ts';
import { contentSecurityPolicy } from './scripts/lib/security-policy.ts';
import { answerStatic } from './scripts/lib/static-host.ts';

/**
 * Finishes index.html for the configured API: the Content-Security-Policy with
 * the API origin in connect-src (the dev server gets none: its React refresh
 * preamble is an inline script), and a preload of the archive's entry file,
 * which every list needs first, so it downloads alongside the JavaScript.
 */
function htmlForApi(configuredApi: string | undefined, api: string): Plugin {
  return {
    name: 'reel-notes:html-for-api',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const withPreload = html.replace(
          '</title>',
          `</title>\n    <link rel="preload" href="${api}index.json" as="fetch" crossorigin="anonymous" />`,
        );
        if (ctx.server) return withPreload.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        return withPreload.replace('%CSP%', contentSecurityPolicy({ apiBaseUrl: configuredApi, forMeta: true }));
      },
    },
  };
}

/**
 * Vite wraps every lazy import in a helper (1 kB on every page) that preloads
 * the chunk's CSS and imports. With one stylesheet and no modulepreload
 * (below) it has nothing to preload: this plugin makes it a plain call.
 */
function plainLazyImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'reel-notes:plain-lazy-imports',
    enforce: 'pre',
    apply: 'build',
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/** The dev and preview servers answer as a static host would (scripts/lib/static-host.ts). */
function staticHost(): Plugin {
  const isFileIn = (root: string) => (path: string) => {
    try {
      return statSync(join(root, path)).isFile();
    } catch {
      return false;
    }
  };
  const handler =
    (root: string, servesPages: boolean): Connect.NextHandleFunction =>
    (req, res, next) => {
      const answer = answerStatic(req.url ?? '/', { isFile: isFileIn(root) });
      if (answer.kind === 'file') return next();
      if (answer.kind === 'page') {
        // The dev server makes its own index.html; only the preview serves built pages.
        if (!servesPages) return next();
        res.statusCode = answer.status;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        return void res.end(readFileSync(join(root, answer.path)));
      }
      res.statusCode = 404;
      const data = answer.kind === 'missing-data';
      res.setHeader('Content-Type', data ? 'application/json' : 'text/plain; charset=utf-8');
      res.end(data ? '{"error":"not found"}' : 'Not found');
    };
  return {
    name: 'reel-notes:static-host',
    configureServer: (server) => void server.middlewares.use(handler(server.config.publicDir, false)),
    configurePreviewServer: (server) => void server.middlewares.use(handler(server.config.build.outDir, true)),
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      react(),
      plainLazyImports(),
      htmlForApi(env.VITE_API_BASE_URL, apiBase(env.VITE_API_BASE_URL, '/')),
      staticHost(),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      target: 'es2022',
      // One stylesheet for every page (about 4 kB): no CSS to fetch on a route change, and without
      // per-chunk CSS, lazy chunks need no preload helper (1 kB of JavaScript on every page).
      cssCodeSplit: false,
      modulePreload: false,
      // Read by scripts/check-size.ts to know which files each route loads first.
      manifest: true,
      rollupOptions: {
        output: {
          // Modules go exactly where routeChunk says (scripts/lib/route-chunks.ts), without pulling their imports along.
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
