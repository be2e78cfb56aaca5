import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { apiBase } from './src/config/api-base.ts';
import { routeChunk } from './scripts/lib/route-chunks.ts';
import { bootScript } from './scripts/lib/boot-script.ts';
import { contentSecurityPolicy } from './scripts/lib/security-policy.ts';
import { basePath, siteUrl } from './scripts/lib/site-url.ts';
import { formatProblem } from './scripts/content/problems.ts';
import { contentDir, ROOT, SAMPLE_API_DIR } from './scripts/lib/project-paths.ts';
import { writeArchive } from './scripts/lib/publish-archive.ts';
import { staticHost } from './scripts/deploy/vite-static-host.ts';

/**
 * Finishes index.html for the configured API: the Content-Security-Policy with
 * the API origin in connect-src and the boot script's hash in script-src (the
 * dev server gets none: its React refresh preamble is an inline script), and a
 * preload of the archive's entry file, which every list needs first, so it
 * downloads alongside the JavaScript.
 */
function htmlForApi(configuredApi: string | undefined, api: string): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:html-for-api',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const withPreload = html.replace(
          '<!--app-head-->',
          `<link rel="preload" href="${api}index.json" as="fetch" crossorigin="anonymous" />\n    <!--app-head-->`,
        );
        if (ctx.server) return withPreload.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        const policy = contentSecurityPolicy({
          apiBaseUrl: configuredApi,
          forMeta: true,
          scriptHashes: [(await bootScript(base)).hash],
        });
        return withPreload.replace('%CSP%', () => policy);
      },
    },
  };
}

/**
 * The boot script (src/boot-script.ts), inline at the top of the <head>, before
 * the stylesheet and the body, so that it runs before the first paint however
 * slow the link: it hides a prerendered list the address's filters would
 * change, shows what is loading in its place, and starts the app. Inline, the
 * CSP allows it by its hash (htmlForApi). Not in dev: its pages are not
 * prerendered.
 */
function inlineBootScript(): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:boot-script',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: async (html) => {
      const { code } = await bootScript(base);
      return html.replace('<!--app-head-->', () => `<script>${code}</script>\n    <!--app-head-->`);
    },
  };
}

/**
 * Preloads the body text's font file (Source Serif 4, Latin, 400) on every
 * page, so that it usually arrives before the first paint; the other weights
 * and styles load when text needs them. The file is named by its hash, known
 * only once the CSS is built.
 */
function fontPreload(): Plugin {
  let base = '/';
  return {
    name: 'reel-notes:font-preload',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const font = Object.keys(ctx.bundle ?? {}).find((file) =>
          /source-serif-4-latin-400-normal-[^/]*\.woff2$/.test(file),
        );
        if (!font) throw new Error('The body font is missing from the build: src/styles/global.css names it');
        return html.replace(
          '<!--app-head-->',
          `<link rel="preload" href="${base}${font}" as="font" type="font/woff2" crossorigin="anonymous" />\n    <!--app-head-->`,
        );
      },
    },
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
      // One publish at a time, in the order of the saves: the last one leaves the last state.
      let publishing = Promise.resolve();
      const publish = () => (publishing = publishing.then(publishOnce));
      const publishOnce = async () => {
        // Nothing in a review stops the server: even a failure to publish (a full disk) is shown like a mistake.
        try {
          // Loaded here, not with the config: the image pipeline (sharp, satori) is for the dev server alone.
          const [{ readContent }, { publishImages }] = await Promise.all([
            import('./scripts/content/read-content.ts'),
            import('./scripts/images/lead-images.ts'),
          ]);
          const content = await readContent(dir, { drafts: true });
          if (content.problems.length) return showFailure(content.problems.map(formatProblem).join('\n'));
          await publishImages(content.images, join(SAMPLE_API_DIR, 'images'));
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
      void publish();
      server.ws.on('connection', showProblems);
      server.watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file) => {
          if (file.startsWith(dir)) void publish();
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
      inlineBootScript(),
      fontPreload(),
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
          // The app's code, styles, icons, the Latin font files (saved reviews read offline in their own type) and
          // the offline page; pages, data and share images are cached as they are read.
          globPatterns: [
            'assets/**/*.{js,css}',
            'assets/source-serif-4-latin-[0-9]*.woff2',
            'offline.html',
            'favicon.svg',
            'icons/*.png',
          ],
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
