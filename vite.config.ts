import { createHash } from 'node:crypto';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { apiBase } from './src/config/api-base.ts';
import { routeChunk } from './scripts/lib/route-chunks.ts';
import { contentSecurityPolicy } from './scripts/lib/security-policy.ts';
import { basePath, siteUrl } from './scripts/lib/site-url.ts';
import { FILTER_PARAMS } from './src/features/reviews/list/filters.ts';
import { formatProblem } from './scripts/content/problems.ts';
import { readContent } from './scripts/content/read-content.ts';
import { contentDir, ROOT, SAMPLE_API_DIR } from './scripts/lib/project-paths.ts';
import { writeArchive } from './scripts/lib/publish-archive.ts';
import { staticHost } from './scripts/deploy/vite-static-host.ts';

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
          '<!--app-head-->',
          `<link rel="preload" href="${api}index.json" as="fetch" crossorigin="anonymous" />\n    <!--app-head-->`,
        );
        if (ctx.server) return withPreload.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        return withPreload.replace('%CSP%', contentSecurityPolicy({ apiBaseUrl: configuredApi, forMeta: true }));
      },
    },
  };
}

/**
 * A tiny script that runs before the first paint of a prerendered page: an
 * address with filters (which the HTML could not know) hides the HTML's
 * unfiltered list until the app has drawn the filtered one. A file, not
 * inline: the CSP allows scripts from the site only. Built from the filters'
 * own parameter names (FILTER_PARAMS), so the two never disagree.
 *
 * It also starts the app on a prerendered page, whose modules are named in
 * `<meta name="app-modules">` (scripts/prerender/page-html.ts) instead of
 * script tags: once the page's first paint is reported, so that on a slow link the
 * page's words and the stylesheet get the bandwidth first, not 120 kB of
 * JavaScript; at once for an address with filters, whose list only the app
 * can draw. (A browser that reports no paint starts it after half a second.)
 */
function bootScript(): Plugin {
  const code =
    `(function(){var p=new URLSearchParams(location.search),f=${JSON.stringify([...FILTER_PARAMS])}.some(function(k){return p.has(k)});` +
    `if(f)document.documentElement.setAttribute("data-client-list","");` +
    `document.addEventListener("DOMContentLoaded",function(){var m=document.querySelector('meta[name="app-modules"]'),s;if(!m)return;` +
    `var go=function(){if(s)return;s=1;m.content.split(" ").forEach(function(u,i){var e=document.createElement(i?"link":"script");` +
    `e.crossOrigin="";if(i){e.rel="modulepreload";e.href=u}else{e.type="module";e.src=u}document.head.appendChild(e)})};` +
    `if(f)return go();try{new PerformanceObserver(function(){setTimeout(go)}).observe({type:"paint",buffered:true})}catch(e){}` +
    `setTimeout(go,500)})})();\n`;
  const fileName = `assets/boot-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
  let base = '/';
  return {
    name: 'reel-notes:boot-script',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml: (html) =>
      html.replace('<!--app-head-->', `<script src="${base}${fileName}"></script>\n    <!--app-head-->`),
  };
}

/**
 * Two copies of the built index.html, the app without a page: `.vite/shell.html`,
 * which the prerenderer fills with each page, and `offline.html`, which the
 * service worker serves for a page never visited while offline (the app then
 * says what it cannot show).
 */
function appShell(): Plugin {
  return {
    name: 'reel-notes:app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const html = String(index.source);
      this.emitFile({ type: 'asset', fileName: '.vite/shell.html', source: html });
      this.emitFile({
        type: 'asset',
        fileName: 'offline.html',
        // No preload of the archive's entry: offline, it fails on its own, and the app's request then reuses that failure.
        source: html
          .replace(/\s*<!--app-(head|data)-->/g, '')
          .replace('<!--app-html-->', '')
          .replace(/\s*<link rel="preload" href="[^"]*index\.json"[^>]*>/, ''),
      });
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

/**
 * While `npm run dev` runs, saving a review republishes the content (drafts
 * included) and tells the open pages to read it again; a mistake shows in
 * Vite's overlay, as file:line:column, and nothing is published.
 */
function contentPreview(): Plugin {
  return {
    name: 'reel-notes:content-preview',
    // The dev server only: Vitest runs one too, and must read the published sample as it is.
    apply: (_config, { command }) => command === 'serve' && !process.env.VITEST,
    configureServer(server) {
      const dir = contentDir();
      // What is wrong with the reviews now, shown to every page that connects until it is fixed.
      let problems: string | undefined;
      const showProblems = () => {
        if (problems)
          server.ws.send({
            type: 'error',
            err: { message: problems, stack: '', plugin: 'reel-notes:content-preview' },
          });
      };
      const showFailure = (message: string) => {
        problems = message;
        server.config.logger.error(problems, { timestamp: true });
        showProblems();
      };
      const publish = () => {
        // Nothing in a review stops the server: even a failure to publish (a full disk) is shown like a mistake.
        try {
          const content = readContent(dir, { drafts: true });
          if (content.problems.length) return showFailure(content.problems.map(formatProblem).join('\n'));
          const { build } = writeArchive(content.archive, SAMPLE_API_DIR);
          server.config.logger.info(`content published: build ${build}`, { timestamp: true });
          if (problems) {
            problems = undefined;
            // An update with nothing in it: Vite's client takes the error overlay down.
            server.ws.send({ type: 'update', updates: [] });
          }
          server.ws.send({ type: 'custom', event: 'reel-notes:content-published', data: { build } });
        } catch (error) {
          showFailure(`${relative(ROOT, dir)}: the reviews could not be published: ${String(error)}`);
        }
      };
      // Before the server answers anything: the app reads what this publishes (drafts included), and a
      // review with a mistake does not stop the server; it shows in the terminal and in the page.
      publish();
      server.ws.on('connection', showProblems);
      server.watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file) => {
          if (file.startsWith(dir)) publish();
        });
      }
    },
  };
}

/** React Router's production files, in place of the development ones its package exports name. */
function reactRouterProductionBuild() {
  const dist = fileURLToPath(new URL('./node_modules/react-router/dist/production/', import.meta.url));
  return [
    { find: /^react-router$/, replacement: `${dist}index.mjs` },
    { find: /^react-router\/dom$/, replacement: `${dist}dom-export.mjs` },
  ];
}

export default defineConfig(({ mode, isSsrBuild }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const base = basePath();
  return {
    base,
    // The site's public address (canonical URLs, share images, feeds): README, "Publishing".
    define: { 'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrl()) },
    plugins: [
      react(),
      plainLazyImports(),
      bootScript(),
      contentPreview(),
      htmlForApi(env.VITE_API_BASE_URL, apiBase(env.VITE_API_BASE_URL, base)),
      staticHost({ apiBaseUrl: env.VITE_API_BASE_URL }),
      appShell(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: 'src/service-worker',
        filename: 'sw.ts',
        // The app registers the worker itself, after the page has loaded (src/features/offline).
        injectRegister: false,
        registerType: 'prompt',
        injectManifest: {
          // The app's code, styles, icons and offline page; pages, data and share images are cached as they are read.
          globPatterns: ['assets/**/*.{js,css}', 'offline.html', 'favicon.svg', 'icons/*.png'],
          // The worker's own build, nested in the app's, reports only what needs attention.
          buildPlugins: { vite: [{ name: 'reel-notes:quiet-worker-build', config: () => ({ logLevel: 'warn' }) }] },
        },
        manifest: {
          name: 'Reel Notes — film reviews',
          short_name: 'Reel Notes',
          description: 'Film reviews: the latest, by genre and by star rating, with the facts about each film.',
          lang: 'en-GB',
          display: 'standalone',
          background_color: '#fbf8f3',
          theme_color: '#a4161a',
          icons: [
            { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        devOptions: { enabled: false },
      }),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // React Router's package points every bundler at its development build (warnings and all); a
        // production build takes its own production files: 0.5 kB less on every page's first load.
        ...(mode === 'production' ? reactRouterProductionBuild() : []),
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
